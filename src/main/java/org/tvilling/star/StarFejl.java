package org.tvilling.star;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of STAR's error structure ({@code FejlDto} in both STAR specs).
 *
 * @param fejlkode the documented code; absent only where none exists (412)
 * @param felt the input element the error is about, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StarFejl(
        @Nullable Integer fejlkode,
        String fejltekst,
        @Nullable String felt) {

    /** The CPR header: its failures are 1001 Invalid cpr, not the general 1014. */
    static final String CPR_HEADER = "x-civilRegistrationIdentifier";

    public static StarFejl of(StarFejlkode kode) {
        return new StarFejl(kode.kode(), kode.tekst(), null);
    }

    public static StarFejl of(StarFejlkode kode, String felt) {
        return new StarFejl(kode.kode(), kode.tekst(), felt);
    }

    /** STAR's 500: no documented code, a Danish text. */
    static StarFejl uventet() {
        return new StarFejl(null, "Der opstod en uventet fejl.", null);
    }

    /**
     * The 400 of input that breaks its documented pattern, length or occurrence, one entry per element: 1001
     * for the CPR header, 1014 for any other; 1014 without {@code felt} when no element is known.
     */
    static List<StarFejl> ugyldige(Collection<String> felter) {
        if (felter.isEmpty()) {
            return List.of(of(StarFejlkode.VALIDERING_FEJLET));
        }
        List<StarFejl> fejl = new ArrayList<>();
        for (String felt : felter) {
            StarFejlkode kode =
                    CPR_HEADER.equalsIgnoreCase(felt) ? StarFejlkode.UGYLDIGT_CPR : StarFejlkode.VALIDERING_FEJLET;
            fejl.add(of(kode, felt));
        }
        return fejl;
    }
}
