-- STAR Virksomhedsindsats.VirksomhedLoginService: companies (a CVR registry extract) and the
-- first and latest login of each company on Jobnet for Arbejdsgivere.
CREATE SCHEMA star;

CREATE TABLE star.virksomhed (
    cvr_nummer CHAR(8)      NOT NULL,
    navn       VARCHAR(200) NOT NULL,
    CONSTRAINT virksomhed_pk PRIMARY KEY (cvr_nummer),
    CONSTRAINT virksomhed_cvr_format CHECK (cvr_nummer ~ '^[0-9]{8}$')
);

CREATE TABLE star.virksomhed_login (
    cvr_nummer                CHAR(8)                  NOT NULL,
    tidligste_login_tidspunkt TIMESTAMP WITH TIME ZONE NOT NULL,
    seneste_login_tidspunkt   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT virksomhed_login_pk PRIMARY KEY (cvr_nummer),
    CONSTRAINT virksomhed_login_virksomhed_fk FOREIGN KEY (cvr_nummer) REFERENCES star.virksomhed (cvr_nummer),
    CONSTRAINT virksomhed_login_order CHECK (tidligste_login_tidspunkt <= seneste_login_tidspunkt)
);
