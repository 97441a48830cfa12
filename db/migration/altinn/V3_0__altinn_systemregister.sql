-- Altinn 3 system register (the vendor API, design.md §5.3): the systems vendors register, and the
-- two registers they are checked against, Altinn's resource register (AUTH.VLD-00003) and Access
-- Management's access packages (AUTH.VLD-00008). Reference rows come in V3_1.
CREATE SCHEMA altinn;

-- Altinn's resource register, as far as the system register consults it: a right names a resource by
-- its identifier (an Altinn 3 app as app_<org>_<app>).
CREATE TABLE altinn.resource (
    identifier    VARCHAR(255) NOT NULL,
    title         VARCHAR(255) NOT NULL,
    resource_type VARCHAR(64)  NOT NULL,
    CONSTRAINT resource_pk PRIMARY KEY (identifier)
);

-- Access packages with Access Management's two flags. AUTH.VLD-00008 rejects a package that is unknown
-- or not delegable; the six client-relation packages (REGN/REVI/Forretningsfører) are delegable but
-- not assignable.
CREATE TABLE altinn.access_package (
    urn           VARCHAR(255) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    is_delegable  BOOLEAN      NOT NULL,
    is_assignable BOOLEAN      NOT NULL,
    CONSTRAINT access_package_pk PRIMARY KEY (urn)
);

-- Names of organisations from the Central Coordinating Register (Enhetsregisteret), for the vendor name
-- of the vendor's system list.
CREATE TABLE altinn.organisation (
    org_number CHAR(9)      NOT NULL,
    name       VARCHAR(255) NOT NULL,
    CONSTRAINT organisation_pk PRIMARY KEY (org_number),
    CONSTRAINT organisation_number_format CHECK (org_number ~ '^[0-9]{9}$')
);

-- A registered system. The system id is unique for good, deleted systems included (AUTH.VLD-00002):
-- the unique constraint decides between concurrent creates.
CREATE TABLE altinn.registered_system (
    internal_id        UUID                     NOT NULL DEFAULT gen_random_uuid(),
    system_id          VARCHAR(255)             NOT NULL,
    vendor_org_number  VARCHAR(255)             NOT NULL,
    name_nb            TEXT                     NOT NULL,
    name_en            TEXT                     NOT NULL,
    name_nn            TEXT                     NOT NULL,
    description_nb     TEXT                     NOT NULL,
    description_en     TEXT                     NOT NULL,
    description_nn     TEXT                     NOT NULL,
    is_visible         BOOLEAN                  NOT NULL,
    is_deleted         BOOLEAN                  NOT NULL DEFAULT FALSE,
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_changed       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registered_system_pk PRIMARY KEY (internal_id),
    CONSTRAINT registered_system_system_id_uk UNIQUE (system_id)
);

CREATE INDEX registered_system_vendor_ix ON altinn.registered_system (vendor_org_number, system_id);

-- The rights of a system, in the order given; each right is a list of resource attribute pairs.
CREATE TABLE altinn.system_right (
    system_internal_id UUID    NOT NULL,
    position           INTEGER NOT NULL,
    CONSTRAINT system_right_pk PRIMARY KEY (system_internal_id, position),
    CONSTRAINT system_right_system_fk FOREIGN KEY (system_internal_id)
        REFERENCES altinn.registered_system (internal_id) ON DELETE CASCADE
);

CREATE TABLE altinn.system_right_resource (
    system_internal_id UUID    NOT NULL,
    right_position     INTEGER NOT NULL,
    position           INTEGER NOT NULL,
    attribute_id       TEXT    NOT NULL,
    attribute_value    TEXT    NOT NULL,
    CONSTRAINT system_right_resource_pk PRIMARY KEY (system_internal_id, right_position, position),
    CONSTRAINT system_right_resource_right_fk FOREIGN KEY (system_internal_id, right_position)
        REFERENCES altinn.system_right (system_internal_id, position) ON DELETE CASCADE
);

CREATE TABLE altinn.system_access_package (
    system_internal_id UUID    NOT NULL,
    position           INTEGER NOT NULL,
    urn                TEXT    NOT NULL,
    CONSTRAINT system_access_package_pk PRIMARY KEY (system_internal_id, position),
    CONSTRAINT system_access_package_system_fk FOREIGN KEY (system_internal_id)
        REFERENCES altinn.registered_system (internal_id) ON DELETE CASCADE
);

-- Maskinporten client ids: one system per client id (AUTH.VLD-00004), decided by the primary key
-- between concurrent requests. A deleted system's rows are deleted, which frees its client ids.
CREATE TABLE altinn.maskinporten_client (
    client_id          VARCHAR(255) NOT NULL,
    system_internal_id UUID    NOT NULL,
    position           INTEGER NOT NULL,
    CONSTRAINT maskinporten_client_pk PRIMARY KEY (client_id),
    CONSTRAINT maskinporten_client_position_uk UNIQUE (system_internal_id, position),
    CONSTRAINT maskinporten_client_system_fk FOREIGN KEY (system_internal_id)
        REFERENCES altinn.registered_system (internal_id) ON DELETE CASCADE
);

CREATE TABLE altinn.system_redirect_url (
    system_internal_id UUID    NOT NULL,
    position           INTEGER NOT NULL,
    url                TEXT    NOT NULL,
    CONSTRAINT system_redirect_url_pk PRIMARY KEY (system_internal_id, position),
    CONSTRAINT system_redirect_url_system_fk FOREIGN KEY (system_internal_id)
        REFERENCES altinn.registered_system (internal_id) ON DELETE CASCADE
);
