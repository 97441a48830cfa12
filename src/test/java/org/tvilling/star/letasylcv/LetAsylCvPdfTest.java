package org.tvilling.star.letasylcv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.tvilling.star.letasylcv.generated.model.AdressestrukturDto;
import org.tvilling.star.letasylcv.generated.model.AndenErfaringstrukturDto;
import org.tvilling.star.letasylcv.generated.model.BorgerkontaktstrukturDto;
import org.tvilling.star.letasylcv.generated.model.CertificeringDto;
import org.tvilling.star.letasylcv.generated.model.CertificeringsstrukturDto;
import org.tvilling.star.letasylcv.generated.model.CvProfilstrukturDto;
import org.tvilling.star.letasylcv.generated.model.CvReferenceDto;
import org.tvilling.star.letasylcv.generated.model.CvReferencestrukturDto;
import org.tvilling.star.letasylcv.generated.model.CvStamprofilstrukturDto;
import org.tvilling.star.letasylcv.generated.model.CvStatusTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.CvStatusstrukturDto;
import org.tvilling.star.letasylcv.generated.model.DriverLicenseTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.EducationLevelTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.FagligProfilstrukturDto;
import org.tvilling.star.letasylcv.generated.model.FrivilligtArbejdeDto;
import org.tvilling.star.letasylcv.generated.model.FrivilligtArbejdestrukturDto;
import org.tvilling.star.letasylcv.generated.model.GetLetAsylCvResponseDto;
import org.tvilling.star.letasylcv.generated.model.JobcenterstrukturDto;
import org.tvilling.star.letasylcv.generated.model.JoboenskeDto;
import org.tvilling.star.letasylcv.generated.model.JoboenskestrukturDto;
import org.tvilling.star.letasylcv.generated.model.KoerekortDto;
import org.tvilling.star.letasylcv.generated.model.KoerekortsInfoDto;
import org.tvilling.star.letasylcv.generated.model.KoerekortsstrukturDto;
import org.tvilling.star.letasylcv.generated.model.KompetenceDto;
import org.tvilling.star.letasylcv.generated.model.KompetencestrukturDto;
import org.tvilling.star.letasylcv.generated.model.KursusDto;
import org.tvilling.star.letasylcv.generated.model.KursusstrukturDto;
import org.tvilling.star.letasylcv.generated.model.LanguageSkillLevelTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.NavnestrukturDto;
import org.tvilling.star.letasylcv.generated.model.PersonContactDataTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.SignLanguageTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.SprogstrukturDto;
import org.tvilling.star.letasylcv.generated.model.TalesprogDto;
import org.tvilling.star.letasylcv.generated.model.TegnsprogDto;
import org.tvilling.star.letasylcv.generated.model.TidligereArbejdserfaringDto;
import org.tvilling.star.letasylcv.generated.model.TidligereArbejdserfaringsStatusDto;
import org.tvilling.star.letasylcv.generated.model.TidligereArbejdserfaringsstrukturDto;
import org.tvilling.star.letasylcv.generated.model.UddannelseDto;
import org.tvilling.star.letasylcv.generated.model.UddannelsesstrukturDto;

class LetAsylCvPdfTest {

    private static final List<String> OPTIONAL_HEADINGS = List.of(
            "Personlige oplysninger",
            "Adresse",
            "Kontaktoplysninger",
            "Jobcenter",
            "Jobønsker",
            "Tidligere arbejdserfaring",
            "Uddannelser",
            "Kurser",
            "Certificeringer",
            "Kompetencer",
            "Sprog",
            "Kørekort",
            "Frivilligt arbejde",
            "CV-referencer");

    private static final List<String> REQUIRED_HEADINGS = List.of("Faglig profil", "Anden erfaring", "CV-status");

    private static final String LONG_URL = "https://cv.example.dk/" + "borger/profil/".repeat(20) + "slut";

    private final LetAsylCvPdf pdf = new LetAsylCvPdf();

    @Test
    void render_fullCv_isPdfWithNameCourseJobWishAndEveryHeading() throws IOException {
        byte[] rendered = pdf.render(fullCv(description("kort")));

        assertThat(new String(rendered, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(rendered);
        assertThat(text)
                .contains("CV fra LetAsyl")
                .contains("Søren Ærø Ågård")
                .contains("Truckcertifikat", "Førstehjælp", "Hygiejnebevis")
                .contains("Lagermedarbejder", "Pædagogmedhjælper")
                .contains(OPTIONAL_HEADINGS)
                .contains(REQUIRED_HEADINGS);
    }

    @Test
    void render_fullCv_danishLettersSurvive() throws IOException {
        String text = text(pdf.render(fullCv(description("kort"))));

        assertThat(text)
                .contains("Søren Ærø Ågård")
                .contains("Jeg trives med æøå og ÆØÅ i hverdagen")
                .contains("c/o Børge Østergård")
                .contains("Åboulevarden 12B, 2. th.")
                .contains("8000 Aarhus C");
    }

    @Test
    void render_fullCv_showsCodeListsDatesAndTimesInDanish() throws IOException {
        String text = text(pdf.render(fullCv(description("kort"))));

        assertThat(text)
                .contains("Modersmål", "Flydende", "Begynder")
                .contains("Kort videregående", "Erhvervsfaglig")
                .contains("Dansk tegnsprog", "Internationalt tegnsprog", "Sprogkode 2")
                .contains("B, BE, Traktor/motorredskab")
                .contains("Klar til kvalitetssikring")
                .contains("Mobiltelefon", "E-mail", "Fastnettelefon")
                .contains("010190-1234")
                .contains("01.01.1990")
                .contains("15.06.2023")
                .contains("01.03.2019 – 31.12.2021")
                // 12:30 UTC in January is 13:30 in Copenhagen, 12:30 UTC in July is 14:30.
                .contains("15.01.2024 kl. 13.30")
                .contains("01.07.2024 kl. 14.30");
    }

    @Test
    void render_addressProtection_showsNote() throws IOException {
        assertThat(text(pdf.render(fullCv(description("kort"))))).contains("navne- og adressebeskyttelse");
    }

    @Test
    void render_minimalCv_leavesOptionalSectionsOut() throws IOException {
        String text = text(pdf.render(minimalCv()));

        assertThat(text).contains(REQUIRED_HEADINGS).contains("Godkendt");
        for (String heading : OPTIONAL_HEADINGS) {
            assertThat(text).as("heading %s", heading).doesNotContain(heading);
        }
    }

    @Test
    void render_longDescriptions_flowOverPagesWithinTheMargins() throws IOException {
        String description = description("lang");
        assertThat(description).hasSizeBetween(1900, 2000);

        byte[] rendered = pdf.render(fullCv(description));

        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PdfTextFlow.PAGE.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PdfTextFlow.PAGE.getHeight());
            }
            EdgeStripper stripper = new EdgeStripper();
            String text = stripper.getText(document);
            assertThat(stripper.rightmost)
                    .as("right edge of the widest text")
                    .isLessThanOrEqualTo(PdfTextFlow.PAGE.getWidth() - PdfTextFlow.MARGIN + 0.5f);
            assertThat(stripper.leftmost).isGreaterThanOrEqualTo(PdfTextFlow.MARGIN - 0.5f);
            assertThat(new HashSet<>(Arrays.asList(text.split("\\s+"))))
                    .containsAll(Arrays.asList(description.split(" ")));
            assertThat(text.replaceAll("Side \\d+ af \\d+", "").replaceAll("\\s", ""))
                    .as("the long URL, cut to the width and maybe across a page")
                    .contains(LONG_URL);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Side 1 af " + pages, "Side " + pages + " af " + pages);
        }
    }

    @Test
    void render_longDescriptions_neverEndsAPageWithAHeading() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(fullCv(description("lang"))))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document).lines().toList();
                assertThat(lines.getLast()).startsWith("Side " + page + " af ");
                assertThat(lines.get(lines.size() - 2))
                        .as("last line of page %d", page)
                        .isNotIn(OPTIONAL_HEADINGS)
                        .isNotIn(REQUIRED_HEADINGS);
            }
        }
    }

    @Test
    void render_arabicName_replacesMissingGlyphsWithQuestionMarks() throws IOException {
        GetLetAsylCvResponseDto cv = fullCv(description("kort"));
        cv.getCvProfilstruktur().setNavnestruktur(new NavnestrukturDto("محمد", "Al-Hassan"));

        byte[] rendered = pdf.render(cv);

        assertThat(text(rendered)).contains("???? Al-Hassan").doesNotContain("محمد");
    }

    /** PDFBox writes a time-based file identifier (/ID); everything else depends on the CV alone. */
    @Test
    void render_sameCvTwice_differsOnlyInFileIdentifier() {
        GetLetAsylCvResponseDto cv = fullCv(description("lang"));

        assertThat(withoutFileIdentifier(pdf.render(cv))).isEqualTo(withoutFileIdentifier(pdf.render(cv)));
    }

    @Test
    void render_blankOptionalFields_leavesThemOut() throws IOException {
        GetLetAsylCvResponseDto cv = minimalCv()
                .kursusstruktur(new KursusstrukturDto()
                        .kursussamling(
                                List.of(new KursusDto("Svejsekursus", LocalDate.of(2022, 5, 1)).beskrivelse(" "))))
                .kompetencestruktur(new KompetencestrukturDto().kompetencesamling(null));

        String text = text(pdf.render(cv));

        assertThat(text).contains("Kurser", "Svejsekursus").doesNotContain("Beskrivelse", "Kompetencer", "Varighed");
    }

    @Test
    void printable_controlAndUnknownCharacters_becomeSpaceOrQuestionMark() {
        assertThat(PdfBodyFont.printable("æ\tø\u0000å 😀")).isEqualTo("æ ø?å ?");
    }

    private static String withoutFileIdentifier(byte[] rendered) {
        return new String(rendered, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>]", "");
    }

    private static String text(byte[] rendered) throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Remembers how far left and right any glyph reaches. */
    private static final class EdgeStripper extends PDFTextStripper {

        private float leftmost = Float.MAX_VALUE;
        private float rightmost;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                leftmost = Math.min(leftmost, position.getXDirAdj());
                rightmost = Math.max(rightmost, position.getXDirAdj() + position.getWidthDirAdj());
            }
            super.writeString(text, positions);
        }
    }

    /** Just under 2000 characters of distinct words, Danish letters among them. */
    private static String description(String kind) {
        if (kind.equals("kort")) {
            return "Ansvar for varemodtagelse og lageroptælling.";
        }
        String words = IntStream.range(0, 400).mapToObj(i -> "ord" + i + "æøå").collect(Collectors.joining(" "));
        return words.substring(0, words.lastIndexOf(' ', 2000));
    }

    private static GetLetAsylCvResponseDto minimalCv() {
        return new GetLetAsylCvResponseDto(
                new KoerekortsstrukturDto(new ArrayList<>()),
                new AndenErfaringstrukturDto("Har hjulpet i centrets køkken."),
                new FagligProfilstrukturDto("Stabil og mødestabil."),
                new CvStatusstrukturDto(CvStatusTypeCodeList.GODKENDT));
    }

    private static GetLetAsylCvResponseDto fullCv(String description) {
        OffsetDateTime january = OffsetDateTime.of(2024, 1, 15, 12, 30, 0, 0, ZoneOffset.UTC);
        return new GetLetAsylCvResponseDto(
                        new KoerekortsstrukturDto(List.of(
                                        new KoerekortDto(DriverLicenseTypeCodeList.B),
                                        new KoerekortDto(DriverLicenseTypeCodeList.BE),
                                        new KoerekortDto(DriverLicenseTypeCodeList.TRAKTOR_MOTORREDSKAB)))
                                .koerekortsInfo(new KoerekortsInfoDto(true)),
                        new AndenErfaringstrukturDto("Har stået for cykelværkstedet på centret. " + description),
                        new FagligProfilstrukturDto("Jeg trives med æøå og ÆØÅ i hverdagen. " + description),
                        new CvStatusstrukturDto(CvStatusTypeCodeList.KLAR_TIL_KVALITETSSIKRING)
                                .kommentar("Klar til gennemsyn")
                                .haendelsestidspunkt(january)
                                .opdateretTidspunkt(OffsetDateTime.of(2024, 7, 1, 12, 30, 0, 0, ZoneOffset.UTC)))
                .cvProfilstruktur(new CvProfilstrukturDto(
                                new CvStamprofilstrukturDto("0101901234", LocalDate.of(1990, 1, 1)),
                                new NavnestrukturDto("Søren", "Ågård").mellemnavn("Ærø"),
                                new AdressestrukturDto(true, "Åboulevarden", "12B", "8000", "Aarhus C", 751)
                                        .coNavn("Børge Østergård")
                                        .etage("2")
                                        .sideDoer("th"),
                                List.of(
                                        new BorgerkontaktstrukturDto(PersonContactDataTypeCodeList.MOBILTELEFON)
                                                .borgerkontaktdata("+45 20 30 40 50"),
                                        new BorgerkontaktstrukturDto(PersonContactDataTypeCodeList.EMAIL)
                                                .borgerkontaktdata("soeren@example.dk"),
                                        new BorgerkontaktstrukturDto(PersonContactDataTypeCodeList.FASTNETTELEFON)
                                                .borgerkontaktdata("86 12 34 56")))
                        .jobcenterstruktur(new JobcenterstrukturDto(751)))
                .kursusstruktur(new KursusstrukturDto()
                        .kursussamling(List.of(
                                new KursusDto("Truckcertifikat", LocalDate.of(2023, 6, 15))
                                        .laengdeIDage(5)
                                        .beskrivelse(description),
                                new KursusDto("Førstehjælp", LocalDate.of(2022, 3, 1)).laengdeIDage(1),
                                new KursusDto("Hygiejnebevis", LocalDate.of(2021, 9, 30)))))
                .joboenskestruktur(new JoboenskestrukturDto(List.of(
                        new JoboenskeDto("Lagermedarbejder", true, 24).aarSidstBrugt(2021),
                        new JoboenskeDto("Pædagogmedhjælper", false, 6),
                        new JoboenskeDto("Køkkenassistent", false, 1))))
                .uddannelsesstruktur(new UddannelsesstrukturDto()
                        .uddannelsessamling(List.of(
                                new UddannelseDto("Datamatiker", EducationLevelTypeCodeList.KORT_VIDEREGAAENDE)
                                        .uddannelsessted("Erhvervsakademi Aarhus")
                                        .startdato(LocalDate.of(2012, 9, 1))
                                        .slutdato(LocalDate.of(2014, 6, 30))
                                        .beskrivelse(description),
                                new UddannelseDto("Tømrer", EducationLevelTypeCodeList.ERHVERVSFAGLIG))))
                .sprogstruktur(new SprogstrukturDto()
                        .talesprogssamling(List.of(
                                new TalesprogDto(
                                        1,
                                        LanguageSkillLevelTypeCodeList.MODERSMAAL,
                                        LanguageSkillLevelTypeCodeList.MODERSMAAL,
                                        LanguageSkillLevelTypeCodeList.MODERSMAAL,
                                        LanguageSkillLevelTypeCodeList.MODERSMAAL),
                                new TalesprogDto(
                                        2,
                                        LanguageSkillLevelTypeCodeList.BEGYNDER,
                                        LanguageSkillLevelTypeCodeList.MELLEM,
                                        LanguageSkillLevelTypeCodeList.BEGYNDER,
                                        LanguageSkillLevelTypeCodeList.FLYDENDE)))
                        .tegnsprogssamling(List.of(
                                new TegnsprogDto(SignLanguageTypeCodeList.DANSK_TEGNSPROG),
                                new TegnsprogDto(SignLanguageTypeCodeList.INTERNATIONALT_TEGNSPROG))))
                .certificeringsstruktur(new CertificeringsstrukturDto()
                        .certificeringssamling(List.of(
                                new CertificeringDto("Svejsecertifikat")
                                        .gyldigTilDato(LocalDate.of(2027, 12, 31))
                                        .beskrivelse(description),
                                new CertificeringDto("Kranførercertifikat"))))
                .cvReferencestruktur(new CvReferencestrukturDto()
                        .referencesamling(List.of(
                                new CvReferenceDto("Portfolio", URI.create(LONG_URL)),
                                new CvReferenceDto("LinkedIn", URI.create("https://www.linkedin.com/in/soeren")))))
                .frivilligtArbejdestruktur(new FrivilligtArbejdestrukturDto()
                        .frivilligtArbejdeSamling(List.of(
                                new FrivilligtArbejdeDto("Træner", january.minusYears(3))
                                        .sted("Boldklubben Ø")
                                        .sluttidspunkt(january.minusYears(1))
                                        .beskrivelse(description),
                                new FrivilligtArbejdeDto("Tolk", january).sted("Røde Kors"))))
                .kompetencestruktur(new KompetencestrukturDto()
                        .kompetencesamling(List.of(
                                new KompetenceDto("Truckkørsel"),
                                new KompetenceDto("Kundeservice"),
                                new KompetenceDto("Lagerstyring"))))
                .tidligereArbejdserfaringsstruktur(new TidligereArbejdserfaringsstrukturDto()
                        .tidligereArbejdserfaringsInfo(new TidligereArbejdserfaringsStatusDto(true))
                        .tidligereArbejdserfaringSamling(List.of(
                                new TidligereArbejdserfaringDto(
                                                "Lagerarbejder", OffsetDateTime.parse("2019-03-01T00:00:00+01:00"))
                                        .arbejdsgivernavn("Østjysk Logistik A/S")
                                        .sluttidspunkt(OffsetDateTime.parse("2021-12-31T00:00:00+01:00"))
                                        .beskrivelse(description)
                                        .opnaaetFaerdighed(description),
                                new TidligereArbejdserfaringDto(
                                                "Opvasker", OffsetDateTime.parse("2017-05-01T08:00:00+02:00"))
                                        .arbejdsgivernavn("Café Ærø"))));
    }
}
