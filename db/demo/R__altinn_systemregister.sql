-- Demo systems of local mode (README "Demo data"): one system of each demo vendor and a deleted one, whose
-- id stays taken (AUTH.VLD-00002). A system is written only when its id is free, so the script changes
-- nothing on a rerun and leaves systems changed through the API as they are. The page's two examples are
-- deliberately absent: the README registers them.
DO $$
DECLARE
    created CONSTANT TIMESTAMP WITH TIME ZONE := '2025-06-18 10:00:00+02';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM altinn.registered_system WHERE system_id = '991825827_tvilling_demo') THEN
        INSERT INTO altinn.registered_system (internal_id, system_id, vendor_org_number,
                name_nb, name_en, name_nn, description_nb, description_en, description_nn,
                is_visible, is_deleted, created, last_changed)
        VALUES ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', '991825827_tvilling_demo', '991825827',
                'Tvilling demosystem', 'Tvilling demo system', 'Tvilling demosystem',
                'Et system for å prøve systemregisteret', 'A system to try the system register with',
                'Eit system for å prøve systemregisteret',
                TRUE, FALSE, created, created);
        INSERT INTO altinn.system_right (system_internal_id, position) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 0),
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 1);
        INSERT INTO altinn.system_right_resource (system_internal_id, right_position, position, attribute_id, attribute_value) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 0, 0, 'urn:altinn:resource', 'app_ttd_endring-av-navn-v2'),
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 1, 0, 'urn:altinn:resource', 'authentication-e2e-test');
        INSERT INTO altinn.system_access_package (system_internal_id, position, urn) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 0, 'urn:altinn:accesspackage:skatt-naering');
        INSERT INTO altinn.maskinporten_client (client_id, system_internal_id, position) VALUES
            ('7e0d8a36-5c4b-4f0e-8a51-3b2c1d0e9f01', '6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 0)
        ON CONFLICT (client_id) DO NOTHING;
        INSERT INTO altinn.system_redirect_url (system_internal_id, position, url) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b01', 0, 'https://tvilling.example/callback');
    END IF;

    IF NOT EXISTS (SELECT 1 FROM altinn.registered_system WHERE system_id = '974761076_regnskap_demo') THEN
        INSERT INTO altinn.registered_system (internal_id, system_id, vendor_org_number,
                name_nb, name_en, name_nn, description_nb, description_en, description_nn,
                is_visible, is_deleted, created, last_changed)
        VALUES ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b02', '974761076_regnskap_demo', '974761076',
                'Regnskap for klienter', 'Accounting for clients', 'Rekneskap for klientar',
                'Regnskapsførerens system for klientene sine', 'The accountant''s system for their clients',
                'Rekneskapsføraren sitt system for klientane sine',
                FALSE, FALSE, created, created);
        INSERT INTO altinn.system_right (system_internal_id, position) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b02', 0);
        INSERT INTO altinn.system_right_resource (system_internal_id, right_position, position, attribute_id, attribute_value) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b02', 0, 0, 'urn:altinn:resource', 'ske-krav-og-betalinger');
        INSERT INTO altinn.system_access_package (system_internal_id, position, urn) VALUES
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b02', 0, 'urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet'),
            ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b02', 1, 'urn:altinn:accesspackage:regnskapsforer-lonn');
        INSERT INTO altinn.maskinporten_client (client_id, system_internal_id, position) VALUES
            ('7e0d8a36-5c4b-4f0e-8a51-3b2c1d0e9f02', '6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b02', 0)
        ON CONFLICT (client_id) DO NOTHING;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM altinn.registered_system WHERE system_id = '991825827_retired_demo') THEN
        INSERT INTO altinn.registered_system (internal_id, system_id, vendor_org_number,
                name_nb, name_en, name_nn, description_nb, description_en, description_nn,
                is_visible, is_deleted, created, last_changed)
        VALUES ('6f1c2a4e-1d7b-4c1e-9a3f-0d1e2f3a4b03', '991825827_retired_demo', '991825827',
                'Utgått system', 'Retired system', 'Utgått system',
                'Slettet: id-en er fortsatt opptatt', 'Deleted: its id stays taken', 'Sletta: id-en er framleis oppteken',
                TRUE, TRUE, created, '2026-01-05 12:00:00+01');
    END IF;
END
$$;
