-- Demo companies of local mode (README "Demo data"). 12345678 has logged in, 87654321 never has;
-- 99999999 is deliberately absent (an unknown company).
INSERT INTO star.virksomhed (cvr_nummer, navn) VALUES
    ('12345678', 'Demo ApS'),
    ('87654321', 'Uden Login A/S'),
    ('11223344', 'Fjordens Tømrer ApS'),
    ('22334455', 'Østerbro Rengøring I/S'),
    ('33445566', 'Ålborg Software A/S')
ON CONFLICT (cvr_nummer) DO UPDATE SET navn = excluded.navn;

INSERT INTO star.virksomhed_login (cvr_nummer, tidligste_login_tidspunkt, seneste_login_tidspunkt) VALUES
    ('12345678', '2024-01-15 08:30:00+01', '2026-11-02 09:15:00+01'),
    ('11223344', '2025-03-01 10:00:00+01', '2025-03-01 10:00:00+01'),
    ('33445566', '2023-06-20 13:45:00+02', '2026-10-30 16:20:00+01')
ON CONFLICT (cvr_nummer) DO NOTHING;
