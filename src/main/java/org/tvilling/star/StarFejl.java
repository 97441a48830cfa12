package org.tvilling.star;

import com.fasterxml.jackson.annotation.JsonInclude;
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

    public static StarFejl of(StarFejlkode kode) {
        return new StarFejl(kode.kode(), kode.tekst(), null);
    }

    public static StarFejl of(StarFejlkode kode, String felt) {
        return new StarFejl(kode.kode(), kode.tekst(), felt);
    }
}
