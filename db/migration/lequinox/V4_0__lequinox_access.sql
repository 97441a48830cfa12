-- Lequinox CDI server API: the companies, their applications (each identified by its integration API
-- key), the personal identities of each company, and the accesses that link a user's personal identity
-- to an application. Global IDs are <company ID>.<8>.<8>, letters and digits (design.md §5.4).
CREATE SCHEMA lequinox;

CREATE TABLE lequinox.company (
    id   VARCHAR(4)   NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT company_pk PRIMARY KEY (id),
    CONSTRAINT company_id_format CHECK (id ~ '^[A-Za-z0-9]{4}$')
);

-- An application of a company. The key is a secret: only its SHA-256 digest is stored, the form the key
-- can be looked up by (a request carries nothing else to find the application with), in lower-case hex. The agreement is
-- the user agreement an access of this application is activated under.
CREATE TABLE lequinox.application (
    id                VARCHAR(22)  NOT NULL,
    company_id        VARCHAR(4)   NOT NULL,
    name              VARCHAR(200) NOT NULL,
    key_sha256        CHAR(64)     NOT NULL,
    agreement_title   VARCHAR(200) NOT NULL,
    agreement_content TEXT         NOT NULL,
    CONSTRAINT application_pk PRIMARY KEY (id),
    CONSTRAINT application_company_fk FOREIGN KEY (company_id) REFERENCES lequinox.company (id),
    CONSTRAINT application_key_uk UNIQUE (key_sha256),
    CONSTRAINT application_key_sha256 CHECK (key_sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT application_id_format CHECK (id ~ '^[A-Za-z0-9]{4}\.[A-Za-z0-9]{8}\.[A-Za-z0-9]{8}$')
);

-- Personal identities (ExternalPersonalIdentity): the lengths are the documented ones (firstName and
-- lastName 50, emailAddress 100).
CREATE TABLE lequinox.personal_identity (
    id            VARCHAR(22)              NOT NULL,
    company_id    VARCHAR(4)               NOT NULL,
    first_name    VARCHAR(50)              NOT NULL,
    last_name     VARCHAR(50)              NOT NULL,
    email_address VARCHAR(100)             NOT NULL,
    managed       BOOLEAN                  NOT NULL,
    state         VARCHAR(11)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT personal_identity_pk PRIMARY KEY (id),
    CONSTRAINT personal_identity_company_uk UNIQUE (id, company_id),
    CONSTRAINT personal_identity_company_fk FOREIGN KEY (company_id) REFERENCES lequinox.company (id),
    CONSTRAINT personal_identity_id_format CHECK (id ~ '^[A-Za-z0-9]{4}\.[A-Za-z0-9]{8}\.[A-Za-z0-9]{8}$'),
    CONSTRAINT personal_identity_id_company CHECK (substring(id, 1, 4) = company_id),
    CONSTRAINT personal_identity_state CHECK (state IN ('INVITED', 'ACTIVE', 'DEACTIVATED'))
);

-- Accesses. The personal identity is the company's own (composite key); the corporate ID is a role
-- account's ID, possibly on another platform, so it refers to nothing here. Fields without a documented
-- length have none.
CREATE TABLE lequinox.access (
    id                  VARCHAR(22)              NOT NULL,
    company_id          VARCHAR(4)               NOT NULL,
    application_id      VARCHAR(22)              NOT NULL,
    type                VARCHAR(9)               NOT NULL,
    private_id          VARCHAR(22)              NOT NULL,
    corporate_id        TEXT,
    corporate_name      TEXT,
    corporate_role_name TEXT,
    first_name          TEXT                     NOT NULL,
    last_name           TEXT                     NOT NULL,
    managed             BOOLEAN                  NOT NULL,
    state               VARCHAR(11)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When the platform last signed the application's user agreement for the user and activated the access.
    activated_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT access_pk PRIMARY KEY (id),
    CONSTRAINT access_company_fk FOREIGN KEY (company_id) REFERENCES lequinox.company (id),
    CONSTRAINT access_application_fk FOREIGN KEY (application_id) REFERENCES lequinox.application (id),
    CONSTRAINT access_private_id_fk FOREIGN KEY (private_id, company_id)
        REFERENCES lequinox.personal_identity (id, company_id),
    CONSTRAINT access_id_format CHECK (id ~ '^[A-Za-z0-9]{4}\.[A-Za-z0-9]{8}\.[A-Za-z0-9]{8}$'),
    CONSTRAINT access_id_company CHECK (substring(id, 1, 4) = company_id),
    CONSTRAINT access_type CHECK (type IN ('PRIVATE', 'CORPORATE')),
    CONSTRAINT access_state CHECK (state IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
    CONSTRAINT access_corporate_id CHECK ((type = 'CORPORATE') = (corporate_id IS NOT NULL)),
    CONSTRAINT access_corporate_only CHECK (type = 'CORPORATE' OR (corporate_name IS NULL AND corporate_role_name IS NULL)),
    CONSTRAINT access_user_managed_invited CHECK (managed OR state = 'INVITED'),
    CONSTRAINT access_activated CHECK (state = 'INVITED' OR activated_at IS NOT NULL)
);

CREATE INDEX access_private_id_ix ON lequinox.access (private_id, company_id);
