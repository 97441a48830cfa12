-- Demo data of the HELIUM V UserApi in local mode (README "Demo data"). Every password is
-- "<username>-pw" (users) or "kontakt-pw" (contacts); stored only as bcrypt hashes.
INSERT INTO heliumv.mandant (cnr, kbez, locale, hauptmandant, mehrsprachig) VALUES
    ('001', 'Demo GmbH', 'deAT', TRUE, TRUE),
    ('002', 'Demo Deutschland GmbH', 'deDE', FALSE, FALSE)
ON CONFLICT (cnr) DO UPDATE SET
    kbez = excluded.kbez, locale = excluded.locale,
    hauptmandant = excluded.hauptmandant, mehrsprachig = excluded.mehrsprachig;

-- demo: default client 001, rights in both; nur001: rights in 001 only (no default client: the main
-- client); gesperrt: locked; abgelaufen: valid until the end of 2020.
INSERT INTO heliumv.benutzer (kennung, kennwort_hash, gesperrt, gueltig_bis, default_mandant) VALUES
    ('demo', '{bcrypt}$2a$10$mFn8nqXrEh74HQz5LyeXruY1jioAbYPHuFVm.VD2Dr.pCccDaNyRW', FALSE, NULL, '001'),
    ('nur001', '{bcrypt}$2a$10$ElkrOumg9R8a3mll2ayF2udvP80DlMNb1HBa7S8FPCIYBxVm6eX7a', FALSE, NULL, NULL),
    ('gesperrt', '{bcrypt}$2a$10$TbUxOWChkTYH6Ercuw3VDuSjypToeNdl0hZUwv5wrFY7CG4sGj5MO', TRUE, NULL, '001'),
    ('abgelaufen', '{bcrypt}$2a$10$DkQZ7AE9fBcFh.BY0RVEO.QZvxouNdsK.56J/jQ5UkLJVLmyN71xG', FALSE,
        '2020-12-31 23:59:59+01', '001')
ON CONFLICT (kennung) DO UPDATE SET
    kennwort_hash = excluded.kennwort_hash, gesperrt = excluded.gesperrt,
    gueltig_bis = excluded.gueltig_bis, default_mandant = excluded.default_mandant;

INSERT INTO heliumv.benutzer_mandant (benutzer_id, mandant_cnr)
SELECT benutzer.id, rechte.mandant
FROM (VALUES ('demo', '001'), ('demo', '002'), ('nur001', '001'), ('gesperrt', '001'), ('abgelaufen', '001'))
    AS rechte (kennung, mandant)
JOIN heliumv.benutzer ON benutzer.kennung = rechte.kennung
ON CONFLICT (benutzer_id, mandant_cnr) DO NOTHING;

-- Customer contacts of the partlist app, one partner each (created once, with its contact).
WITH neu AS (
    SELECT kontakt.name, kontakt.email
    FROM (VALUES
            ('Kunde A GmbH', 'einkauf@kunde-a.example'),
            ('Kunde B AG', 'einkauf@kunde-b.example'),
            ('Kunde C KG', 'info@kunde-c.example')) AS kontakt (name, email)
    WHERE NOT EXISTS (SELECT 1 FROM heliumv.ansprechpartner WHERE ansprechpartner.email = kontakt.email)
), partner AS (
    INSERT INTO heliumv.partner (name) SELECT name FROM neu RETURNING id, name
)
INSERT INTO heliumv.ansprechpartner (partner_id, email, kennwort_hash)
SELECT partner.id, neu.email, '{bcrypt}$2a$10$IK8OHgq/TbI30CFgMiNY1.CCpVxJcPo6M3nyARyHVlgLgLpbDqwNy'
FROM partner JOIN neu ON neu.name = partner.name;

-- Kunde A is a customer in both clients but has partlists in 001 only; Kunde B has partlists in both;
-- Kunde C is a customer in 001 without partlists.
INSERT INTO heliumv.kunde (partner_id, mandant_cnr)
SELECT ansprechpartner.partner_id, kunde.mandant
FROM (VALUES
        ('einkauf@kunde-a.example', '001'), ('einkauf@kunde-a.example', '002'),
        ('einkauf@kunde-b.example', '001'), ('einkauf@kunde-b.example', '002'),
        ('info@kunde-c.example', '001')) AS kunde (email, mandant)
JOIN heliumv.ansprechpartner ON ansprechpartner.email = kunde.email
ON CONFLICT (partner_id, mandant_cnr) DO NOTHING;

INSERT INTO heliumv.stueckliste (kunde_id, nummer, bezeichnung)
SELECT kunde.id, liste.nummer, liste.bezeichnung
FROM (VALUES
        ('einkauf@kunde-a.example', '001', 'KSL-1001', 'Schaltschrank Typ A'),
        ('einkauf@kunde-a.example', '001', 'KSL-1002', 'Verteilerkasten'),
        ('einkauf@kunde-b.example', '001', 'KSL-2001', 'Förderband Modul 1'),
        ('einkauf@kunde-b.example', '002', 'KSL-2002', 'Förderband Modul 2')) AS liste (email, mandant, nummer, bezeichnung)
JOIN heliumv.ansprechpartner ON ansprechpartner.email = liste.email
JOIN heliumv.kunde ON kunde.partner_id = ansprechpartner.partner_id AND kunde.mandant_cnr = liste.mandant
ON CONFLICT (kunde_id, nummer) DO NOTHING;

-- Staff with ID cards: 4711 in 001, 4712 in 002.
INSERT INTO heliumv.personal (mandant_cnr, ausweis, name) VALUES
    ('001', '4711', 'Maria Huber'),
    ('002', '4712', 'Jonas Becker')
ON CONFLICT (mandant_cnr, ausweis) DO UPDATE SET name = excluded.name;
