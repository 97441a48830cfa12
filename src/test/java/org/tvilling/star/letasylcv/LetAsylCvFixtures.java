package org.tvilling.star.letasylcv;

import static org.tvilling.db.star.Tables.LETASYL_ADRESSE;
import static org.tvilling.db.star.Tables.LETASYL_ANDEN_ERFARING;
import static org.tvilling.db.star.Tables.LETASYL_BORGERKONTAKT;
import static org.tvilling.db.star.Tables.LETASYL_CERTIFICERING;
import static org.tvilling.db.star.Tables.LETASYL_CV;
import static org.tvilling.db.star.Tables.LETASYL_CV_REFERENCE;
import static org.tvilling.db.star.Tables.LETASYL_CV_STATUS;
import static org.tvilling.db.star.Tables.LETASYL_FAGLIG_PROFIL;
import static org.tvilling.db.star.Tables.LETASYL_FRIVILLIGT_ARBEJDE;
import static org.tvilling.db.star.Tables.LETASYL_JOBCENTER;
import static org.tvilling.db.star.Tables.LETASYL_JOBOENSKE;
import static org.tvilling.db.star.Tables.LETASYL_KOEREKORT;
import static org.tvilling.db.star.Tables.LETASYL_KOEREKORTSINFO;
import static org.tvilling.db.star.Tables.LETASYL_KOMPETENCE;
import static org.tvilling.db.star.Tables.LETASYL_KURSUS;
import static org.tvilling.db.star.Tables.LETASYL_NAVN;
import static org.tvilling.db.star.Tables.LETASYL_STAMPROFIL;
import static org.tvilling.db.star.Tables.LETASYL_TALESPROG;
import static org.tvilling.db.star.Tables.LETASYL_TEGNSPROG;
import static org.tvilling.db.star.Tables.LETASYL_TIDLIGERE_ARBEJDSERFARING;
import static org.tvilling.db.star.Tables.LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO;
import static org.tvilling.db.star.Tables.LETASYL_UDDANNELSE;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.tvilling.star.DanskTid;
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

/**
 * LetAsyl CVs for the tests, built as the document they must come back as, and written into the tables the
 * way LetAsyl would have filled them. Timestamps carry Danish offsets, as the API writes them.
 */
final class LetAsylCvFixtures {

    private LetAsylCvFixtures() {}

    /** A moment in Danish time, with the offset Denmark had then (summer or winter time). */
    static OffsetDateTime tid(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(DanskTid.DANMARK)
                .toOffsetDateTime();
    }

    /** Every structure, every optional element, two or three rows in every collection. */
    static GetLetAsylCvResponseDto fuldt(String cpr, String fornavne, String efternavn) {
        OffsetDateTime oprettet = tid(2025, 11, 3, 9, 0);
        OffsetDateTime opdateret = tid(2026, 6, 1, 14, 15);
        return new GetLetAsylCvResponseDto(
                        new KoerekortsstrukturDto(List.of(
                                        new KoerekortDto(DriverLicenseTypeCodeList.B)
                                                .oprettetTidspunkt(oprettet)
                                                .opdateretTidspunkt(opdateret),
                                        new KoerekortDto(DriverLicenseTypeCodeList.C1_E),
                                        new KoerekortDto(DriverLicenseTypeCodeList.TRAKTOR_MOTORREDSKAB)))
                                .koerekortsInfo(new KoerekortsInfoDto(true)
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret)),
                        new AndenErfaringstrukturDto("Har hjulpet til i familiens bageri og kørt varer ud.")
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret),
                        new FagligProfilstrukturDto("Uddannet elektriker med ti års erfaring fra byggepladser.")
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret),
                        new CvStatusstrukturDto(CvStatusTypeCodeList.GODKENDT)
                                .kommentar("Godkendt efter samtale på asylcentret.")
                                .haendelsestidspunkt(tid(2026, 1, 20, 10, 0))
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret))
                .cvProfilstruktur(new CvProfilstrukturDto(
                                new CvStamprofilstrukturDto(cpr, LocalDate.of(1990, 1, 1))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new NavnestrukturDto(fornavne, efternavn)
                                        .mellemnavn("Yusuf")
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new AdressestrukturDto(false, "Østerbrogade", "112B", "2100", "København Ø", 101)
                                        .coNavn("Dansk Røde Kors")
                                        .etage("st")
                                        .sideDoer("th")
                                        .bynavn("Østerbro")
                                        .darAdresse(UUID.fromString("0a3f50a0-73bf-32b8-e044-0003ba298018"))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                List.of(
                                        new BorgerkontaktstrukturDto(PersonContactDataTypeCodeList.MOBILTELEFON)
                                                .borgerkontaktdata("+4512345678"),
                                        new BorgerkontaktstrukturDto(PersonContactDataTypeCodeList.FASTNETTELEFON)
                                                .borgerkontaktdata("33445566"),
                                        new BorgerkontaktstrukturDto(PersonContactDataTypeCodeList.EMAIL)
                                                .borgerkontaktdata("amal@example.dk")))
                        .jobcenterstruktur(new JobcenterstrukturDto(101)))
                .kursusstruktur(new KursusstrukturDto()
                        .kursussamling(List.of(
                                new KursusDto("Danskuddannelse 2", LocalDate.of(2025, 12, 19))
                                        .beskrivelse("Modul 2.3 bestået med gode resultater.")
                                        .laengdeIDage(120)
                                        .kursusType(3)
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new KursusDto("Førstehjælp", LocalDate.of(2026, 3, 2)).laengdeIDage(1))))
                .joboenskestruktur(new JoboenskestrukturDto(List.of(
                        new JoboenskeDto("http://data.star.dk/esco/occupation/elektriker", true, 120)
                                .aliasIdentifier(UUID.fromString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"))
                                .aarSidstBrugt(2023)
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret),
                        new JoboenskeDto("http://data.star.dk/esco/occupation/kok", false, 18))))
                .uddannelsesstruktur(new UddannelsesstrukturDto()
                        .uddannelsessamling(List.of(
                                new UddannelseDto("Elektriker", EducationLevelTypeCodeList.ERHVERVSFAGLIG)
                                        .beskrivelse("Fireårig uddannelse med praktik.")
                                        .uddannelsessted("Teknisk skole, Aleppo")
                                        .startdato(LocalDate.of(2008, 9, 1))
                                        .slutdato(LocalDate.of(2012, 6, 30))
                                        .uddannelsesType(7)
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new UddannelseDto("Grundskole", EducationLevelTypeCodeList.GRUNDSKOLE))))
                .sprogstruktur(new SprogstrukturDto()
                        .tegnsprogssamling(List.of(new TegnsprogDto(SignLanguageTypeCodeList.INTERNATIONALT_TEGNSPROG)
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret)))
                        .talesprogssamling(List.of(
                                new TalesprogDto(
                                                1,
                                                LanguageSkillLevelTypeCodeList.MODERSMAAL,
                                                LanguageSkillLevelTypeCodeList.MODERSMAAL,
                                                LanguageSkillLevelTypeCodeList.MODERSMAAL,
                                                LanguageSkillLevelTypeCodeList.MODERSMAAL)
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new TalesprogDto(
                                        45,
                                        LanguageSkillLevelTypeCodeList.MELLEM,
                                        LanguageSkillLevelTypeCodeList.BEGYNDER,
                                        LanguageSkillLevelTypeCodeList.BEGYNDER,
                                        LanguageSkillLevelTypeCodeList.FLYDENDE))))
                .certificeringsstruktur(new CertificeringsstrukturDto()
                        .certificeringssamling(List.of(
                                new CertificeringDto("Autorisation som elinstallatør")
                                        .certificeringsType(12)
                                        .beskrivelse("Udstedt i hjemlandet, ikke anerkendt i Danmark endnu.")
                                        .gyldigTilDato(LocalDate.of(2030, 12, 31))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new CertificeringDto("Hygiejnebevis"))))
                .cvReferencestruktur(new CvReferencestrukturDto()
                        .referencesamling(List.of(
                                new CvReferenceDto("LinkedIn", URI.create("https://www.linkedin.com/in/eksempel"))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new CvReferenceDto("Portfolio", URI.create("https://eksempel.dk/portfolio")))))
                .frivilligtArbejdestruktur(new FrivilligtArbejdestrukturDto()
                        .frivilligtArbejdeSamling(List.of(
                                new FrivilligtArbejdeDto("Tolk", tid(2024, 2, 1, 8, 0))
                                        .sted("Center Sandholm")
                                        .beskrivelse("Tolkede mellem arabisk og engelsk for nyankomne.")
                                        .sluttidspunkt(tid(2024, 8, 31, 16, 15))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new FrivilligtArbejdeDto("Fodboldtræner", tid(2025, 5, 1, 17, 15)))))
                .kompetencestruktur(new KompetencestrukturDto()
                        .kompetencesamling(List.of(
                                new KompetenceDto("Fejlfinding på el-tavler")
                                        .discoWebIdentifier(741110)
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new KompetenceDto("Kundeservice"))))
                .tidligereArbejdserfaringsstruktur(new TidligereArbejdserfaringsstrukturDto()
                        .tidligereArbejdserfaringsInfo(new TidligereArbejdserfaringsStatusDto(true)
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret))
                        .tidligereArbejdserfaringSamling(List.of(
                                new TidligereArbejdserfaringDto("Elektriker", tid(2012, 8, 1, 7, 0))
                                        .conceptUriDa("http://data.star.dk/esco/occupation/elektriker")
                                        .aliasIdentifier(UUID.fromString("1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b"))
                                        .arbejdsgivernavn("Al-Nour El A/S")
                                        .beskrivelse("Installationer i boliger og butikker.")
                                        .opnaaetFaerdighed("Selvstændig planlægning af store installationer.")
                                        .sluttidspunkt(tid(2022, 7, 15, 12, 15))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret),
                                new TidligereArbejdserfaringDto("Køkkenmedhjælper", tid(2023, 4, 1, 10, 15)))));
    }

    /** Only the required structures (Forekomst 1), the driving licences' collection empty. */
    static GetLetAsylCvResponseDto minimalt() {
        return new GetLetAsylCvResponseDto(
                new KoerekortsstrukturDto(List.of()),
                new AndenErfaringstrukturDto("Ingen."),
                new FagligProfilstrukturDto("Ufaglært."),
                new CvStatusstrukturDto(CvStatusTypeCodeList.KLAR_TIL_KVALITETSSIKRING));
    }

    static void deleteAll(DSLContext dsl) {
        dsl.deleteFrom(LETASYL_CV).execute();
    }

    /** Writes the document into its tables, one row per structure and per collection item. */
    static void insert(DSLContext dsl, String cpr, GetLetAsylCvResponseDto cv) {
        dsl.insertInto(LETASYL_CV)
                .set(LETASYL_CV.CPR, cpr)
                .set(LETASYL_CV.REGISTRERET, OffsetDateTime.now())
                .execute();
        CvProfilstrukturDto profil = cv.getCvProfilstruktur();
        if (profil != null) {
            var stam = profil.getCvStamprofilstruktur();
            dsl.insertInto(LETASYL_STAMPROFIL)
                    .set(LETASYL_STAMPROFIL.CPR, cpr)
                    .set(LETASYL_STAMPROFIL.FOEDSELSDATO, stam.getFoedselsdato())
                    .set(LETASYL_STAMPROFIL.OPRETTET_TIDSPUNKT, stam.getOprettetTidspunkt())
                    .set(LETASYL_STAMPROFIL.OPDATERET_TIDSPUNKT, stam.getOpdateretTidspunkt())
                    .execute();
            var navn = profil.getNavnestruktur();
            dsl.insertInto(LETASYL_NAVN)
                    .set(LETASYL_NAVN.CPR, cpr)
                    .set(LETASYL_NAVN.FORNAVNE, navn.getFornavne())
                    .set(LETASYL_NAVN.MELLEMNAVN, navn.getMellemnavn())
                    .set(LETASYL_NAVN.EFTERNAVN, navn.getEfternavn())
                    .set(LETASYL_NAVN.OPRETTET_TIDSPUNKT, navn.getOprettetTidspunkt())
                    .set(LETASYL_NAVN.OPDATERET_TIDSPUNKT, navn.getOpdateretTidspunkt())
                    .execute();
            var adresse = profil.getAdressestruktur();
            dsl.insertInto(LETASYL_ADRESSE)
                    .set(LETASYL_ADRESSE.CPR, cpr)
                    .set(LETASYL_ADRESSE.NAVNE_OG_ADRESSEBESKYTTELSE, adresse.getNavneOgAdressebeskyttelse())
                    .set(LETASYL_ADRESSE.CO_NAVN, adresse.getCoNavn())
                    .set(LETASYL_ADRESSE.VEJNAVN, adresse.getVejnavn())
                    .set(LETASYL_ADRESSE.HUSNUMMER, adresse.getHusnummer())
                    .set(LETASYL_ADRESSE.ETAGE, adresse.getEtage())
                    .set(LETASYL_ADRESSE.SIDE_DOER, adresse.getSideDoer())
                    .set(LETASYL_ADRESSE.BYNAVN, adresse.getBynavn())
                    .set(LETASYL_ADRESSE.POSTNUMMER, adresse.getPostnummer())
                    .set(LETASYL_ADRESSE.POSTDISTRIKT, adresse.getPostdistrikt())
                    .set(LETASYL_ADRESSE.KOMMUNEKODE, adresse.getKommunekode())
                    .set(LETASYL_ADRESSE.DAR_ADRESSE, adresse.getDarAdresse())
                    .set(LETASYL_ADRESSE.OPRETTET_TIDSPUNKT, adresse.getOprettetTidspunkt())
                    .set(LETASYL_ADRESSE.OPDATERET_TIDSPUNKT, adresse.getOpdateretTidspunkt())
                    .execute();
            each(
                    profil.getBorgerkontaktsamling(),
                    (kontakt, position) -> dsl.insertInto(LETASYL_BORGERKONTAKT)
                            .set(LETASYL_BORGERKONTAKT.CPR, cpr)
                            .set(LETASYL_BORGERKONTAKT.POSITION, position)
                            .set(LETASYL_BORGERKONTAKT.BORGERKONTAKTDATA, kontakt.getBorgerkontaktdata())
                            .set(
                                    LETASYL_BORGERKONTAKT.BORGERKONTAKTDATA_TYPE,
                                    kontakt.getBorgerkontaktdataType().getValue())
                            .execute());
            if (profil.getJobcenterstruktur() != null) {
                dsl.insertInto(LETASYL_JOBCENTER)
                        .set(LETASYL_JOBCENTER.CPR, cpr)
                        .set(
                                LETASYL_JOBCENTER.JOBCENTER_ID,
                                profil.getJobcenterstruktur().getJobcenterId())
                        .execute();
            }
        }
        if (cv.getKursusstruktur() != null) {
            each(
                    cv.getKursusstruktur().getKursussamling(),
                    (kursus, position) -> dsl.insertInto(LETASYL_KURSUS)
                            .set(LETASYL_KURSUS.CPR, cpr)
                            .set(LETASYL_KURSUS.POSITION, position)
                            .set(LETASYL_KURSUS.TITEL, kursus.getTitel())
                            .set(LETASYL_KURSUS.BESKRIVELSE, kursus.getBeskrivelse())
                            .set(LETASYL_KURSUS.LAENGDE_I_DAGE, kursus.getLaengdeIDage())
                            .set(LETASYL_KURSUS.SLUTDATO, kursus.getSlutdato())
                            .set(LETASYL_KURSUS.KURSUS_TYPE, kursus.getKursusType())
                            .set(LETASYL_KURSUS.OPRETTET_TIDSPUNKT, kursus.getOprettetTidspunkt())
                            .set(LETASYL_KURSUS.OPDATERET_TIDSPUNKT, kursus.getOpdateretTidspunkt())
                            .execute());
        }
        if (cv.getJoboenskestruktur() != null) {
            each(
                    cv.getJoboenskestruktur().getJoboenskesamling(),
                    (oenske, position) -> dsl.insertInto(LETASYL_JOBOENSKE)
                            .set(LETASYL_JOBOENSKE.CPR, cpr)
                            .set(LETASYL_JOBOENSKE.POSITION, position)
                            .set(LETASYL_JOBOENSKE.CONCEPT_URI_DA, oenske.getConceptUriDa())
                            .set(LETASYL_JOBOENSKE.ALIAS_IDENTIFIER, oenske.getAliasIdentifier())
                            .set(LETASYL_JOBOENSKE.AAR_SIDST_BRUGT, oenske.getAarSidstBrugt())
                            .set(LETASYL_JOBOENSKE.HAR_UDDANNELSE, oenske.getHarUddannelse())
                            .set(LETASYL_JOBOENSKE.MAANEDER_MED_ERFARING, oenske.getMaanederMedErfaring())
                            .set(LETASYL_JOBOENSKE.OPRETTET_TIDSPUNKT, oenske.getOprettetTidspunkt())
                            .set(LETASYL_JOBOENSKE.OPDATERET_TIDSPUNKT, oenske.getOpdateretTidspunkt())
                            .execute());
        }
        if (cv.getUddannelsesstruktur() != null) {
            each(
                    cv.getUddannelsesstruktur().getUddannelsessamling(),
                    (uddannelse, position) -> dsl.insertInto(LETASYL_UDDANNELSE)
                            .set(LETASYL_UDDANNELSE.CPR, cpr)
                            .set(LETASYL_UDDANNELSE.POSITION, position)
                            .set(LETASYL_UDDANNELSE.TITEL, uddannelse.getTitel())
                            .set(LETASYL_UDDANNELSE.BESKRIVELSE, uddannelse.getBeskrivelse())
                            .set(LETASYL_UDDANNELSE.UDDANNELSESSTED, uddannelse.getUddannelsessted())
                            .set(LETASYL_UDDANNELSE.STARTDATO, uddannelse.getStartdato())
                            .set(LETASYL_UDDANNELSE.SLUTDATO, uddannelse.getSlutdato())
                            .set(LETASYL_UDDANNELSE.UDDANNELSES_TYPE, uddannelse.getUddannelsesType())
                            .set(
                                    LETASYL_UDDANNELSE.UDDANNELSESNIVEAU_TYPE,
                                    uddannelse.getUddannelsesniveauType().getValue())
                            .set(LETASYL_UDDANNELSE.OPRETTET_TIDSPUNKT, uddannelse.getOprettetTidspunkt())
                            .set(LETASYL_UDDANNELSE.OPDATERET_TIDSPUNKT, uddannelse.getOpdateretTidspunkt())
                            .execute());
        }
        if (cv.getSprogstruktur() != null) {
            each(
                    cv.getSprogstruktur().getTegnsprogssamling(),
                    (tegnsprog, position) -> dsl.insertInto(LETASYL_TEGNSPROG)
                            .set(LETASYL_TEGNSPROG.CPR, cpr)
                            .set(LETASYL_TEGNSPROG.POSITION, position)
                            .set(
                                    LETASYL_TEGNSPROG.TEGNSPROG_TYPE,
                                    tegnsprog.getTegnsprogType().getValue())
                            .set(LETASYL_TEGNSPROG.OPRETTET_TIDSPUNKT, tegnsprog.getOprettetTidspunkt())
                            .set(LETASYL_TEGNSPROG.OPDATERET_TIDSPUNKT, tegnsprog.getOpdateretTidspunkt())
                            .execute());
            each(
                    cv.getSprogstruktur().getTalesprogssamling(),
                    (talesprog, position) -> dsl.insertInto(LETASYL_TALESPROG)
                            .set(LETASYL_TALESPROG.CPR, cpr)
                            .set(LETASYL_TALESPROG.POSITION, position)
                            .set(LETASYL_TALESPROG.SPROGKODE, talesprog.getSprogkode())
                            .set(
                                    LETASYL_TALESPROG.LAESENIVEAU_TYPE,
                                    talesprog.getLaeseniveauType().getValue())
                            .set(
                                    LETASYL_TALESPROG.TALENIVEAU_TYPE,
                                    talesprog.getTaleniveauType().getValue())
                            .set(
                                    LETASYL_TALESPROG.SKRIVENIVEAU_TYPE,
                                    talesprog.getSkriveniveauType().getValue())
                            .set(
                                    LETASYL_TALESPROG.TALEFORSTAAELSESNIVEAU_TYPE,
                                    talesprog.getTaleforstaaelsesniveauType().getValue())
                            .set(LETASYL_TALESPROG.OPRETTET_TIDSPUNKT, talesprog.getOprettetTidspunkt())
                            .set(LETASYL_TALESPROG.OPDATERET_TIDSPUNKT, talesprog.getOpdateretTidspunkt())
                            .execute());
        }
        KoerekortsstrukturDto koerekort = cv.getKoerekortstruktur();
        if (koerekort.getKoerekortsInfo() != null) {
            dsl.insertInto(LETASYL_KOEREKORTSINFO)
                    .set(LETASYL_KOEREKORTSINFO.CPR, cpr)
                    .set(
                            LETASYL_KOEREKORTSINFO.HAR_KOEREKORT,
                            koerekort.getKoerekortsInfo().getHarKoerekort())
                    .set(
                            LETASYL_KOEREKORTSINFO.OPRETTET_TIDSPUNKT,
                            koerekort.getKoerekortsInfo().getOprettetTidspunkt())
                    .set(
                            LETASYL_KOEREKORTSINFO.OPDATERET_TIDSPUNKT,
                            koerekort.getKoerekortsInfo().getOpdateretTidspunkt())
                    .execute();
        }
        each(
                koerekort.getKoerekortssamling(),
                (kort, position) -> dsl.insertInto(LETASYL_KOEREKORT)
                        .set(LETASYL_KOEREKORT.CPR, cpr)
                        .set(LETASYL_KOEREKORT.POSITION, position)
                        .set(
                                LETASYL_KOEREKORT.KOEREKORT_TYPE,
                                kort.getKoerekortType().getValue())
                        .set(LETASYL_KOEREKORT.OPRETTET_TIDSPUNKT, kort.getOprettetTidspunkt())
                        .set(LETASYL_KOEREKORT.OPDATERET_TIDSPUNKT, kort.getOpdateretTidspunkt())
                        .execute());
        if (cv.getCertificeringsstruktur() != null) {
            each(
                    cv.getCertificeringsstruktur().getCertificeringssamling(),
                    (certificering, position) -> dsl.insertInto(LETASYL_CERTIFICERING)
                            .set(LETASYL_CERTIFICERING.CPR, cpr)
                            .set(LETASYL_CERTIFICERING.POSITION, position)
                            .set(LETASYL_CERTIFICERING.TITEL, certificering.getTitel())
                            .set(LETASYL_CERTIFICERING.CERTIFICERINGS_TYPE, certificering.getCertificeringsType())
                            .set(LETASYL_CERTIFICERING.BESKRIVELSE, certificering.getBeskrivelse())
                            .set(LETASYL_CERTIFICERING.GYLDIG_TIL_DATO, certificering.getGyldigTilDato())
                            .set(LETASYL_CERTIFICERING.OPRETTET_TIDSPUNKT, certificering.getOprettetTidspunkt())
                            .set(LETASYL_CERTIFICERING.OPDATERET_TIDSPUNKT, certificering.getOpdateretTidspunkt())
                            .execute());
        }
        if (cv.getCvReferencestruktur() != null) {
            each(
                    cv.getCvReferencestruktur().getReferencesamling(),
                    (reference, position) -> dsl.insertInto(LETASYL_CV_REFERENCE)
                            .set(LETASYL_CV_REFERENCE.CPR, cpr)
                            .set(LETASYL_CV_REFERENCE.POSITION, position)
                            .set(LETASYL_CV_REFERENCE.TITEL, reference.getTitel())
                            .set(
                                    LETASYL_CV_REFERENCE.REFERENCE_URL,
                                    reference.getReferenceUrl().toString())
                            .set(LETASYL_CV_REFERENCE.OPRETTET_TIDSPUNKT, reference.getOprettetTidspunkt())
                            .set(LETASYL_CV_REFERENCE.OPDATERET_TIDSPUNKT, reference.getOpdateretTidspunkt())
                            .execute());
        }
        if (cv.getFrivilligtArbejdestruktur() != null) {
            each(
                    cv.getFrivilligtArbejdestruktur().getFrivilligtArbejdeSamling(),
                    (arbejde, position) -> dsl.insertInto(LETASYL_FRIVILLIGT_ARBEJDE)
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.CPR, cpr)
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.POSITION, position)
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.TITEL, arbejde.getTitel())
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.STED, arbejde.getSted())
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.BESKRIVELSE, arbejde.getBeskrivelse())
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.STARTTIDSPUNKT, arbejde.getStarttidspunkt())
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.SLUTTIDSPUNKT, arbejde.getSluttidspunkt())
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.OPRETTET_TIDSPUNKT, arbejde.getOprettetTidspunkt())
                            .set(LETASYL_FRIVILLIGT_ARBEJDE.OPDATERET_TIDSPUNKT, arbejde.getOpdateretTidspunkt())
                            .execute());
        }
        dsl.insertInto(LETASYL_ANDEN_ERFARING)
                .set(LETASYL_ANDEN_ERFARING.CPR, cpr)
                .set(
                        LETASYL_ANDEN_ERFARING.BESKRIVELSE,
                        cv.getAndenErfaringstruktur().getBeskrivelse())
                .set(
                        LETASYL_ANDEN_ERFARING.OPRETTET_TIDSPUNKT,
                        cv.getAndenErfaringstruktur().getOprettetTidspunkt())
                .set(
                        LETASYL_ANDEN_ERFARING.OPDATERET_TIDSPUNKT,
                        cv.getAndenErfaringstruktur().getOpdateretTidspunkt())
                .execute();
        dsl.insertInto(LETASYL_FAGLIG_PROFIL)
                .set(LETASYL_FAGLIG_PROFIL.CPR, cpr)
                .set(
                        LETASYL_FAGLIG_PROFIL.FAGLIG_PROFIL,
                        cv.getFagligProfilstruktur().getFagligProfil())
                .set(
                        LETASYL_FAGLIG_PROFIL.OPRETTET_TIDSPUNKT,
                        cv.getFagligProfilstruktur().getOprettetTidspunkt())
                .set(
                        LETASYL_FAGLIG_PROFIL.OPDATERET_TIDSPUNKT,
                        cv.getFagligProfilstruktur().getOpdateretTidspunkt())
                .execute();
        if (cv.getKompetencestruktur() != null) {
            each(
                    cv.getKompetencestruktur().getKompetencesamling(),
                    (kompetence, position) -> dsl.insertInto(LETASYL_KOMPETENCE)
                            .set(LETASYL_KOMPETENCE.CPR, cpr)
                            .set(LETASYL_KOMPETENCE.POSITION, position)
                            .set(LETASYL_KOMPETENCE.TITEL, kompetence.getTitel())
                            .set(LETASYL_KOMPETENCE.DISCO_WEB_IDENTIFIER, kompetence.getDiscoWebIdentifier())
                            .set(LETASYL_KOMPETENCE.OPRETTET_TIDSPUNKT, kompetence.getOprettetTidspunkt())
                            .set(LETASYL_KOMPETENCE.OPDATERET_TIDSPUNKT, kompetence.getOpdateretTidspunkt())
                            .execute());
        }
        TidligereArbejdserfaringsstrukturDto tidligere = cv.getTidligereArbejdserfaringsstruktur();
        if (tidligere != null) {
            var info = tidligere.getTidligereArbejdserfaringsInfo();
            if (info != null) {
                dsl.insertInto(LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO)
                        .set(LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO.CPR, cpr)
                        .set(
                                LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO.HAR_TIDLIGERE_ARBEJDSERFARING,
                                info.getHarTidligereArbejdserfaring())
                        .set(LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO.OPRETTET_TIDSPUNKT, info.getOprettetTidspunkt())
                        .set(LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO.OPDATERET_TIDSPUNKT, info.getOpdateretTidspunkt())
                        .execute();
            }
            var t = LETASYL_TIDLIGERE_ARBEJDSERFARING;
            each(
                    tidligere.getTidligereArbejdserfaringSamling(),
                    (erfaring, position) -> dsl.insertInto(t)
                            .set(t.CPR, cpr)
                            .set(t.POSITION, position)
                            .set(t.TITEL, erfaring.getTitel())
                            .set(t.CONCEPT_URI_DA, erfaring.getConceptUriDa())
                            .set(t.ALIAS_IDENTIFIER, erfaring.getAliasIdentifier())
                            .set(t.ARBEJDSGIVERNAVN, erfaring.getArbejdsgivernavn())
                            .set(t.BESKRIVELSE, erfaring.getBeskrivelse())
                            .set(t.OPNAAET_FAERDIGHED, erfaring.getOpnaaetFaerdighed())
                            .set(t.STARTTIDSPUNKT, erfaring.getStarttidspunkt())
                            .set(t.SLUTTIDSPUNKT, erfaring.getSluttidspunkt())
                            .set(t.OPRETTET_TIDSPUNKT, erfaring.getOprettetTidspunkt())
                            .set(t.OPDATERET_TIDSPUNKT, erfaring.getOpdateretTidspunkt())
                            .execute());
        }
        CvStatusstrukturDto status = cv.getCvStatusstruktur();
        dsl.insertInto(LETASYL_CV_STATUS)
                .set(LETASYL_CV_STATUS.CPR, cpr)
                .set(LETASYL_CV_STATUS.CV_STATUS_TYPE, status.getCvStatusType().getValue())
                .set(LETASYL_CV_STATUS.KOMMENTAR, status.getKommentar())
                .set(LETASYL_CV_STATUS.HAENDELSESTIDSPUNKT, status.getHaendelsestidspunkt())
                .set(LETASYL_CV_STATUS.OPRETTET_TIDSPUNKT, status.getOprettetTidspunkt())
                .set(LETASYL_CV_STATUS.OPDATERET_TIDSPUNKT, status.getOpdateretTidspunkt())
                .execute();
    }

    /** Each item with its position, from 1, as the collections' order. */
    private static <T> void each(List<T> items, BiConsumer<T, Short> insert) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            insert.accept(items.get(i), (short) (i + 1));
        }
    }
}
