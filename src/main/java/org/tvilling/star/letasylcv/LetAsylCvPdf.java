package org.tvilling.star.letasylcv;

import static org.tvilling.star.letasylcv.LetAsylCvLabels.count;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.cpr;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.date;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.dateTime;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.day;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.envelope;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.isBlank;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.label;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.name;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.number;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.period;
import static org.tvilling.star.letasylcv.LetAsylCvLabels.yesNo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tvilling.star.letasylcv.generated.model.AdressestrukturDto;
import org.tvilling.star.letasylcv.generated.model.BorgerkontaktstrukturDto;
import org.tvilling.star.letasylcv.generated.model.CertificeringDto;
import org.tvilling.star.letasylcv.generated.model.CvProfilstrukturDto;
import org.tvilling.star.letasylcv.generated.model.CvReferenceDto;
import org.tvilling.star.letasylcv.generated.model.CvStatusstrukturDto;
import org.tvilling.star.letasylcv.generated.model.FrivilligtArbejdeDto;
import org.tvilling.star.letasylcv.generated.model.GetLetAsylCvResponseDto;
import org.tvilling.star.letasylcv.generated.model.JoboenskeDto;
import org.tvilling.star.letasylcv.generated.model.KoerekortDto;
import org.tvilling.star.letasylcv.generated.model.KoerekortsstrukturDto;
import org.tvilling.star.letasylcv.generated.model.KompetenceDto;
import org.tvilling.star.letasylcv.generated.model.KursusDto;
import org.tvilling.star.letasylcv.generated.model.LanguageSkillLevelTypeCodeList;
import org.tvilling.star.letasylcv.generated.model.SprogstrukturDto;
import org.tvilling.star.letasylcv.generated.model.TalesprogDto;
import org.tvilling.star.letasylcv.generated.model.TegnsprogDto;
import org.tvilling.star.letasylcv.generated.model.TidligereArbejdserfaringDto;
import org.tvilling.star.letasylcv.generated.model.TidligereArbejdserfaringsstrukturDto;
import org.tvilling.star.letasylcv.generated.model.UddannelseDto;

/**
 * GetLetAsylCvPdf: the LetAsyl CV as a PDF document for people, one section per structure of the CV that has
 * content, in the order a CV is read (who, what they want, what they have done, what they can).
 *
 * <p>Left out on purpose: the oprettet/opdateret timestamps of each structure (bookkeeping, not CV content) except
 * for the CV status, and identifiers a reader cannot resolve without STAR's code lists (darAdresse,
 * aliasIdentifier, kursusType, uddannelsesType, certificeringsType, discoWebIdentifier). sprogkode is shown,
 * being a spoken language's only identification.
 */
@Component
class LetAsylCvPdf {

    byte[] render(GetLetAsylCvResponseDto cv) {
        try {
            TrueTypeFont font = PdfBodyFont.acquire();
            byte[] pdf;
            try {
                pdf = render(cv, font);
            } catch (IOException | RuntimeException e) {
                font.close();
                throw e;
            }
            PdfBodyFont.release(font);
            return pdf;
        } catch (IOException e) {
            // Deliberately without any CV data: the message may reach a log, the CPR number must not.
            throw new UncheckedIOException("The LetAsyl CV could not be rendered as PDF", e);
        }
    }

    private static byte[] render(GetLetAsylCvResponseDto cv, TrueTypeFont font) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("CV fra LetAsyl");
            document.getDocumentCatalog().setLanguage("da-DK");
            PdfTextFlow flow = new PdfTextFlow(document, PDType0Font.load(document, font, true));
            write(cv, flow);
            flow.finish();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }

    private static void write(GetLetAsylCvResponseDto cv, PdfTextFlow flow) throws IOException {
        CvProfilstrukturDto profil = cv.getCvProfilstruktur();
        flow.title("CV fra LetAsyl");
        if (profil != null && profil.getNavnestruktur() != null) {
            flow.subtitle(name(profil.getNavnestruktur()));
        }
        if (profil != null) {
            profile(profil, flow);
        }
        if (cv.getFagligProfilstruktur() != null) {
            text("Faglig profil", cv.getFagligProfilstruktur().getFagligProfil(), flow);
        }
        if (cv.getJoboenskestruktur() != null) {
            jobWishes(rows(cv.getJoboenskestruktur().getJoboenskesamling()), flow);
        }
        if (cv.getTidligereArbejdserfaringsstruktur() != null) {
            workExperience(cv.getTidligereArbejdserfaringsstruktur(), flow);
        }
        if (cv.getUddannelsesstruktur() != null) {
            educations(rows(cv.getUddannelsesstruktur().getUddannelsessamling()), flow);
        }
        if (cv.getKursusstruktur() != null) {
            courses(rows(cv.getKursusstruktur().getKursussamling()), flow);
        }
        if (cv.getCertificeringsstruktur() != null) {
            certifications(rows(cv.getCertificeringsstruktur().getCertificeringssamling()), flow);
        }
        if (cv.getKompetencestruktur() != null) {
            competences(rows(cv.getKompetencestruktur().getKompetencesamling()), flow);
        }
        if (cv.getSprogstruktur() != null) {
            languages(cv.getSprogstruktur(), flow);
        }
        if (cv.getKoerekortstruktur() != null) {
            drivingLicences(cv.getKoerekortstruktur(), flow);
        }
        if (cv.getFrivilligtArbejdestruktur() != null) {
            volunteering(rows(cv.getFrivilligtArbejdestruktur().getFrivilligtArbejdeSamling()), flow);
        }
        if (cv.getAndenErfaringstruktur() != null) {
            text("Anden erfaring", cv.getAndenErfaringstruktur().getBeskrivelse(), flow);
        }
        if (cv.getCvReferencestruktur() != null) {
            references(rows(cv.getCvReferencestruktur().getReferencesamling()), flow);
        }
        if (cv.getCvStatusstruktur() != null) {
            status(cv.getCvStatusstruktur(), flow);
        }
    }

    /** cvProfilstruktur: the person, the address, the contact data and the jobcenter, each its own section. */
    private static void profile(CvProfilstrukturDto profil, PdfTextFlow flow) throws IOException {
        var stamprofil = profil.getCvStamprofilstruktur();
        if (profil.getNavnestruktur() != null || stamprofil != null) {
            flow.heading("Personlige oplysninger");
            flow.field("Navn", profil.getNavnestruktur() == null ? null : name(profil.getNavnestruktur()));
            if (stamprofil != null) {
                flow.field(
                        "CPR-nummer", stamprofil.getPersonnummer() == null ? null : cpr(stamprofil.getPersonnummer()));
                flow.field("Fødselsdato", date(stamprofil.getFoedselsdato()));
            }
        }
        if (profil.getAdressestruktur() != null) {
            address(profil.getAdressestruktur(), flow);
        }
        List<BorgerkontaktstrukturDto> contacts = rows(profil.getBorgerkontaktsamling()).stream()
                .filter(contact -> !isBlank(contact.getBorgerkontaktdata()))
                .toList();
        if (!contacts.isEmpty()) {
            flow.heading("Kontaktoplysninger");
            for (BorgerkontaktstrukturDto contact : contacts) {
                flow.field(label(contact.getBorgerkontaktdataType()), contact.getBorgerkontaktdata());
            }
        }
        if (profil.getJobcenterstruktur() != null
                && profil.getJobcenterstruktur().getJobcenterId() != null) {
            flow.heading("Jobcenter");
            flow.field("Jobcenternummer", number(profil.getJobcenterstruktur().getJobcenterId()));
        }
    }

    /**
     * adressestruktur, written as on an envelope. navneOgAdressebeskyttelse is shown first, as a note: whoever
     * holds the PDF must know that the address may not be passed on.
     */
    private static void address(AdressestrukturDto adresse, PdfTextFlow flow) throws IOException {
        flow.heading("Adresse");
        if (Boolean.TRUE.equals(adresse.getNavneOgAdressebeskyttelse())) {
            flow.note("Bemærk: borgeren har navne- og adressebeskyttelse.");
        }
        flow.field("Adresse", envelope(adresse));
        flow.field("Kommunekode", number(adresse.getKommunekode()));
    }

    private static void jobWishes(List<JoboenskeDto> wishes, PdfTextFlow flow) throws IOException {
        if (wishes.isEmpty()) {
            return;
        }
        flow.heading("Jobønsker");
        for (JoboenskeDto wish : wishes) {
            // conceptUriDa is the wished-for job title (ESCO STAR), so it titles the entry.
            flow.subheading(wish.getConceptUriDa());
            flow.field("Erfaring", count(wish.getMaanederMedErfaring(), "måned", "måneder"));
            flow.field("Relevant uddannelse", yesNo(wish.getHarUddannelse()));
            flow.field("Senest aktiv i", number(wish.getAarSidstBrugt()));
        }
    }

    private static void workExperience(TidligereArbejdserfaringsstrukturDto erfaring, PdfTextFlow flow)
            throws IOException {
        var info = erfaring.getTidligereArbejdserfaringsInfo();
        List<TidligereArbejdserfaringDto> jobs = rows(erfaring.getTidligereArbejdserfaringSamling());
        if ((info == null || info.getHarTidligereArbejdserfaring() == null) && jobs.isEmpty()) {
            return;
        }
        flow.heading("Tidligere arbejdserfaring");
        if (info != null) {
            flow.field("Har arbejdserfaring", yesNo(info.getHarTidligereArbejdserfaring()));
        }
        for (TidligereArbejdserfaringDto job : jobs) {
            flow.subheading(job.getTitel());
            flow.field("Arbejdsgiver", job.getArbejdsgivernavn());
            flow.field("Periode", period(day(job.getStarttidspunkt()), day(job.getSluttidspunkt())));
            flow.field("Stillingsbetegnelse", job.getConceptUriDa());
            flow.field("Ansvar og opgaver", job.getBeskrivelse());
            flow.field("Blev god til", job.getOpnaaetFaerdighed());
        }
    }

    private static void educations(List<UddannelseDto> educations, PdfTextFlow flow) throws IOException {
        if (educations.isEmpty()) {
            return;
        }
        flow.heading("Uddannelser");
        for (UddannelseDto education : educations) {
            flow.subheading(education.getTitel());
            flow.field(
                    "Niveau",
                    education.getUddannelsesniveauType() == null ? null : label(education.getUddannelsesniveauType()));
            flow.field("Uddannelsessted", education.getUddannelsessted());
            flow.field("Periode", period(date(education.getStartdato()), date(education.getSlutdato())));
            flow.field("Beskrivelse", education.getBeskrivelse());
        }
    }

    private static void courses(List<KursusDto> courses, PdfTextFlow flow) throws IOException {
        if (courses.isEmpty()) {
            return;
        }
        flow.heading("Kurser");
        for (KursusDto course : courses) {
            flow.subheading(course.getTitel());
            flow.field("Afsluttet", date(course.getSlutdato()));
            flow.field("Varighed", count(course.getLaengdeIDage(), "dag", "dage"));
            flow.field("Beskrivelse", course.getBeskrivelse());
        }
    }

    private static void certifications(List<CertificeringDto> certifications, PdfTextFlow flow) throws IOException {
        if (certifications.isEmpty()) {
            return;
        }
        flow.heading("Certificeringer");
        for (CertificeringDto certification : certifications) {
            flow.subheading(certification.getTitel());
            flow.field("Gyldig til", date(certification.getGyldigTilDato()));
            flow.field("Beskrivelse", certification.getBeskrivelse());
        }
    }

    private static void competences(List<KompetenceDto> competences, PdfTextFlow flow) throws IOException {
        if (competences.isEmpty()) {
            return;
        }
        flow.heading("Kompetencer");
        for (KompetenceDto competence : competences) {
            flow.bullet(competence.getTitel());
        }
    }

    /** sprogstruktur: each spoken language with its four skill levels, then the sign languages. */
    private static void languages(SprogstrukturDto sprog, PdfTextFlow flow) throws IOException {
        List<TalesprogDto> spoken = rows(sprog.getTalesprogssamling());
        List<TegnsprogDto> signed = rows(sprog.getTegnsprogssamling());
        if (spoken.isEmpty() && signed.isEmpty()) {
            return;
        }
        flow.heading("Sprog");
        for (TalesprogDto language : spoken) {
            // sprogkode is the language's only identification; STAR's list of codes is not public.
            flow.subheading(language.getSprogkode() == null ? "Talesprog" : "Sprogkode " + language.getSprogkode());
            flow.field("Tale", levelOrNull(language.getTaleniveauType()));
            flow.field("Taleforståelse", levelOrNull(language.getTaleforstaaelsesniveauType()));
            flow.field("Læse", levelOrNull(language.getLaeseniveauType()));
            flow.field("Skrive", levelOrNull(language.getSkriveniveauType()));
        }
        if (!signed.isEmpty()) {
            flow.subheading("Tegnsprog");
            for (TegnsprogDto language : signed) {
                flow.bullet(language.getTegnsprogType() == null ? null : label(language.getTegnsprogType()));
            }
        }
    }

    /** koerekortstruktur is required but may hold nothing: no koerekortsInfo and an empty koerekortssamling. */
    private static void drivingLicences(KoerekortsstrukturDto koerekort, PdfTextFlow flow) throws IOException {
        var info = koerekort.getKoerekortsInfo();
        List<KoerekortDto> licences = rows(koerekort.getKoerekortssamling());
        if ((info == null || info.getHarKoerekort() == null) && licences.isEmpty()) {
            return;
        }
        flow.heading("Kørekort");
        if (info != null) {
            flow.field("Har kørekort", yesNo(info.getHarKoerekort()));
        }
        flow.field(
                "Kategorier",
                licences.stream()
                        .map(KoerekortDto::getKoerekortType)
                        .filter(Objects::nonNull)
                        .map(LetAsylCvLabels::label)
                        .collect(Collectors.joining(", ")));
    }

    private static void volunteering(List<FrivilligtArbejdeDto> works, PdfTextFlow flow) throws IOException {
        if (works.isEmpty()) {
            return;
        }
        flow.heading("Frivilligt arbejde");
        for (FrivilligtArbejdeDto work : works) {
            flow.subheading(work.getTitel());
            flow.field("Sted", work.getSted());
            flow.field("Periode", period(day(work.getStarttidspunkt()), day(work.getSluttidspunkt())));
            flow.field("Beskrivelse", work.getBeskrivelse());
        }
    }

    private static void references(List<CvReferenceDto> references, PdfTextFlow flow) throws IOException {
        if (references.isEmpty()) {
            return;
        }
        flow.heading("CV-referencer");
        for (CvReferenceDto reference : references) {
            flow.subheading(reference.getTitel());
            flow.field("Link", Objects.toString(reference.getReferenceUrl(), null));
        }
    }

    /** cvStatusstruktur: the one place where the timestamps matter, as the history of the quality check. */
    private static void status(CvStatusstrukturDto status, PdfTextFlow flow) throws IOException {
        flow.heading("CV-status");
        flow.field("Status", status.getCvStatusType() == null ? null : label(status.getCvStatusType()));
        flow.field("Kommentar", status.getKommentar());
        flow.field("Hændelsestidspunkt", dateTime(status.getHaendelsestidspunkt()));
        flow.field("Oprettet", dateTime(status.getOprettetTidspunkt()));
        flow.field("Opdateret", dateTime(status.getOpdateretTidspunkt()));
    }

    /** fagligProfil and anden erfaring: free text under its own heading, skipped when blank. */
    private static void text(String heading, @Nullable String text, PdfTextFlow flow) throws IOException {
        if (isBlank(text)) {
            return;
        }
        flow.heading(heading);
        flow.paragraph(text);
    }

    private static @Nullable String levelOrNull(@Nullable LanguageSkillLevelTypeCodeList level) {
        return level == null ? null : label(level);
    }

    private static <T> List<T> rows(@Nullable List<T> rows) {
        return rows == null ? List.of() : rows;
    }
}
