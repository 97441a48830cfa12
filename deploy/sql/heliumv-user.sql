-- Provisions one HELIUM V ERP user (and the client it works in, if new) in production mode, where there is
-- no demo data. The password is stored only as a bcrypt hash, made outside the database, e.g. with
-- Apache's htpasswd (Debian package apache2-utils):
--
--   HASH=$(htpasswd -nbBC 10 '' "$PASSWORD" | tr -d ':\n')
--   psql "$DATABASE" -v ON_ERROR_STOP=1 -v client=001 -v client_name='Example GmbH' -v locale=deAT \
--     -v username=anna -v password_hash="$HASH" -f deploy/sql/heliumv-user.sql
--
-- The client is HELIUM V's Mandant (3 characters); the first one provisioned is the main client. The locale
-- is one of heliumv.locale (deAT, deDE, deCH, enUS, enGB, itIT, plPL). The user gets rights in that client,
-- which is also their default client. Running it again for the same user sets the new hash.
INSERT INTO heliumv.mandant (cnr, kbez, locale, hauptmandant, mehrsprachig)
VALUES (:'client', :'client_name', :'locale', NOT EXISTS (SELECT FROM heliumv.mandant WHERE hauptmandant), FALSE)
ON CONFLICT (cnr) DO NOTHING;

INSERT INTO heliumv.benutzer (kennung, kennwort_hash, default_mandant)
VALUES (:'username', '{bcrypt}' || :'password_hash', :'client')
ON CONFLICT (kennung) DO UPDATE SET kennwort_hash = excluded.kennwort_hash;

INSERT INTO heliumv.benutzer_mandant (benutzer_id, mandant_cnr)
SELECT id, :'client' FROM heliumv.benutzer WHERE kennung = :'username'
ON CONFLICT (benutzer_id, mandant_cnr) DO NOTHING;
