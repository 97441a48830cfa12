-- Demo LetAsyl CVs of local mode (README "Demo data"), one citizen per shape of GetLetAsylCvResponseDto:
--   0101901234  Amal Yusuf Haddad: every structure and every collection, optional fields filled.
--   0202902345  the minimal CV: only the required structures (anden erfaring, faglig profil, CV status and an
--               empty koerekortstruktur), only their required fields.
--   0303903456  Søren Ærø Ågård: Danish letters everywhere, four texts of exactly 2000 characters and a
--               kommentar of exactly 400.
--   0404904567 and 0000000000 are deliberately absent (no CV: 404).
-- Re-runnable: the demo citizens' CVs are deleted first (their child rows, and any transfer of theirs, go by
-- ON DELETE CASCADE); other citizens are left alone. Timestamps are Danish time with the offset of the day.
-- The integer codes (sprogkode, kursus-, uddannelses- and certificeringstype, DiscoAMS) follow STAR's code
-- lists, which are not public: the values are illustrative. The ESCO URIs and UUIDs are made up.

DELETE FROM star.letasyl_cv WHERE cpr IN ('0101901234', '0202902345', '0303903456', '0404904567', '0000000000');

INSERT INTO star.letasyl_cv (cpr, registreret) VALUES
    ('0101901234', '2026-02-03 10:15:00+01'),
    ('0202902345', '2026-10-28 13:40:00+01'),
    ('0303903456', '2026-04-20 09:05:00+02');

-- 0101901234: Amal Yusuf Haddad, electrician and cook from Damascus, housed by Dansk Flygtningehjælp in
-- København. Every structure, every collection with 2-4 rows, every optional field.

INSERT INTO star.letasyl_stamprofil (cpr, foedselsdato, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', '1990-01-01', '2026-02-03 10:15:00+01', '2026-02-03 10:15:00+01');

INSERT INTO star.letasyl_navn (cpr, fornavne, mellemnavn, efternavn, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 'Amal', 'Yusuf', 'Haddad', '2026-02-03 10:15:00+01', '2026-02-03 10:15:00+01');

INSERT INTO star.letasyl_adresse (cpr, navne_og_adressebeskyttelse, co_navn, vejnavn, husnummer, etage, side_doer,
        bynavn, postnummer, postdistrikt, kommunekode, dar_adresse, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', false, 'Dansk Flygtningehjælp', 'Borgergade', '10B', '2', 'tv', 'Indre By', '1300',
        'København K', 101, '8512dfd5-61e4-4bb5-8995-844951afd644', '2026-02-03 10:15:00+01',
        '2026-05-11 14:20:00+02');

INSERT INTO star.letasyl_borgerkontakt (cpr, position, borgerkontaktdata, borgerkontaktdata_type) VALUES
    ('0101901234', 1, '+45 20 12 34 56', 'Mobiltelefon'),
    ('0101901234', 2, '+45 33 12 34 56', 'Fastnettelefon'),
    ('0101901234', 3, 'amal.haddad@example.com', 'Email');

INSERT INTO star.letasyl_jobcenter (cpr, jobcenter_id) VALUES
    ('0101901234', 101);

INSERT INTO star.letasyl_kursus (cpr, position, titel, beskrivelse, laengde_i_dage, slutdato, kursus_type,
        oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Danskuddannelse 2, modul 3', 'Dansk som andetsprog på Sprogcenter København: læsning, '
        || 'skrivning og samtale om arbejdsliv og hverdag.', 120, '2026-06-26', 1, '2026-02-05 09:00:00+01',
        '2026-06-29 11:30:00+02'),
    ('0101901234', 2, 'Elsikkerhed for elektrikere (ELSIK)', 'Danske regler for arbejde på og nær elektriske '
        || 'anlæg, sikker afbrydelse og måling.', 3, '2026-03-12', 2, '2026-02-16 13:00:00+01',
        '2026-03-13 08:45:00+01'),
    ('0101901234', 3, 'Hygiejnekursus for fødevarebranchen', 'Egenkontrol, temperaturstyring og god hygiejne i '
        || 'professionelle køkkener.', 2, '2026-04-15', 3, '2026-03-20 10:00:00+01', '2026-04-16 09:10:00+02');

INSERT INTO star.letasyl_joboenske (cpr, position, concept_uri_da, alias_identifier, aar_sidst_brugt,
        har_uddannelse, maaneder_med_erfaring, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'http://data.star.dk/esco/occupation/7d2fc498-c817-4cd7-8f12-198d1f172960',
        'da09b060-b400-47d1-ae4d-c55a7df405c6', 2019, true, 110, '2026-02-03 10:30:00+01',
        '2026-05-11 14:25:00+02'),
    ('0101901234', 2, 'http://data.star.dk/esco/occupation/fe886ecf-a06c-41fb-9335-9b2b19e4ca61',
        'd4139808-f87c-433f-97b4-7c9a94516933', 2024, false, 52, '2026-02-03 10:32:00+01',
        '2026-05-11 14:26:00+02'),
    ('0101901234', 3, 'http://data.star.dk/esco/occupation/7bee388b-4ca5-403e-9cf7-8c17b47a2de4',
        'f1bfe4b5-66bd-4127-b4e8-ccd21cb78ab2', 2026, false, 6, '2026-02-03 10:34:00+01',
        '2026-09-01 10:00:00+02');

INSERT INTO star.letasyl_uddannelse (cpr, position, titel, beskrivelse, uddannelsessted, startdato, slutdato,
        uddannelses_type, uddannelsesniveau_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Grundskole (9 år)', 'Syrisk grundskole med arabisk, engelsk, matematik og fysik.',
        'Al-Midan Skole, Damaskus', '1996-09-01', '2005-06-30', 10, 'Grundskole', '2026-02-04 09:00:00+01',
        '2026-02-04 09:00:00+01'),
    ('0101901234', 2, 'Elektriker, teknisk erhvervsuddannelse', 'Installation af el i boliger og erhverv, '
        || 'tavlebygning og fejlfinding; 3 år med praktik.', 'Teknisk Institut, Damaskus', '2005-09-01',
        '2008-06-30', 20, 'Erhvervsfaglig', '2026-02-04 09:05:00+01', '2026-05-11 14:30:00+02'),
    ('0101901234', 3, 'Teknisk diplom i elektroteknik', 'To-årig videregående uddannelse i elektriske anlæg, '
        || 'styringer og energiforsyning.', 'Damascus Polytechnic', '2008-09-01', '2010-06-30', 30,
        'KortVideregaaende', '2026-02-04 09:10:00+01', '2026-05-11 14:31:00+02');

INSERT INTO star.letasyl_tegnsprog (cpr, position, tegnsprog_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'AndetTegnsprog', '2026-02-04 09:20:00+01', '2026-02-04 09:20:00+01'),
    ('0101901234', 2, 'DanskTegnsprog', '2026-06-02 15:00:00+02', '2026-06-02 15:00:00+02');

INSERT INTO star.letasyl_talesprog (cpr, position, sprogkode, laeseniveau_type, taleniveau_type, skriveniveau_type,
        taleforstaaelsesniveau_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 4, 'Modersmaal', 'Modersmaal', 'Modersmaal', 'Modersmaal', '2026-02-04 09:25:00+01',
        '2026-02-04 09:25:00+01'),
    ('0101901234', 2, 2, 'Flydende', 'Mellem', 'Mellem', 'Flydende', '2026-02-04 09:26:00+01',
        '2026-02-04 09:26:00+01'),
    ('0101901234', 3, 1, 'Mellem', 'Begynder', 'Begynder', 'Mellem', '2026-02-04 09:27:00+01',
        '2026-06-29 11:35:00+02');

INSERT INTO star.letasyl_koerekortsinfo (cpr, har_koerekort, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', true, '2026-02-04 09:30:00+01', '2026-02-04 09:30:00+01');

INSERT INTO star.letasyl_koerekort (cpr, position, koerekort_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'B', '2026-02-04 09:31:00+01', '2026-02-04 09:31:00+01'),
    ('0101901234', 2, 'BE', '2026-02-04 09:31:00+01', '2026-02-04 09:31:00+01'),
    ('0101901234', 3, 'C1', '2026-02-04 09:32:00+01', '2026-02-04 09:32:00+01');

INSERT INTO star.letasyl_certificering (cpr, position, titel, certificerings_type, beskrivelse, gyldig_til_dato,
        oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Førstehjælp, 12 timer', 5, 'Førstehjælp på arbejdspladsen inklusive hjertelunge-redning '
        || 'og brug af hjertestarter.', '2028-03-01', '2026-03-02 12:00:00+01', '2026-03-02 12:00:00+01'),
    ('0101901234', 2, 'Hygiejnebevis', 6, 'Bevis for hygiejnekursus for personer, der håndterer uemballerede '
        || 'fødevarer.', '2031-04-15', '2026-04-16 09:15:00+02', '2026-04-16 09:15:00+02');

INSERT INTO star.letasyl_cv_reference (cpr, position, titel, reference_url, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Portefølje med el-installationer', 'https://example.com/portfolio/amal-haddad',
        '2026-02-10 14:00:00+01', '2026-05-11 14:40:00+02'),
    ('0101901234', 2, 'CV på engelsk', 'https://cv.example.org/amal-haddad/cv-en.pdf', '2026-02-10 14:05:00+01',
        '2026-02-10 14:05:00+01');

INSERT INTO star.letasyl_frivilligt_arbejde (cpr, position, titel, sted, beskrivelse, starttidspunkt,
        sluttidspunkt, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Frivillig tolk, arabisk-engelsk', 'Dansk Flygtningehjælp Ungdom', 'Tolkede ved '
        || 'lektiecafé og møder med nyankomne familier.', '2025-06-01 00:00:00+02', '2026-01-31 00:00:00+01',
        '2026-02-05 10:00:00+01', '2026-02-05 10:00:00+01'),
    ('0101901234', 2, 'Køkkenfrivillig', 'Fællesspisning på asylcentret', 'Planlagde menuer og lavede mad til '
        || '80 beboere hver fredag.', '2025-09-05 00:00:00+02', '2026-08-28 00:00:00+02',
        '2026-02-05 10:05:00+01', '2026-09-01 10:05:00+02');

INSERT INTO star.letasyl_anden_erfaring (cpr, beskrivelse, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 'Har vedligeholdt generatorer og solceller i et boligområde i Damaskus og lavet mad til '
        || 'store familiefester. Har hjulpet andre beboere på asylcentret med små reparationer.',
        '2026-02-05 10:10:00+01', '2026-05-11 14:45:00+02');

INSERT INTO star.letasyl_faglig_profil (cpr, faglig_profil, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0101901234', 'Uddannet elektriker med ni års erfaring fra boliger og erhverv og fire år som kok. Jeg er '
        || 'grundig, arbejder sikkert og lærer hurtigt. Jeg søger arbejde som elektriker eller i et køkken.',
        '2026-02-05 10:15:00+01', '2026-05-11 14:50:00+02');

INSERT INTO star.letasyl_kompetence (cpr, position, titel, disco_web_identifier, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Elinstallation i boliger', 741110, '2026-02-05 10:20:00+01', '2026-02-05 10:20:00+01'),
    ('0101901234', 2, 'Fejlfinding på elektriske anlæg', 741120, '2026-02-05 10:21:00+01',
        '2026-02-05 10:21:00+01'),
    ('0101901234', 3, 'Madlavning i storkøkken', 512010, '2026-02-05 10:22:00+01', '2026-02-05 10:22:00+01'),
    ('0101901234', 4, 'Læsning af el-diagrammer', 741130, '2026-02-05 10:23:00+01', '2026-05-11 14:55:00+02');

INSERT INTO star.letasyl_tidligere_arbejdserfaringsinfo (cpr, har_tidligere_arbejdserfaring, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0101901234', true, '2026-02-05 10:30:00+01', '2026-02-05 10:30:00+01');

INSERT INTO star.letasyl_tidligere_arbejdserfaring (cpr, position, titel, concept_uri_da, alias_identifier,
        arbejdsgivernavn, beskrivelse, opnaaet_faerdighed, starttidspunkt, sluttidspunkt, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0101901234', 1, 'Elektriker', 'http://data.star.dk/esco/occupation/7d2fc498-c817-4cd7-8f12-198d1f172960',
        'da09b060-b400-47d1-ae4d-c55a7df405c6', 'Al-Noor Elektro, Damaskus', 'Installation og service af el i '
        || 'boliger, butikker og små fabrikker; ansvar for to lærlinge.', 'Tavlebygning, fejlfinding og '
        || 'kundekontakt.', '2010-08-01 00:00:00+02', '2019-05-31 00:00:00+02', '2026-02-05 10:35:00+01',
        '2026-05-11 15:00:00+02'),
    ('0101901234', 2, 'Kok', 'http://data.star.dk/esco/occupation/fe886ecf-a06c-41fb-9335-9b2b19e4ca61',
        'd4139808-f87c-433f-97b4-7c9a94516933', 'Restaurant Bab Touma, Beirut', 'Tilberedning af varme retter '
        || 'og mezze til 120 kuverter; bestilling af råvarer.', 'Tempo, hygiejne og planlægning.',
        '2020-03-01 00:00:00+01', '2024-06-30 00:00:00+02', '2026-02-05 10:40:00+01', '2026-02-05 10:40:00+01'),
    ('0101901234', 3, 'Køkkenmedhjælper (praktik)',
        'http://data.star.dk/esco/occupation/7bee388b-4ca5-403e-9cf7-8c17b47a2de4',
        'f1bfe4b5-66bd-4127-b4e8-ccd21cb78ab2', 'Kantinen Holmen ApS', 'Forberedelse af frokostbuffet og '
        || 'opvask i en kantine med 300 gæster.', 'Danske hygiejneregler og fagord i køkkenet.',
        '2026-03-02 00:00:00+01', '2026-08-28 00:00:00+02', '2026-03-02 08:00:00+01', '2026-09-01 10:10:00+02');

INSERT INTO star.letasyl_cv_status (cpr, cv_status_type, kommentar, haendelsestidspunkt, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0101901234', 'Godkendt', 'CV''et er gennemgået med borgeren og godkendt af Jobcenter København.',
        '2026-09-14 13:05:00+02', '2026-02-03 10:15:00+01', '2026-09-14 13:05:00+02');

-- 0202902345: the minimal CV, only the required structures and their required fields.

INSERT INTO star.letasyl_anden_erfaring (cpr, beskrivelse) VALUES
    ('0202902345', 'Ingen anden erfaring oplyst.');

INSERT INTO star.letasyl_faglig_profil (cpr, faglig_profil) VALUES
    ('0202902345', 'Søger ufaglært arbejde.');

INSERT INTO star.letasyl_cv_status (cpr, cv_status_type) VALUES
    ('0202902345', 'KlarTilKvalitetssikring');

-- 0303903456: Søren Ærø Ågård, smith from Ærø: Danish letters everywhere; faglig profil, anden erfaring and
-- the descriptions of his first job and of his voluntary work are exactly 2000 characters (the columns'
-- maximum), the CV status kommentar exactly 400.

INSERT INTO star.letasyl_stamprofil (cpr, foedselsdato, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', '1990-03-03', '2026-04-20 09:05:00+02', '2026-04-20 09:05:00+02');

INSERT INTO star.letasyl_navn (cpr, fornavne, mellemnavn, efternavn, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', 'Søren Østergaard', 'Ærø', 'Ågård', '2026-04-20 09:05:00+02', '2026-04-20 09:05:00+02');

INSERT INTO star.letasyl_adresse (cpr, navne_og_adressebeskyttelse, co_navn, vejnavn, husnummer, etage, side_doer,
        bynavn, postnummer, postdistrikt, kommunekode, dar_adresse, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', false, 'Åse Læssøe', 'Østergade', '12A', 'ST', 'th', 'Ærøskøbing Øster Mark', '5970',
        'Ærøskøbing', 492, '7949e59a-e4a0-41c0-83e3-8e1eec7e9b08', '2026-04-20 09:05:00+02',
        '2026-04-20 09:05:00+02');

INSERT INTO star.letasyl_borgerkontakt (cpr, position, borgerkontaktdata, borgerkontaktdata_type) VALUES
    ('0303903456', 1, '+45 62 52 12 34', 'Fastnettelefon'),
    ('0303903456', 2, 'soeren.aagaard@example.com', 'Email');

INSERT INTO star.letasyl_jobcenter (cpr, jobcenter_id) VALUES
    ('0303903456', 492);

INSERT INTO star.letasyl_kursus (cpr, position, titel, beskrivelse, laengde_i_dage, slutdato, kursus_type,
        oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', 1, 'Førstehjælp på arbejdspladsen', 'Grundlæggende førstehjælp: hjertestop, forbrændinger og '
        || 'ulykker på værkstedet.', 1, '2026-05-07', 5, '2026-04-20 09:30:00+02', '2026-05-08 10:00:00+02'),
    ('0303903456', 2, 'Svejsecertifikat, rørsvejsning (Åbenrå)', 'Kursus på AMU Syd i Åbenrå i TIG- og '
        || 'MAG-svejsning af rør i stål og rustfrit stål.', 15, '2026-06-19', 4, '2026-04-20 09:35:00+02',
        '2026-06-22 08:15:00+02');

INSERT INTO star.letasyl_uddannelse (cpr, position, titel, beskrivelse, uddannelsessted, startdato, slutdato,
        uddannelses_type, uddannelsesniveau_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', 1, 'Smed, klejnsmed', 'Erhvervsuddannelse med skoleophold i Svendborg og læretid på værftet i '
        || 'Ærøskøbing.', 'Svendborg Erhvervsskole & -Gymnasier', '2007-08-01', '2011-06-30', 20,
        'Erhvervsfaglig', '2026-04-20 09:40:00+02', '2026-04-20 09:40:00+02');

INSERT INTO star.letasyl_talesprog (cpr, position, sprogkode, laeseniveau_type, taleniveau_type, skriveniveau_type,
        taleforstaaelsesniveau_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', 1, 1, 'Modersmaal', 'Modersmaal', 'Modersmaal', 'Modersmaal', '2026-04-20 09:45:00+02',
        '2026-04-20 09:45:00+02'),
    ('0303903456', 2, 3, 'Mellem', 'Mellem', 'Begynder', 'Mellem', '2026-04-20 09:46:00+02',
        '2026-04-20 09:46:00+02');

INSERT INTO star.letasyl_koerekortsinfo (cpr, har_koerekort, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', true, '2026-04-20 09:50:00+02', '2026-04-20 09:50:00+02');

INSERT INTO star.letasyl_koerekort (cpr, position, koerekort_type, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    ('0303903456', 1, 'B', '2026-04-20 09:51:00+02', '2026-04-20 09:51:00+02'),
    ('0303903456', 2, 'TraktorMotorredskab', '2026-04-20 09:51:00+02', '2026-04-20 09:51:00+02');

INSERT INTO star.letasyl_frivilligt_arbejde (cpr, position, titel, sted, beskrivelse, starttidspunkt,
        sluttidspunkt, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    -- 136 + 6 × 264 + 280 = 2000 characters
    ('0303903456', 1, 'Frivillig i genbrugsbutik', 'Røde Kors Genbrug, Åbenrå',
        'Som frivillig i Røde Kors'' genbrugsbutik i Åbenrå sorterede jeg tøj og møbler, satte priser på varerne '
        || 'og betjente kunderne ved kassen. '
        || repeat('Jeg lærte nye frivillige op, reparerede ødelagte stole og borde i baglokalet og hjalp ældre '
            || 'kunder med at bære tunge ting ud til bilen. Det gav mig glæde at være en del af et fællesskab, '
            || 'hvor overskuddet gik til familier i nød, og hvor alle blev mødt med respekt. ', 6)
        || 'Jeg stoppede som frivillig, da jeg flyttede tilbage til Ærø, men jeg håber at finde en lignende '
        || 'forening i mit nye lokalområde. Erfaringen har lært mig, at tålmodighed, ærlighed og et godt humør er '
        || 'lige så vigtigt som faglig dygtighed, når man arbejder sammen med andre mennesker.',
        '2019-02-01 00:00:00+01', '2022-08-31 00:00:00+02', '2026-04-20 10:00:00+02', '2026-04-20 10:00:00+02');

INSERT INTO star.letasyl_anden_erfaring (cpr, beskrivelse, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    -- 120 + 6 × 290 + 140 = 2000 characters
    ('0303903456',
        'Ud over mit arbejde som smed har jeg mange års erfaring fra foreningslivet på Ærø og fra sæsonarbejde i '
        || 'turistbranchen. '
        || repeat('Jeg har været træner for et drengehold i fodbold, hjulpet til ved havnefesten i Marstal og kørt '
            || 'varer ud for den lokale købmand, når chaufføren var syg. Jeg er vant til at tale med mange '
            || 'forskellige mennesker, og jeg holder af at sørge for, at både gæster og kolleger får en god '
            || 'oplevelse. ', 6)
        || 'Jeg har også taget mig af min ældre nabo, handlet ind for hende hver torsdag og fulgt hende til lægen i '
        || 'Ærøskøbing, når færgen ikke sejlede.',
        '2026-04-20 10:05:00+02', '2026-04-20 10:05:00+02');

INSERT INTO star.letasyl_faglig_profil (cpr, faglig_profil, oprettet_tidspunkt, opdateret_tidspunkt) VALUES
    -- 256 + 5 × 313 + 179 = 2000 characters
    ('0303903456',
        'Jeg er en rolig og pålidelig smed fra Ærø med over ti års erfaring fra værksteder, havne og landbrug '
        || 'i det sydfynske øhav. Jeg trives med at løse opgaver selvstændigt, men er også glad for at arbejde i '
        || 'et team, hvor vi hjælper hinanden, når der er travlt. '
        || repeat('På værkstedet i Ærøskøbing svejsede og reparerede jeg rælinger, ankerspil og trailere til '
            || 'både, og jeg lærte at læse tegninger, måle op og bestille materialer. Om sommeren hjalp jeg på '
            || 'gårde ved Søby med høst, kørsel med traktor og vedligeholdelse af maskiner, så jeg er vant til '
            || 'lange dage og skiftende opgaver. ', 5)
        || 'Nu søger jeg et job som smed eller maskinarbejder, gerne på et værft eller i en landbrugsvirksomhed på '
        || 'Fyn eller i Sønderjylland, hvor jeg kan bruge mine hænder og lære noget nyt.',
        '2026-04-20 10:10:00+02', '2026-04-20 10:10:00+02');

INSERT INTO star.letasyl_kompetence (cpr, position, titel, disco_web_identifier, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0303903456', 1, 'TIG-svejsning i rustfrit stål og aluminium', 721210, '2026-04-20 10:15:00+02',
        '2026-04-20 10:15:00+02'),
    ('0303903456', 2, 'Reparation af hydraulik på skibe og traktorer', 723310, '2026-04-20 10:16:00+02',
        '2026-04-20 10:16:00+02'),
    ('0303903456', 3, 'Oplæring af lærlinge på værkstedet', 721420, '2026-04-20 10:17:00+02',
        '2026-04-20 10:17:00+02');

INSERT INTO star.letasyl_tidligere_arbejdserfaringsinfo (cpr, har_tidligere_arbejdserfaring, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    ('0303903456', true, '2026-04-20 10:20:00+02', '2026-04-20 10:20:00+02');

INSERT INTO star.letasyl_tidligere_arbejdserfaring (cpr, position, titel, concept_uri_da, alias_identifier,
        arbejdsgivernavn, beskrivelse, opnaaet_faerdighed, starttidspunkt, sluttidspunkt, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    -- beskrivelse: 130 + 5 × 310 + 320 = 2000 characters
    ('0303903456', 1, 'Klejnsmed på værft',
        'http://data.star.dk/esco/occupation/f6d405ad-e90a-4af3-836d-d160d100905e',
        'eb10427e-7a2a-4a23-98c6-01575ce74e46', 'Ærøskøbing Bådeværft ApS',
        'Ansvarlig for svejsning, montage og reparation af stål- og aluminiumsdele til fiskerbåde og '
        || 'lystfartøjer på værftet i Ærøskøbing. '
        || repeat('Jeg planlagde dagens opgaver sammen med værkføreren, bestilte materialer hos leverandøren i '
            || 'Åbenrå og sørgede for, at værkstedet var ryddet op og sikkert at færdes i. Når en båd skulle '
            || 'hurtigt tilbage på vandet, tog jeg ofte weekendvagter og fandt løsninger sammen med skipperen, så '
            || 'fiskeriet kunne fortsætte. ', 5)
        || 'Jeg blev særligt god til TIG-svejsning i rustfrit stål og aluminium, til at finde årsagen til fejl på '
        || 'hydraulik og til at give nye lærlinge en tryg start på værkstedet. Min tidligere mester, Bjørn Ærbø '
        || 'Østergård, vil gerne give mig en anbefaling, og han kan altid kontaktes gennem værftets kontor på '
        || 'havnen i Ærøskøbing.',
        'Præcis svejsning, ansvar for sikkerheden på værkstedet og samarbejde med skippere og lærlinge.',
        '2011-08-01 00:00:00+02', '2023-12-31 00:00:00+01', '2026-04-20 10:25:00+02', '2026-04-20 10:25:00+02'),
    ('0303903456', 2, 'Landbrugsmedhjælper (sæson)',
        'http://data.star.dk/esco/occupation/0bd5f538-6da3-4c3a-9e09-786e18185786', NULL, 'Søbygård Økologi I/S',
        'Høst, kørsel med traktor og vedligeholdelse af maskiner på en økologisk gård ved Søby.',
        'Selvstændigt arbejde i lange dage og hurtige reparationer i marken.', '2024-05-01 00:00:00+02',
        '2025-09-30 00:00:00+02', '2026-04-20 10:30:00+02', '2026-04-20 10:30:00+02');

INSERT INTO star.letasyl_cv_status (cpr, cv_status_type, kommentar, haendelsestidspunkt, oprettet_tidspunkt,
        opdateret_tidspunkt) VALUES
    -- kommentar: 400 characters, the maximum
    ('0303903456', 'KlarTilKvalitetssikring',
        'CV''et er udfyldt sammen med Søren på sprogcentret i Ærøskøbing og er klar til kvalitetssikring i '
        || 'Jobcenter Ærø. Bemærk især de lange beskrivelser af erfaringen fra værftet og fra genbrugsbutikken i '
        || 'Åbenrå, som borgeren selv har skrevet. Kørekort og kurser er kontrolleret op mod beviserne. Øvrige '
        || 'oplysninger er læst højt for borgeren, som har bekræftet, at de er korrekte og må overføres til '
        || 'Jobnet.',
        NULL, '2026-04-20 10:35:00+02', '2026-04-20 10:35:00+02');
