-- Review of V2_0. Passwords: the hash CHECK of V2_0 (`LIKE '{%}%'`) accepted any encoder id, so a
-- `{noop}` (plain) or `{MD5}` row could be stored, and Spring's default encoder would have verified it
-- (design.md §5.2: never MD5). Only what the server writes is allowed now: `{bcrypt}` and a bcrypt hash
-- ($2a/$2b/$2y, two-digit cost, 22 characters salt + 31 characters hash in bcrypt's base-64).
ALTER TABLE heliumv.benutzer DROP CONSTRAINT benutzer_kennwort_hash;
ALTER TABLE heliumv.benutzer ADD CONSTRAINT benutzer_kennwort_hash
    CHECK (kennwort_hash ~ '^\{bcrypt\}\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$');

ALTER TABLE heliumv.ansprechpartner DROP CONSTRAINT ansprechpartner_kennwort_hash;
ALTER TABLE heliumv.ansprechpartner ADD CONSTRAINT ansprechpartner_kennwort_hash
    CHECK (kennwort_hash ~ '^\{bcrypt\}\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$');

-- Throttling: ID-card failures also count per client (AUSWEIS_MANDANT, the name is the client number
-- as given), since the card number is the only secret of logonidcard and guessing many cards never
-- repeats one.
ALTER TABLE heliumv.anmeldesperre DROP CONSTRAINT anmeldesperre_bereich;
ALTER TABLE heliumv.anmeldesperre ADD CONSTRAINT anmeldesperre_bereich
    CHECK (bereich IN ('BENUTZER', 'ANSPRECHPARTNER', 'AUSWEIS', 'AUSWEIS_MANDANT'));
