-- HELIUM V UserApi: who may log on (ERP users, customer contacts of the partlist app, staff with an
-- ID card), in which client (Mandant) and language, the sessions the logons open, and the failed
-- logons that throttle further attempts. Names follow HELIUM V's own (German) terms.
CREATE SCHEMA heliumv;

-- Languages of the system (LP_LOCALE): language + country, 4 letters, as localeString carries them.
CREATE TABLE heliumv.locale (
    cnr   CHAR(4) NOT NULL,
    aktiv BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT locale_pk PRIMARY KEY (cnr),
    CONSTRAINT locale_format CHECK (cnr ~ '^[a-z]{2}[A-Z]{2}$')
);

INSERT INTO heliumv.locale (cnr) VALUES
    ('deAT'), ('deDE'), ('deCH'), ('enUS'), ('enGB'), ('itIT'), ('plPL');

-- Clients (Mandanten). One is the main client (Hauptmandant); without the multilingual feature
-- (Mehrsprachigkeit) a client accepts only its own language.
CREATE TABLE heliumv.mandant (
    cnr          VARCHAR(3)  NOT NULL,
    kbez         VARCHAR(40) NOT NULL,
    locale       CHAR(4)     NOT NULL,
    hauptmandant BOOLEAN     NOT NULL DEFAULT FALSE,
    mehrsprachig BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT mandant_pk PRIMARY KEY (cnr),
    CONSTRAINT mandant_locale_fk FOREIGN KEY (locale) REFERENCES heliumv.locale (cnr)
);

CREATE UNIQUE INDEX mandant_ein_hauptmandant ON heliumv.mandant (hauptmandant) WHERE hauptmandant;

-- ERP users (LP_BENUTZER) and the clients they have rights in (Benutzermandant).
CREATE TABLE heliumv.benutzer (
    id              BIGINT GENERATED ALWAYS AS IDENTITY,
    kennung         VARCHAR(40)  NOT NULL,
    kennwort_hash   VARCHAR(255) NOT NULL,
    gesperrt        BOOLEAN      NOT NULL DEFAULT FALSE,
    gueltig_bis     TIMESTAMP WITH TIME ZONE,
    default_mandant VARCHAR(3),
    CONSTRAINT benutzer_pk PRIMARY KEY (id),
    CONSTRAINT benutzer_kennung_uk UNIQUE (kennung),
    CONSTRAINT benutzer_default_mandant_fk FOREIGN KEY (default_mandant) REFERENCES heliumv.mandant (cnr),
    -- an adaptive hash with its encoder's id ({bcrypt}…), never the password or an MD5
    CONSTRAINT benutzer_kennwort_hash CHECK (kennwort_hash LIKE '{%}%')
);

CREATE TABLE heliumv.benutzer_mandant (
    benutzer_id BIGINT     NOT NULL,
    mandant_cnr VARCHAR(3) NOT NULL,
    CONSTRAINT benutzer_mandant_pk PRIMARY KEY (benutzer_id, mandant_cnr),
    CONSTRAINT benutzer_mandant_benutzer_fk FOREIGN KEY (benutzer_id) REFERENCES heliumv.benutzer (id) ON DELETE CASCADE,
    CONSTRAINT benutzer_mandant_mandant_fk FOREIGN KEY (mandant_cnr) REFERENCES heliumv.mandant (cnr)
);

-- Partners, their contacts (Ansprechpartner, who log on to the partlist app by e-mail), the clients
-- in which a partner is a customer (Kunde), and the customers' partlists (Kundenstücklisten).
CREATE TABLE heliumv.partner (
    id   BIGINT GENERATED ALWAYS AS IDENTITY,
    name VARCHAR(80) NOT NULL,
    CONSTRAINT partner_pk PRIMARY KEY (id)
);

CREATE TABLE heliumv.ansprechpartner (
    id            BIGINT GENERATED ALWAYS AS IDENTITY,
    partner_id    BIGINT       NOT NULL,
    email         VARCHAR(80)  NOT NULL,
    kennwort_hash VARCHAR(255) NOT NULL,
    CONSTRAINT ansprechpartner_pk PRIMARY KEY (id),
    CONSTRAINT ansprechpartner_partner_fk FOREIGN KEY (partner_id) REFERENCES heliumv.partner (id) ON DELETE CASCADE,
    -- stored lower-case: one contact per address, whatever case the app sends
    CONSTRAINT ansprechpartner_email_uk UNIQUE (email),
    CONSTRAINT ansprechpartner_email_lower CHECK (email = lower(email)),
    CONSTRAINT ansprechpartner_kennwort_hash CHECK (kennwort_hash LIKE '{%}%')
);

CREATE TABLE heliumv.kunde (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    partner_id  BIGINT     NOT NULL,
    mandant_cnr VARCHAR(3) NOT NULL,
    CONSTRAINT kunde_pk PRIMARY KEY (id),
    CONSTRAINT kunde_partner_mandant_uk UNIQUE (partner_id, mandant_cnr),
    CONSTRAINT kunde_partner_fk FOREIGN KEY (partner_id) REFERENCES heliumv.partner (id) ON DELETE CASCADE,
    CONSTRAINT kunde_mandant_fk FOREIGN KEY (mandant_cnr) REFERENCES heliumv.mandant (cnr)
);

CREATE TABLE heliumv.stueckliste (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    kunde_id    BIGINT      NOT NULL,
    nummer      VARCHAR(25) NOT NULL,
    bezeichnung VARCHAR(80) NOT NULL,
    CONSTRAINT stueckliste_pk PRIMARY KEY (id),
    CONSTRAINT stueckliste_kunde_nummer_uk UNIQUE (kunde_id, nummer),
    CONSTRAINT stueckliste_kunde_fk FOREIGN KEY (kunde_id) REFERENCES heliumv.kunde (id) ON DELETE CASCADE
);

-- Staff (Personal) of a client, with the number of their ID card (Ausweis).
CREATE TABLE heliumv.personal (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    mandant_cnr VARCHAR(3)  NOT NULL,
    ausweis     VARCHAR(20) NOT NULL,
    name        VARCHAR(80) NOT NULL,
    CONSTRAINT personal_pk PRIMARY KEY (id),
    CONSTRAINT personal_mandant_ausweis_uk UNIQUE (mandant_cnr, ausweis),
    CONSTRAINT personal_mandant_fk FOREIGN KEY (mandant_cnr) REFERENCES heliumv.mandant (cnr)
);

-- Sessions (LP_THECLIENT): the token is the key; a session belongs to exactly one kind of logon.
-- It ends by logout (the row goes) or when it has not been used for the idle time.
CREATE TABLE heliumv.sitzung (
    token              UUID        NOT NULL,
    art                VARCHAR(16) NOT NULL,
    mandant_cnr        VARCHAR(3)  NOT NULL,
    locale             CHAR(4)     NOT NULL,
    benutzer_id        BIGINT,
    ansprechpartner_id BIGINT,
    personal_id        BIGINT,
    angemeldet_um      TIMESTAMP WITH TIME ZONE NOT NULL,
    zuletzt_benutzt_um TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sitzung_pk PRIMARY KEY (token),
    CONSTRAINT sitzung_mandant_fk FOREIGN KEY (mandant_cnr) REFERENCES heliumv.mandant (cnr),
    CONSTRAINT sitzung_locale_fk FOREIGN KEY (locale) REFERENCES heliumv.locale (cnr),
    CONSTRAINT sitzung_benutzer_fk FOREIGN KEY (benutzer_id) REFERENCES heliumv.benutzer (id) ON DELETE CASCADE,
    CONSTRAINT sitzung_ansprechpartner_fk FOREIGN KEY (ansprechpartner_id)
        REFERENCES heliumv.ansprechpartner (id) ON DELETE CASCADE,
    CONSTRAINT sitzung_personal_fk FOREIGN KEY (personal_id) REFERENCES heliumv.personal (id) ON DELETE CASCADE,
    CONSTRAINT sitzung_art CHECK (
        (art = 'BENUTZER' AND benutzer_id IS NOT NULL AND ansprechpartner_id IS NULL AND personal_id IS NULL)
        OR (art = 'ANSPRECHPARTNER' AND ansprechpartner_id IS NOT NULL AND benutzer_id IS NULL AND personal_id IS NULL)
        OR (art = 'PERSONAL' AND personal_id IS NOT NULL AND benutzer_id IS NULL AND ansprechpartner_id IS NULL)),
    CONSTRAINT sitzung_zeiten CHECK (angemeldet_um <= zuletzt_benutzt_um)
);

CREATE INDEX sitzung_zuletzt_benutzt_um ON heliumv.sitzung (zuletzt_benutzt_um);

-- Failed-logon throttling, per name within its realm (BENUTZER: username, ANSPRECHPARTNER: e-mail
-- address, AUSWEIS: ID card number). The lock row serialises the attempts on one name across all
-- server instances (it is locked for the length of an attempt); the failures of the window hang
-- off it.
CREATE TABLE heliumv.anmeldesperre (
    bereich         VARCHAR(16)  NOT NULL,
    name            VARCHAR(320) NOT NULL,
    letzter_versuch TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT anmeldesperre_pk PRIMARY KEY (bereich, name),
    CONSTRAINT anmeldesperre_bereich CHECK (bereich IN ('BENUTZER', 'ANSPRECHPARTNER', 'AUSWEIS'))
);

CREATE INDEX anmeldesperre_letzter_versuch ON heliumv.anmeldesperre (letzter_versuch);

CREATE TABLE heliumv.fehlanmeldung (
    bereich   VARCHAR(16)  NOT NULL,
    name      VARCHAR(320) NOT NULL,
    zeitpunkt TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fehlanmeldung_anmeldesperre_fk FOREIGN KEY (bereich, name)
        REFERENCES heliumv.anmeldesperre (bereich, name) ON DELETE CASCADE
);

CREATE INDEX fehlanmeldung_name_zeitpunkt ON heliumv.fehlanmeldung (bereich, name, zeitpunkt);
