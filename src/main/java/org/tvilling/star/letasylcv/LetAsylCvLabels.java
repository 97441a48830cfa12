package org.tvilling.star.letasylcv;

import static org.tvilling.star.DanskTid.DANMARK;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tvilling.star.letasylcv.generated.model.AdressestrukturDto;
import org.tvilling.star.letasylcv.generated.model.CvStatusTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.DriverLicenseTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.EducationLevelTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.LanguageSkillLevelTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.NavnestrukturDto;
import org.tvilling.star.letasylcv.generated.model.PersonContactDataTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.SignLanguageTypeCodeList;

/**
 * The Danish words and forms a reader of the CV expects for its code lists, dates, yes/no values, names and
 * addresses. The switches have no
 * default branch, so that a member added to a code list in the spec fails the build until it has a label.
 */
final class LetAsylCvLabels {

    /** Timestamps are shown in Danish time (design.md §5.1), whatever offset they arrive with. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH.mm");

    /** STAR's placeholder for a CPR number that is required but unknown (the spec's CPR pattern). */
    private static final String UNKNOWN_CPR = "0000000000";

    private LetAsylCvLabels() {}

    static String label(PersonContactDataTypeCodeList type) {
        return switch (type) {
            case MOBILTELEFON -> "Mobiltelefon";
            case FASTNETTELEFON -> "Fastnettelefon";
            case EMAIL -> "E-mail";
        };
    }

    static String label(CvStatusTypeCodeList status) {
        return switch (status) {
            case KLAR_TIL_KVALITETSSIKRING -> "Klar til kvalitetssikring";
            case GODKENDT -> "Godkendt";
            case EJ_GODKENDT -> "Ej godkendt";
        };
    }

    static String label(DriverLicenseTypeCodeList category) {
        return switch (category) {
            case AM -> "AM";
            case A1 -> "A1";
            case A2 -> "A2";
            case A -> "A";
            case B -> "B";
            case BE -> "BE";
            case C1 -> "C1";
            case C1_E -> "C1E";
            case C -> "C";
            case CE -> "CE";
            case D1 -> "D1";
            case D1_E -> "D1E";
            case D -> "D";
            case DE -> "DE";
            case TRAKTOR_MOTORREDSKAB -> "Traktor/motorredskab";
        };
    }

    static String label(LanguageSkillLevelTypeCodeList level) {
        return switch (level) {
            case BEGYNDER -> "Begynder";
            case MELLEM -> "Mellem";
            case FLYDENDE -> "Flydende";
            case MODERSMAAL -> "Modersmål";
        };
    }

    static String label(EducationLevelTypeCodeList level) {
        return switch (level) {
            case GRUNDSKOLE -> "Grundskole";
            case GYMNASIAL -> "Gymnasial";
            case ERHVERVSFAGLIG -> "Erhvervsfaglig";
            case KORT_VIDEREGAAENDE -> "Kort videregående";
            case MELLEMLANG_VIDEREGAAENDE -> "Mellemlang videregående";
            case BACHELOR -> "Bachelor";
            case LANG_VIDEREGAAENDE -> "Lang videregående";
            case FORSKERUDDANNELSE -> "Forskeruddannelse";
        };
    }

    static String label(SignLanguageTypeCodeList language) {
        return switch (language) {
            case DANSK_TEGNSPROG -> "Dansk tegnsprog";
            case INTERNATIONALT_TEGNSPROG -> "Internationalt tegnsprog";
            case ANDET_TEGNSPROG -> "Andet tegnsprog";
        };
    }

    static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** The calendar day in Denmark: a start or end of employment is a day, even when sent as a timestamp. */
    static @Nullable String day(@Nullable OffsetDateTime timestamp) {
        return timestamp == null ? null : DATE.format(timestamp.atZoneSameInstant(DANMARK));
    }

    static @Nullable String dateTime(@Nullable OffsetDateTime timestamp) {
        return timestamp == null ? null : DATE_TIME.format(timestamp.atZoneSameInstant(DANMARK));
    }

    /** "01.03.2019 – 31.12.2021", or "Fra 01.03.2019" while it lasts; {@code null} without a start. */
    static @Nullable String period(@Nullable String start, @Nullable String end) {
        if (start == null) {
            return end == null ? null : "Til " + end;
        }
        return end == null ? "Fra " + start : start + " – " + end;
    }

    static @Nullable String yesNo(@Nullable Boolean value) {
        return value == null ? null : value ? "Ja" : "Nej";
    }

    /** The usual DDMMYY-SSSS form; STAR's placeholder is said to be unknown rather than shown as zeros. */
    static String cpr(String personnummer) {
        if (UNKNOWN_CPR.equals(personnummer)) {
            return "Ukendt";
        }
        return personnummer.length() == 10
                ? personnummer.substring(0, 6) + "-" + personnummer.substring(6)
                : personnummer;
    }

    static @Nullable String number(@Nullable Integer number) {
        return number == null ? null : String.valueOf(number);
    }

    static @Nullable String count(@Nullable Integer count, String one, String many) {
        return count == null ? null : count + " " + (count == 1 ? one : many);
    }

    static String name(NavnestrukturDto navn) {
        return join(" ", navn.getFornavne(), navn.getMellemnavn(), navn.getEfternavn());
    }

    /** adressestruktur as written on an envelope: c/o, street with floor and door, town, postal code and district. */
    static String envelope(AdressestrukturDto adresse) {
        String street = join(" ", adresse.getVejnavn(), adresse.getHusnummer());
        String floorAndDoor = join(" ", floor(adresse.getEtage()), door(adresse.getSideDoer()));
        return join(
                "\n",
                isBlank(adresse.getCoNavn()) ? null : "c/o " + adresse.getCoNavn(),
                join(", ", street, floorAndDoor),
                adresse.getBynavn(),
                join(" ", adresse.getPostnummer(), adresse.getPostdistrikt()));
    }

    /** etage as written in a Danish address: "st.", "kl.", "2."; the basement levels k2–k9 as they are. */
    private static @Nullable String floor(@Nullable String etage) {
        if (isBlank(etage)) {
            return null;
        }
        String lower = etage.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("k") && lower.length() > 1 && !lower.equals("kl") ? lower : lower + ".";
    }

    /** sideDoer: th, tv and mf are abbreviations and get their full stop; door numbers stay as they are. */
    private static @Nullable String door(@Nullable String sideDoer) {
        if (isBlank(sideDoer)) {
            return null;
        }
        String lower = sideDoer.strip().toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "th", "tv", "mf" -> lower + ".";
            default -> sideDoer.strip();
        };
    }

    private static String join(String separator, @Nullable String... parts) {
        return Stream.of(parts)
                .filter(part -> !isBlank(part))
                .map(String::strip)
                .collect(Collectors.joining(separator));
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
