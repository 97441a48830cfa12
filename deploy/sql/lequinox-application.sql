-- Provisions one Lequinox application (and its company, if new) in production mode, where there is no demo
-- data. Only the key's SHA-256 digest is stored; the key itself goes to the application's operator and
-- nowhere else. Run with psql (README "Deploying"), e.g.:
--
--   KEY=$(openssl rand -hex 32)
--   psql "$DATABASE" -v ON_ERROR_STOP=1 -v company=se05 -v company_name='Exempel AB' \
--     -v application_id=se05.App00001.Applic01 -v application_name='Exempel app' -v key="$KEY" \
--     -v agreement_title='Exempel AB user agreement' -v agreement_content='By activating …' \
--     -f deploy/sql/lequinox-application.sql
--
-- The company id is 4 letters or digits; the application id <company>.<8>.<8> (letters and digits). A key
-- must be a long random value (at least 128 bits): a digest without salt is safe only for such keys.
INSERT INTO lequinox.company (id, name)
VALUES (:'company', :'company_name')
ON CONFLICT (id) DO NOTHING;

INSERT INTO lequinox.application (id, company_id, name, key_sha256, agreement_title, agreement_content)
VALUES (:'application_id', :'company', :'application_name', encode(sha256(convert_to(:'key', 'UTF8')), 'hex'),
        :'agreement_title', :'agreement_content');
