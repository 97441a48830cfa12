-- Lequinox demo data of local mode (README "Demo data"): two companies, one application each, personal
-- identities, and an INVITED platform-managed access ready to be activated. The applications' keys are
-- demo-key-se03 and demo-key-se04 (listed in the README); only their SHA-256 digests are stored. They are
-- short and guessable, for local demo data only: a real key must be a long random value (at least 128 bits).
-- Companies and applications are set as written here on every run; identities and accesses are only added,
-- so what the README's calls changed (an activated access, say) stays as it is.
INSERT INTO lequinox.company (id, name) VALUES
    ('se03', 'Lequa Demo AB'),
    ('se04', 'Grannföretaget Demo AB')
ON CONFLICT (id) DO UPDATE SET name = excluded.name;

INSERT INTO lequinox.application (id, company_id, name, key_sha256, agreement_title, agreement_content) VALUES
    ('se03.Demo0001.Applic01', 'se03', 'Demo application se03',
     '703c290d8f9c49fdcb3c06e370c82674970c1ce39f94f52311afde4255f00f97',
     'Lequa Demo AB user agreement',
     'By activating this access you accept that Lequa Demo AB operates it on your behalf: the platform'
         || ' signs the transactions of the demo application for you. This is demo data of tvilling.'),
    ('se04.Demo0001.Applic01', 'se04', 'Demo application se04',
     '3be388b3fa801cc14c6eaafb8430d6be314caab0d80b167ed59fa16935ccd3b1',
     'Grannföretaget Demo AB användaravtal',
     'Genom att aktivera åtkomsten godkänner du att plattformen signerar transaktioner åt dig.'
         || ' Detta är demodata i tvilling.')
ON CONFLICT (id) DO UPDATE SET
    company_id = excluded.company_id,
    name = excluded.name,
    key_sha256 = excluded.key_sha256,
    agreement_title = excluded.agreement_title,
    agreement_content = excluded.agreement_content;

INSERT INTO lequinox.personal_identity
    (id, company_id, first_name, last_name, email_address, managed, state, created_at) VALUES
    ('se03.Demo0001.Person01', 'se03', 'Astrid', 'Lindqvist', 'astrid.lindqvist@example.se', TRUE, 'ACTIVE',
     '2026-01-12 09:00:00+01'),
    ('se03.Demo0001.Person02', 'se03', 'Örjan', 'Åkesson', 'orjan.akesson@example.se', TRUE, 'ACTIVE',
     '2026-01-12 09:05:00+01'),
    ('se04.Demo0001.Person01', 'se04', 'Karin', 'Berg', 'karin.berg@example.se', TRUE, 'ACTIVE',
     '2026-02-03 14:30:00+01')
ON CONFLICT (id) DO NOTHING;

INSERT INTO lequinox.access
    (id, company_id, application_id, type, private_id, first_name, last_name, managed, state, created_at) VALUES
    ('se03.Demo0001.Access01', 'se03', 'se03.Demo0001.Applic01', 'PRIVATE', 'se03.Demo0001.Person01',
     'Astrid', 'Lindqvist', TRUE, 'INVITED', '2026-01-12 09:10:00+01')
ON CONFLICT (id) DO NOTHING;
