package org.tvilling.star.letasylcv;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
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
import static org.tvilling.db.star.Tables.LETASYL_OVERFOERSEL;
import static org.tvilling.db.star.Tables.LETASYL_STAMPROFIL;
import static org.tvilling.db.star.Tables.LETASYL_TALESPROG;
import static org.tvilling.db.star.Tables.LETASYL_TEGNSPROG;
import static org.tvilling.db.star.Tables.LETASYL_TIDLIGERE_ARBEJDSERFARING;
import static org.tvilling.db.star.Tables.LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO;
import static org.tvilling.db.star.Tables.LETASYL_UDDANNELSE;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Record14;
import org.jooq.RecordMapper;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tvilling.platform.database.PreparedSelect;
import org.tvilling.platform.idempotency.RequestIdRepository;
import org.tvilling.star.DanskTid;
import org.tvilling.star.StarException;
import org.tvilling.star.StarFejlkode;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The LetAsyl CV of one citizen, read as the whole GetLetAsylCvResponseDto in ONE statement: each 1:1
 * structure a left join (a nested row of NULLs when it is absent, hence the null checks on each structure's
 * required column), each collection a multiset. The rows map straight onto the contract's DTOs, which
 * are the document itself; a second model of the same ~150 elements would only copy them.
 */
@Repository
class LetAsylCvRepository {

    /** The request-id namespace of OverfoerLetAsylCv. */
    static final String API = "star.letasylcv";

    private final DSLContext dsl;
    private final RequestIdRepository requestIds;
    private final JsonMapper json;
    private final PreparedSelect<GetLetAsylCvResponseDto> cv;

    LetAsylCvRepository(DSLContext dsl, RequestIdRepository requestIds, JsonMapper json) {
        this.dsl = dsl;
        this.requestIds = requestIds;
        this.json = json;
        this.cv = new PreparedSelect<>(dsl, cv(), mapping(LetAsylCvRepository::document));
    }

    /** GetLetAsylCv: empty when the citizen has no LetAsyl CV. */
    Optional<GetLetAsylCvResponseDto> find(String cpr) {
        return cv.fetchOptional(dsl, Map.of("cpr", cpr));
    }

    /** The whole document of the citizen given as the one parameter. */
    private static Select<
                    Record14<
                            CvProfilstrukturDto,
                            KursusstrukturDto,
                            JoboenskestrukturDto,
                            UddannelsesstrukturDto,
                            SprogstrukturDto,
                            KoerekortsstrukturDto,
                            CertificeringsstrukturDto,
                            CvReferencestrukturDto,
                            FrivilligtArbejdestrukturDto,
                            AndenErfaringstrukturDto,
                            FagligProfilstrukturDto,
                            KompetencestrukturDto,
                            TidligereArbejdserfaringsstrukturDto,
                            CvStatusstrukturDto>>
            cv() {
        return select(
                        cvProfilstruktur(),
                        kursusstruktur(),
                        joboenskestruktur(),
                        uddannelsesstruktur(),
                        sprogstruktur(),
                        koerekortstruktur(),
                        certificeringsstruktur(),
                        cvReferencestruktur(),
                        frivilligtArbejdestruktur(),
                        andenErfaringstruktur(),
                        fagligProfilstruktur(),
                        kompetencestruktur(),
                        tidligereArbejdserfaringsstruktur(),
                        cvStatusstruktur())
                .from(LETASYL_CV)
                .leftJoin(LETASYL_STAMPROFIL)
                .on(LETASYL_STAMPROFIL.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_NAVN)
                .on(LETASYL_NAVN.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_ADRESSE)
                .on(LETASYL_ADRESSE.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_JOBCENTER)
                .on(LETASYL_JOBCENTER.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_KOEREKORTSINFO)
                .on(LETASYL_KOEREKORTSINFO.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_ANDEN_ERFARING)
                .on(LETASYL_ANDEN_ERFARING.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_FAGLIG_PROFIL)
                .on(LETASYL_FAGLIG_PROFIL.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO)
                .on(LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO.CPR.eq(LETASYL_CV.CPR))
                .leftJoin(LETASYL_CV_STATUS)
                .on(LETASYL_CV_STATUS.CPR.eq(LETASYL_CV.CPR))
                .where(LETASYL_CV.CPR.eq(param("cpr", String.class)));
    }

    /**
     * OverfoerLetAsylCv, in one transaction with its request id: the snapshot of the document as it is now
     * becomes the citizen's Jobnet CV, replacing an earlier transfer's.
     */
    @Transactional
    void transfer(String requestId, String cpr, OffsetDateTime tidspunkt) {
        if (!requestIds.claim(API, requestId)) {
            throw StarException.gentagetRequestId(requestId);
        }
        GetLetAsylCvResponseDto cv = find(cpr).orElseThrow(() -> new StarException(StarFejlkode.UKENDT_CPR));
        JSONB snapshot = JSONB.valueOf(json.writeValueAsString(cv));
        dsl.insertInto(LETASYL_OVERFOERSEL)
                .set(LETASYL_OVERFOERSEL.CPR, cpr)
                .set(LETASYL_OVERFOERSEL.REQUEST_ID, requestId)
                .set(LETASYL_OVERFOERSEL.OVERFOERT_TIDSPUNKT, tidspunkt)
                .set(LETASYL_OVERFOERSEL.CV_SNAPSHOT, snapshot)
                .onConflict(LETASYL_OVERFOERSEL.CPR)
                .doUpdate()
                .set(LETASYL_OVERFOERSEL.REQUEST_ID, requestId)
                .set(LETASYL_OVERFOERSEL.OVERFOERT_TIDSPUNKT, tidspunkt)
                .set(LETASYL_OVERFOERSEL.CV_SNAPSHOT, snapshot)
                .execute();
    }

    @SuppressWarnings("ParameterNumber")
    private static GetLetAsylCvResponseDto document(
            @Nullable CvProfilstrukturDto profil,
            @Nullable KursusstrukturDto kurser,
            @Nullable JoboenskestrukturDto joboensker,
            @Nullable UddannelsesstrukturDto uddannelser,
            @Nullable SprogstrukturDto sprog,
            KoerekortsstrukturDto koerekort,
            @Nullable CertificeringsstrukturDto certificeringer,
            @Nullable CvReferencestrukturDto referencer,
            @Nullable FrivilligtArbejdestrukturDto frivilligtArbejde,
            @Nullable AndenErfaringstrukturDto andenErfaring,
            @Nullable FagligProfilstrukturDto fagligProfil,
            @Nullable KompetencestrukturDto kompetencer,
            @Nullable TidligereArbejdserfaringsstrukturDto tidligereArbejdserfaring,
            @Nullable CvStatusstrukturDto cvStatus) {
        if (andenErfaring == null || fagligProfil == null || cvStatus == null) {
            // Required structures (Forekomst 1): a CV without them cannot be written as the document.
            throw new IllegalStateException("A LetAsyl CV lacks a required structure");
        }
        return new GetLetAsylCvResponseDto(koerekort, andenErfaring, fagligProfil, cvStatus)
                .cvProfilstruktur(profil)
                .kursusstruktur(kurser)
                .joboenskestruktur(joboensker)
                .uddannelsesstruktur(uddannelser)
                .sprogstruktur(sprog)
                .certificeringsstruktur(certificeringer)
                .cvReferencestruktur(referencer)
                .frivilligtArbejdestruktur(frivilligtArbejde)
                .kompetencestruktur(kompetencer)
                .tidligereArbejdserfaringsstruktur(tidligereArbejdserfaring);
    }

    // cvProfilstruktur (0-1): present with its cvStamprofilstruktur.

    private static SelectField<CvProfilstrukturDto> cvProfilstruktur() {
        var s = LETASYL_STAMPROFIL;
        var n = LETASYL_NAVN;
        var a = LETASYL_ADRESSE;
        var k = LETASYL_BORGERKONTAKT;
        return row(
                        row(s.CPR, s.FOEDSELSDATO, dansk(s.OPRETTET_TIDSPUNKT), dansk(s.OPDATERET_TIDSPUNKT))
                                .mapping((cpr, foedselsdato, oprettet, opdateret) -> cpr == null
                                        ? null
                                        : new CvStamprofilstrukturDto(cpr, foedselsdato)
                                                .oprettetTidspunkt(oprettet)
                                                .opdateretTidspunkt(opdateret)),
                        row(
                                        n.FORNAVNE,
                                        n.MELLEMNAVN,
                                        n.EFTERNAVN,
                                        dansk(n.OPRETTET_TIDSPUNKT),
                                        dansk(n.OPDATERET_TIDSPUNKT))
                                .mapping((fornavne, mellemnavn, efternavn, oprettet, opdateret) -> fornavne == null
                                        ? null
                                        : new NavnestrukturDto(fornavne, efternavn)
                                                .mellemnavn(mellemnavn)
                                                .oprettetTidspunkt(oprettet)
                                                .opdateretTidspunkt(opdateret)),
                        row(
                                        a.NAVNE_OG_ADRESSEBESKYTTELSE,
                                        a.CO_NAVN,
                                        a.VEJNAVN,
                                        a.HUSNUMMER,
                                        a.ETAGE,
                                        a.SIDE_DOER,
                                        a.BYNAVN,
                                        a.POSTNUMMER,
                                        a.POSTDISTRIKT,
                                        a.KOMMUNEKODE,
                                        a.DAR_ADRESSE,
                                        dansk(a.OPRETTET_TIDSPUNKT),
                                        dansk(a.OPDATERET_TIDSPUNKT))
                                .mapping(
                                        (beskyttet,
                                                coNavn,
                                                vejnavn,
                                                husnummer,
                                                etage,
                                                sideDoer,
                                                bynavn,
                                                postnummer,
                                                postdistrikt,
                                                kommunekode,
                                                darAdresse,
                                                oprettet,
                                                opdateret) -> vejnavn == null
                                                ? null
                                                : new AdressestrukturDto(
                                                                beskyttet,
                                                                vejnavn,
                                                                husnummer,
                                                                postnummer,
                                                                postdistrikt,
                                                                kommunekode)
                                                        .coNavn(coNavn)
                                                        .etage(etage)
                                                        .sideDoer(sideDoer)
                                                        .bynavn(bynavn)
                                                        .darAdresse(darAdresse)
                                                        .oprettetTidspunkt(oprettet)
                                                        .opdateretTidspunkt(opdateret)),
                        multiset(select(k.BORGERKONTAKTDATA, k.BORGERKONTAKTDATA_TYPE)
                                        .from(k)
                                        .where(k.CPR.eq(LETASYL_CV.CPR))
                                        .orderBy(k.POSITION))
                                .convertFrom(rows -> rows.map(mapping((data, type) -> new BorgerkontaktstrukturDto(
                                                PersonContactDataTypeCodeList.fromValue(type))
                                        .borgerkontaktdata(data)))),
                        row(LETASYL_JOBCENTER.JOBCENTER_ID)
                                .mapping(id -> id == null ? null : new JobcenterstrukturDto(id)))
                .mapping((stamprofil, navn, adresse, kontakter, jobcenter) -> stamprofil == null
                        ? null
                        : new CvProfilstrukturDto(stamprofil, navn, adresse, kontakter).jobcenterstruktur(jobcenter));
    }

    // Collections: each structure is present when it holds at least one row.

    private static SelectField<KursusstrukturDto> kursusstruktur() {
        var k = LETASYL_KURSUS;
        return samling(
                select(
                                k.TITEL,
                                k.SLUTDATO,
                                k.BESKRIVELSE,
                                k.LAENGDE_I_DAGE,
                                k.KURSUS_TYPE,
                                dansk(k.OPRETTET_TIDSPUNKT),
                                dansk(k.OPDATERET_TIDSPUNKT))
                        .from(k)
                        .where(k.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(k.POSITION),
                mapping((titel, slutdato, beskrivelse, dage, type, oprettet, opdateret) -> new KursusDto(
                                titel, slutdato)
                        .beskrivelse(beskrivelse)
                        .laengdeIDage(dage)
                        .kursusType(type)
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                rows -> new KursusstrukturDto().kursussamling(rows));
    }

    private static SelectField<JoboenskestrukturDto> joboenskestruktur() {
        var j = LETASYL_JOBOENSKE;
        return samling(
                select(
                                j.CONCEPT_URI_DA,
                                j.HAR_UDDANNELSE,
                                j.MAANEDER_MED_ERFARING,
                                j.ALIAS_IDENTIFIER,
                                j.AAR_SIDST_BRUGT,
                                dansk(j.OPRETTET_TIDSPUNKT),
                                dansk(j.OPDATERET_TIDSPUNKT))
                        .from(j)
                        .where(j.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(j.POSITION),
                mapping((concept, uddannelse, maaneder, alias, aar, oprettet, opdateret) -> new JoboenskeDto(
                                concept, uddannelse, maaneder)
                        .aliasIdentifier(alias)
                        .aarSidstBrugt(aar)
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                JoboenskestrukturDto::new);
    }

    private static SelectField<UddannelsesstrukturDto> uddannelsesstruktur() {
        var u = LETASYL_UDDANNELSE;
        return samling(
                select(
                                u.TITEL,
                                u.UDDANNELSESNIVEAU_TYPE,
                                u.BESKRIVELSE,
                                u.UDDANNELSESSTED,
                                u.STARTDATO,
                                u.SLUTDATO,
                                u.UDDANNELSES_TYPE,
                                dansk(u.OPRETTET_TIDSPUNKT),
                                dansk(u.OPDATERET_TIDSPUNKT))
                        .from(u)
                        .where(u.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(u.POSITION),
                mapping((titel, niveau, beskrivelse, sted, start, slut, type, oprettet, opdateret) -> new UddannelseDto(
                                titel, EducationLevelTypeCodeList.fromValue(niveau))
                        .beskrivelse(beskrivelse)
                        .uddannelsessted(sted)
                        .startdato(start)
                        .slutdato(slut)
                        .uddannelsesType(type)
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                rows -> new UddannelsesstrukturDto().uddannelsessamling(rows));
    }

    private static SelectField<SprogstrukturDto> sprogstruktur() {
        var tegn = LETASYL_TEGNSPROG;
        var tale = LETASYL_TALESPROG;
        return row(
                        multiset(select(
                                                tegn.TEGNSPROG_TYPE,
                                                dansk(tegn.OPRETTET_TIDSPUNKT),
                                                dansk(tegn.OPDATERET_TIDSPUNKT))
                                        .from(tegn)
                                        .where(tegn.CPR.eq(LETASYL_CV.CPR))
                                        .orderBy(tegn.POSITION))
                                .convertFrom(rows -> rows.map(mapping((type, oprettet, opdateret) -> new TegnsprogDto(
                                                SignLanguageTypeCodeList.fromValue(type))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret)))),
                        multiset(select(
                                                tale.SPROGKODE,
                                                tale.LAESENIVEAU_TYPE,
                                                tale.TALENIVEAU_TYPE,
                                                tale.SKRIVENIVEAU_TYPE,
                                                tale.TALEFORSTAAELSESNIVEAU_TYPE,
                                                dansk(tale.OPRETTET_TIDSPUNKT),
                                                dansk(tale.OPDATERET_TIDSPUNKT))
                                        .from(tale)
                                        .where(tale.CPR.eq(LETASYL_CV.CPR))
                                        .orderBy(tale.POSITION))
                                .convertFrom(rows -> rows.map(
                                        mapping((sprogkode, laese, tal, skrive, forstaaelse, oprettet, opdateret) ->
                                                new TalesprogDto(
                                                                sprogkode,
                                                                LanguageSkillLevelTypeCodeList.fromValue(laese),
                                                                LanguageSkillLevelTypeCodeList.fromValue(tal),
                                                                LanguageSkillLevelTypeCodeList.fromValue(skrive),
                                                                LanguageSkillLevelTypeCodeList.fromValue(forstaaelse))
                                                        .oprettetTidspunkt(oprettet)
                                                        .opdateretTidspunkt(opdateret)))))
                .mapping((tegnsprog, talesprog) -> tegnsprog.isEmpty() && talesprog.isEmpty()
                        ? null
                        : new SprogstrukturDto()
                                .tegnsprogssamling(orNull(tegnsprog))
                                .talesprogssamling(orNull(talesprog)));
    }

    /** koerekortstruktur (1): always present, its collection possibly empty. */
    private static SelectField<KoerekortsstrukturDto> koerekortstruktur() {
        var info = LETASYL_KOEREKORTSINFO;
        var k = LETASYL_KOEREKORT;
        return row(
                        row(info.HAR_KOEREKORT, dansk(info.OPRETTET_TIDSPUNKT), dansk(info.OPDATERET_TIDSPUNKT))
                                .mapping((harKoerekort, oprettet, opdateret) -> harKoerekort == null
                                        ? null
                                        : new KoerekortsInfoDto(harKoerekort)
                                                .oprettetTidspunkt(oprettet)
                                                .opdateretTidspunkt(opdateret)),
                        multiset(select(k.KOEREKORT_TYPE, dansk(k.OPRETTET_TIDSPUNKT), dansk(k.OPDATERET_TIDSPUNKT))
                                        .from(k)
                                        .where(k.CPR.eq(LETASYL_CV.CPR))
                                        .orderBy(k.POSITION))
                                .convertFrom(rows -> rows.map(mapping((type, oprettet, opdateret) -> new KoerekortDto(
                                                DriverLicenseTypeCodeList.fromValue(type))
                                        .oprettetTidspunkt(oprettet)
                                        .opdateretTidspunkt(opdateret)))))
                .mapping((koerekortsInfo, koerekort) ->
                        new KoerekortsstrukturDto(koerekort).koerekortsInfo(koerekortsInfo));
    }

    private static SelectField<CertificeringsstrukturDto> certificeringsstruktur() {
        var c = LETASYL_CERTIFICERING;
        return samling(
                select(
                                c.TITEL,
                                c.CERTIFICERINGS_TYPE,
                                c.BESKRIVELSE,
                                c.GYLDIG_TIL_DATO,
                                dansk(c.OPRETTET_TIDSPUNKT),
                                dansk(c.OPDATERET_TIDSPUNKT))
                        .from(c)
                        .where(c.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(c.POSITION),
                mapping((titel, type, beskrivelse, gyldigTil, oprettet, opdateret) -> new CertificeringDto(titel)
                        .certificeringsType(type)
                        .beskrivelse(beskrivelse)
                        .gyldigTilDato(gyldigTil)
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                rows -> new CertificeringsstrukturDto().certificeringssamling(rows));
    }

    private static SelectField<CvReferencestrukturDto> cvReferencestruktur() {
        var r = LETASYL_CV_REFERENCE;
        return samling(
                select(r.TITEL, r.REFERENCE_URL, dansk(r.OPRETTET_TIDSPUNKT), dansk(r.OPDATERET_TIDSPUNKT))
                        .from(r)
                        .where(r.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(r.POSITION),
                mapping((titel, url, oprettet, opdateret) -> new CvReferenceDto(titel, URI.create(url))
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                rows -> new CvReferencestrukturDto().referencesamling(rows));
    }

    private static SelectField<FrivilligtArbejdestrukturDto> frivilligtArbejdestruktur() {
        var f = LETASYL_FRIVILLIGT_ARBEJDE;
        return samling(
                select(
                                f.TITEL,
                                dansk(f.STARTTIDSPUNKT),
                                f.STED,
                                f.BESKRIVELSE,
                                dansk(f.SLUTTIDSPUNKT),
                                dansk(f.OPRETTET_TIDSPUNKT),
                                dansk(f.OPDATERET_TIDSPUNKT))
                        .from(f)
                        .where(f.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(f.POSITION),
                mapping((titel, start, sted, beskrivelse, slut, oprettet, opdateret) -> new FrivilligtArbejdeDto(
                                titel, start)
                        .sted(sted)
                        .beskrivelse(beskrivelse)
                        .sluttidspunkt(slut)
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                rows -> new FrivilligtArbejdestrukturDto().frivilligtArbejdeSamling(rows));
    }

    private static SelectField<AndenErfaringstrukturDto> andenErfaringstruktur() {
        var a = LETASYL_ANDEN_ERFARING;
        return row(a.BESKRIVELSE, dansk(a.OPRETTET_TIDSPUNKT), dansk(a.OPDATERET_TIDSPUNKT))
                .mapping((beskrivelse, oprettet, opdateret) -> beskrivelse == null
                        ? null
                        : new AndenErfaringstrukturDto(beskrivelse)
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret));
    }

    private static SelectField<FagligProfilstrukturDto> fagligProfilstruktur() {
        var f = LETASYL_FAGLIG_PROFIL;
        return row(f.FAGLIG_PROFIL, dansk(f.OPRETTET_TIDSPUNKT), dansk(f.OPDATERET_TIDSPUNKT))
                .mapping((profil, oprettet, opdateret) -> profil == null
                        ? null
                        : new FagligProfilstrukturDto(profil)
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret));
    }

    private static SelectField<KompetencestrukturDto> kompetencestruktur() {
        var k = LETASYL_KOMPETENCE;
        return samling(
                select(k.TITEL, k.DISCO_WEB_IDENTIFIER, dansk(k.OPRETTET_TIDSPUNKT), dansk(k.OPDATERET_TIDSPUNKT))
                        .from(k)
                        .where(k.CPR.eq(LETASYL_CV.CPR))
                        .orderBy(k.POSITION),
                mapping((titel, disco, oprettet, opdateret) -> new KompetenceDto(titel)
                        .discoWebIdentifier(disco)
                        .oprettetTidspunkt(oprettet)
                        .opdateretTidspunkt(opdateret)),
                rows -> new KompetencestrukturDto().kompetencesamling(rows));
    }

    /** tidligereArbejdserfaringsstruktur (0-1): present with its info row or with any of its rows. */
    private static SelectField<TidligereArbejdserfaringsstrukturDto> tidligereArbejdserfaringsstruktur() {
        var info = LETASYL_TIDLIGERE_ARBEJDSERFARINGSINFO;
        var t = LETASYL_TIDLIGERE_ARBEJDSERFARING;
        return row(
                        row(
                                        info.HAR_TIDLIGERE_ARBEJDSERFARING,
                                        dansk(info.OPRETTET_TIDSPUNKT),
                                        dansk(info.OPDATERET_TIDSPUNKT))
                                .mapping((har, oprettet, opdateret) -> har == null
                                        ? null
                                        : new TidligereArbejdserfaringsStatusDto(har)
                                                .oprettetTidspunkt(oprettet)
                                                .opdateretTidspunkt(opdateret)),
                        multiset(select(
                                                t.TITEL,
                                                dansk(t.STARTTIDSPUNKT),
                                                t.CONCEPT_URI_DA,
                                                t.ALIAS_IDENTIFIER,
                                                t.ARBEJDSGIVERNAVN,
                                                t.BESKRIVELSE,
                                                t.OPNAAET_FAERDIGHED,
                                                dansk(t.SLUTTIDSPUNKT),
                                                dansk(t.OPRETTET_TIDSPUNKT),
                                                dansk(t.OPDATERET_TIDSPUNKT))
                                        .from(t)
                                        .where(t.CPR.eq(LETASYL_CV.CPR))
                                        .orderBy(t.POSITION))
                                .convertFrom(rows -> rows.map(mapping(
                                        (titel,
                                                start,
                                                concept,
                                                alias,
                                                arbejdsgiver,
                                                beskrivelse,
                                                faerdighed,
                                                slut,
                                                oprettet,
                                                opdateret) -> new TidligereArbejdserfaringDto(titel, start)
                                                .conceptUriDa(concept)
                                                .aliasIdentifier(alias)
                                                .arbejdsgivernavn(arbejdsgiver)
                                                .beskrivelse(beskrivelse)
                                                .opnaaetFaerdighed(faerdighed)
                                                .sluttidspunkt(slut)
                                                .oprettetTidspunkt(oprettet)
                                                .opdateretTidspunkt(opdateret)))))
                .mapping((status, erfaringer) -> status == null && erfaringer.isEmpty()
                        ? null
                        : new TidligereArbejdserfaringsstrukturDto()
                                .tidligereArbejdserfaringsInfo(status)
                                .tidligereArbejdserfaringSamling(orNull(erfaringer)));
    }

    private static SelectField<CvStatusstrukturDto> cvStatusstruktur() {
        var s = LETASYL_CV_STATUS;
        return row(
                        s.CV_STATUS_TYPE,
                        s.KOMMENTAR,
                        dansk(s.HAENDELSESTIDSPUNKT),
                        dansk(s.OPRETTET_TIDSPUNKT),
                        dansk(s.OPDATERET_TIDSPUNKT))
                .mapping((type, kommentar, haendelse, oprettet, opdateret) -> type == null
                        ? null
                        : new CvStatusstrukturDto(CvStatusTypeCodeList.fromValue(type))
                                .kommentar(kommentar)
                                .haendelsestidspunkt(haendelse)
                                .oprettetTidspunkt(oprettet)
                                .opdateretTidspunkt(opdateret));
    }

    /**
     * A collection structure (0-1): the rows of the select, each mapped to its item, wrapped in the structure;
     * absent (null) when there are no rows, as the document leaves an empty optional structure out.
     */
    private static <R extends Record, T, S> Field<S> samling(
            Select<R> rows, RecordMapper<R, T> item, Function<List<T>, S> struktur) {
        return multiset(rows).convertFrom(result -> {
            List<T> items = result.map(item);
            return items.isEmpty() ? null : struktur.apply(items);
        });
    }

    /**
     * A timestamp in Danish time, read as microseconds since the epoch: inside a multiset the database writes a
     * timestamp as JSON text, which jOOQ parses by trying one format after another (an exception for each miss),
     * a fifth of GetLetAsylCv's CPU time (benchmarks/README.md); a number is read as it is. PostgreSQL keeps
     * microseconds, so nothing is lost.
     */
    private static Field<OffsetDateTime> dansk(Field<OffsetDateTime> tidspunkt) {
        return field("(extract(epoch from {0}) * 1000000)::bigint", SQLDataType.BIGINT, tidspunkt)
                .convertFrom(LetAsylCvRepository::danskTid);
    }

    private static @Nullable OffsetDateTime danskTid(@Nullable Long mikrosekunder) {
        return mikrosekunder == null ? null : DanskTid.af(Instant.EPOCH.plus(mikrosekunder, ChronoUnit.MICROS));
    }

    /** An optional collection (0-1) is absent, not empty, when it has no rows. */
    private static <T> @Nullable List<T> orNull(List<T> rows) {
        return rows.isEmpty() ? null : rows;
    }
}
