-- Throttling: ID-card failures also count per client (AUSWEIS_MANDANT, the name is the client number
-- as given), since the card number is the only secret of logonidcard and guessing many cards never
-- repeats one.
ALTER TABLE heliumv.anmeldesperre DROP CONSTRAINT anmeldesperre_bereich;
ALTER TABLE heliumv.anmeldesperre ADD CONSTRAINT anmeldesperre_bereich
    CHECK (bereich IN ('BENUTZER', 'ANSPRECHPARTNER', 'AUSWEIS', 'AUSWEIS_MANDANT'));
