-- STAR LetAsylCv: the CV an asylum operator records in LetAsyl, one table per structure of
-- GetLetAsylCvResponseDto, keyed by the citizen's CPR number. Lengths and code lists are the document's.
-- A 1:1 structure is a row keyed by the CPR number (its absence = the optional structure is absent);
-- a collection is rows ordered by position. The document's oprettet/opdateretTidspunkt are kept per row.

CREATE TABLE star.letasyl_cv (
    cpr        CHAR(10)                 NOT NULL,
    registreret TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT letasyl_cv_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_cv_cpr_format CHECK (cpr ~ '^[0-9]{10}$')
);

-- cvProfilstruktur (0-1): present when its cvStamprofilstruktur is.
CREATE TABLE star.letasyl_stamprofil (
    cpr                 CHAR(10) NOT NULL,
    foedselsdato        DATE     NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_stamprofil_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_stamprofil_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_navn (
    cpr                 CHAR(10)    NOT NULL,
    fornavne            VARCHAR(50) NOT NULL,
    mellemnavn          VARCHAR(40),
    efternavn           VARCHAR(40) NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_navn_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_navn_stamprofil_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_stamprofil (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_adresse (
    cpr                        CHAR(10)    NOT NULL,
    navne_og_adressebeskyttelse BOOLEAN    NOT NULL,
    co_navn                    VARCHAR(75),
    vejnavn                    VARCHAR(40) NOT NULL,
    husnummer                  VARCHAR(9)  NOT NULL,
    etage                      VARCHAR(2),
    side_doer                  VARCHAR(4),
    bynavn                     VARCHAR(34),
    postnummer                 CHAR(4)     NOT NULL,
    postdistrikt               VARCHAR(20) NOT NULL,
    kommunekode                INTEGER     NOT NULL,
    dar_adresse                UUID,
    oprettet_tidspunkt         TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_adresse_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_adresse_stamprofil_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_stamprofil (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_borgerkontakt (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                  CHAR(10)     NOT NULL,
    position             SMALLINT     NOT NULL,
    borgerkontaktdata    VARCHAR(254),
    borgerkontaktdata_type VARCHAR(20) NOT NULL,
    CONSTRAINT letasyl_borgerkontakt_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_borgerkontakt_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_borgerkontakt_stamprofil_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_stamprofil (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_borgerkontakt_type CHECK (borgerkontaktdata_type IN ('Mobiltelefon', 'Fastnettelefon', 'Email'))
);

CREATE TABLE star.letasyl_jobcenter (
    cpr          CHAR(10) NOT NULL,
    jobcenter_id INTEGER  NOT NULL,
    CONSTRAINT letasyl_jobcenter_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_jobcenter_stamprofil_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_stamprofil (cpr) ON DELETE CASCADE
);

-- kursusstruktur (0-1): present when the citizen has courses.
CREATE TABLE star.letasyl_kursus (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)      NOT NULL,
    position            SMALLINT      NOT NULL,
    titel               VARCHAR(100)  NOT NULL,
    beskrivelse         VARCHAR(2000),
    laengde_i_dage      INTEGER,
    slutdato            DATE          NOT NULL,
    kursus_type         INTEGER,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_kursus_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_kursus_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_kursus_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_kursus_laengde CHECK (laengde_i_dage BETWEEN 1 AND 9999)
);

CREATE TABLE star.letasyl_joboenske (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                   CHAR(10) NOT NULL,
    position              SMALLINT NOT NULL,
    concept_uri_da        TEXT     NOT NULL,
    alias_identifier      UUID,
    aar_sidst_brugt       INTEGER,
    har_uddannelse        BOOLEAN  NOT NULL,
    maaneder_med_erfaring INTEGER  NOT NULL,
    oprettet_tidspunkt    TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_joboenske_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_joboenske_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_joboenske_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_joboenske_concept CHECK (length(concept_uri_da) >= 1)
);

CREATE TABLE star.letasyl_uddannelse (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                     CHAR(10)      NOT NULL,
    position                SMALLINT      NOT NULL,
    titel                   VARCHAR(250)  NOT NULL,
    beskrivelse             VARCHAR(2000),
    uddannelsessted         VARCHAR(100),
    startdato               DATE,
    slutdato                DATE,
    uddannelses_type        INTEGER,
    uddannelsesniveau_type  VARCHAR(30)   NOT NULL,
    oprettet_tidspunkt      TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_uddannelse_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_uddannelse_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_uddannelse_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_uddannelse_niveau CHECK (uddannelsesniveau_type IN ('Grundskole', 'Gymnasial',
        'Erhvervsfaglig', 'KortVideregaaende', 'MellemlangVideregaaende', 'Bachelor', 'LangVideregaaende',
        'Forskeruddannelse'))
);

-- sprogstruktur (0-1): present when the citizen has a sign language or a spoken language.
CREATE TABLE star.letasyl_tegnsprog (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)    NOT NULL,
    position            SMALLINT    NOT NULL,
    tegnsprog_type      VARCHAR(30) NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_tegnsprog_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_tegnsprog_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_tegnsprog_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_tegnsprog_type CHECK (tegnsprog_type IN ('DanskTegnsprog', 'InternationaltTegnsprog',
        'AndetTegnsprog'))
);

CREATE TABLE star.letasyl_talesprog (
    id                          BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                         CHAR(10)    NOT NULL,
    position                    SMALLINT    NOT NULL,
    sprogkode                   INTEGER     NOT NULL,
    laeseniveau_type            VARCHAR(20) NOT NULL,
    taleniveau_type             VARCHAR(20) NOT NULL,
    skriveniveau_type           VARCHAR(20) NOT NULL,
    taleforstaaelsesniveau_type VARCHAR(20) NOT NULL,
    oprettet_tidspunkt          TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_talesprog_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_talesprog_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_talesprog_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_talesprog_niveauer CHECK (
        laeseniveau_type IN ('Begynder', 'Mellem', 'Flydende', 'Modersmaal')
        AND taleniveau_type IN ('Begynder', 'Mellem', 'Flydende', 'Modersmaal')
        AND skriveniveau_type IN ('Begynder', 'Mellem', 'Flydende', 'Modersmaal')
        AND taleforstaaelsesniveau_type IN ('Begynder', 'Mellem', 'Flydende', 'Modersmaal'))
);

-- koerekortstruktur (1): always present; its koerekortsInfo (0-1) is a row of its own.
CREATE TABLE star.letasyl_koerekortsinfo (
    cpr                 CHAR(10) NOT NULL,
    har_koerekort       BOOLEAN  NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_koerekortsinfo_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_koerekortsinfo_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_koerekort (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)    NOT NULL,
    position            SMALLINT    NOT NULL,
    koerekort_type      VARCHAR(20) NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_koerekort_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_koerekort_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_koerekort_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_koerekort_type CHECK (koerekort_type IN ('AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C',
        'CE', 'D1', 'D1E', 'D', 'DE', 'TraktorMotorredskab'))
);

CREATE TABLE star.letasyl_certificering (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)      NOT NULL,
    position            SMALLINT      NOT NULL,
    titel               VARCHAR(100)  NOT NULL,
    certificerings_type INTEGER,
    beskrivelse         VARCHAR(2000),
    gyldig_til_dato     DATE,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_certificering_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_certificering_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_certificering_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_cv_reference (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)      NOT NULL,
    position            SMALLINT      NOT NULL,
    titel               VARCHAR(100)  NOT NULL,
    reference_url       VARCHAR(1024) NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_cv_reference_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_cv_reference_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_cv_reference_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_frivilligt_arbejde (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)      NOT NULL,
    position            SMALLINT      NOT NULL,
    titel               VARCHAR(100)  NOT NULL,
    sted                VARCHAR(100),
    beskrivelse         VARCHAR(2000),
    starttidspunkt      TIMESTAMP WITH TIME ZONE NOT NULL,
    sluttidspunkt       TIMESTAMP WITH TIME ZONE,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_frivilligt_arbejde_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_frivilligt_arbejde_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_frivilligt_arbejde_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

-- andenErfaringstruktur (1) and fagligProfilstruktur (1): required, every CV has one of each.
CREATE TABLE star.letasyl_anden_erfaring (
    cpr                 CHAR(10)      NOT NULL,
    beskrivelse         VARCHAR(2000) NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_anden_erfaring_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_anden_erfaring_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_anden_erfaring_beskrivelse CHECK (length(beskrivelse) >= 1)
);

CREATE TABLE star.letasyl_faglig_profil (
    cpr                 CHAR(10)      NOT NULL,
    faglig_profil       VARCHAR(2000) NOT NULL,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_faglig_profil_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_faglig_profil_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_faglig_profil_tekst CHECK (length(faglig_profil) >= 1)
);

CREATE TABLE star.letasyl_kompetence (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                   CHAR(10)     NOT NULL,
    position              SMALLINT     NOT NULL,
    titel                 VARCHAR(100) NOT NULL,
    disco_web_identifier  INTEGER,
    oprettet_tidspunkt    TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_kompetence_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_kompetence_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_kompetence_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

-- tidligereArbejdserfaringsstruktur (0-1): present when its info row or any of its rows is.
CREATE TABLE star.letasyl_tidligere_arbejdserfaringsinfo (
    cpr                           CHAR(10) NOT NULL,
    har_tidligere_arbejdserfaring BOOLEAN  NOT NULL,
    oprettet_tidspunkt            TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_tidligere_arbejdserfaringsinfo_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_tidligere_arbejdserfaringsinfo_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

CREATE TABLE star.letasyl_tidligere_arbejdserfaring (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY,
    cpr                 CHAR(10)      NOT NULL,
    position            SMALLINT      NOT NULL,
    titel               VARCHAR(100)  NOT NULL,
    concept_uri_da      TEXT,
    alias_identifier    UUID,
    arbejdsgivernavn    VARCHAR(100),
    beskrivelse         VARCHAR(2000),
    opnaaet_faerdighed  VARCHAR(2000),
    starttidspunkt      TIMESTAMP WITH TIME ZONE NOT NULL,
    sluttidspunkt       TIMESTAMP WITH TIME ZONE,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_tidligere_arbejdserfaring_pk PRIMARY KEY (id),
    CONSTRAINT letasyl_tidligere_arbejdserfaring_position_uk UNIQUE (cpr, position),
    CONSTRAINT letasyl_tidligere_arbejdserfaring_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);

-- cvStatusstruktur (1): required.
CREATE TABLE star.letasyl_cv_status (
    cpr                 CHAR(10)    NOT NULL,
    cv_status_type      VARCHAR(30) NOT NULL,
    kommentar           VARCHAR(400),
    haendelsestidspunkt TIMESTAMP WITH TIME ZONE,
    oprettet_tidspunkt  TIMESTAMP WITH TIME ZONE,
    opdateret_tidspunkt TIMESTAMP WITH TIME ZONE,
    CONSTRAINT letasyl_cv_status_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_cv_status_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE,
    CONSTRAINT letasyl_cv_status_type CHECK (cv_status_type IN ('KlarTilKvalitetssikring', 'Godkendt', 'EjGodkendt')),
    CONSTRAINT letasyl_cv_status_kommentar CHECK (length(kommentar) >= 1)
);

-- OverfoerLetAsylCv: the latest transfer of each citizen's LetAsyl CV into the Jobnet CV, as a snapshot of
-- the document (GetLetAsylCvResponseDto, JSON) at the time of the transfer.
CREATE TABLE star.letasyl_overfoersel (
    cpr                 CHAR(10)    NOT NULL,
    request_id          VARCHAR(46) NOT NULL,
    overfoert_tidspunkt TIMESTAMP WITH TIME ZONE NOT NULL,
    cv_snapshot         JSONB       NOT NULL,
    CONSTRAINT letasyl_overfoersel_pk PRIMARY KEY (cpr),
    CONSTRAINT letasyl_overfoersel_cv_fk FOREIGN KEY (cpr) REFERENCES star.letasyl_cv (cpr) ON DELETE CASCADE
);
