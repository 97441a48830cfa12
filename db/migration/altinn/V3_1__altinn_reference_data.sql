-- Reference data of the system register (design.md §5.3). The resource register and the access packages
-- stand in for the Altinn registers the real service asks; the seed's examples must pass, so both their
-- resources and their access package (skattnaering, which only Altinn's old test data had; the real
-- package is skatt-naering) are here.
INSERT INTO altinn.resource (identifier, title, resource_type) VALUES
    ('app_ttd_endring-av-navn-v2', 'Endring av navn (v2)', 'AltinnApp'),
    ('ske-krav-og-betalinger', 'Krav og betalinger', 'GenericAccessResource'),
    ('authentication-e2e-test', 'Authentication end-to-end test', 'GenericAccessResource'),
    ('app_ttd_a2-migrated-app', 'Migrert Altinn 2-tjeneste', 'MigratedApp'),
    ('ske-innrapportering-a-melding', 'Innrapportering av a-melding', 'GenericAccessResource'),
    ('nav-sykepengesoknad', 'Søknad om sykepenger', 'GenericAccessResource'),
    ('brg-aarsregnskap', 'Årsregnskap', 'AltinnApp'),
    ('ttd-dialogporten-serviceresource', 'Dialogporten tjenesteressurs', 'CorrespondenceService');

-- is_delegable / is_assignable as Access Management defines them: the ordinary packages both; the six
-- client-relation packages (REGN, REVI, FFOR) delegable only; the administration packages assignable only;
-- eksplisitt neither.
INSERT INTO altinn.access_package (urn, name, is_delegable, is_assignable) VALUES
    ('urn:altinn:accesspackage:skattnaering', 'Skatt næring (Altinn''s old test data)', TRUE, TRUE),
    ('urn:altinn:accesspackage:skatt-naering', 'Skatt næring', TRUE, TRUE),
    ('urn:altinn:accesspackage:skattegrunnlag', 'Skattegrunnlag', TRUE, TRUE),
    ('urn:altinn:accesspackage:merverdiavgift', 'Merverdiavgift', TRUE, TRUE),
    ('urn:altinn:accesspackage:regnskap-okonomi-rapport', 'Regnskap og økonomirapportering', TRUE, TRUE),
    ('urn:altinn:accesspackage:a-ordning', 'A-ordningen', TRUE, TRUE),
    ('urn:altinn:accesspackage:lonn', 'Lønn', TRUE, TRUE),
    ('urn:altinn:accesspackage:sykefravaer', 'Sykefravær', TRUE, TRUE),
    ('urn:altinn:accesspackage:jordbruk', 'Jordbruk', TRUE, TRUE),
    ('urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet', 'Regnskapsfører med signeringsrettighet', TRUE, FALSE),
    ('urn:altinn:accesspackage:regnskapsforer-uten-signeringsrettighet', 'Regnskapsfører uten signeringsrettighet', TRUE, FALSE),
    ('urn:altinn:accesspackage:regnskapsforer-lonn', 'Regnskapsfører lønn', TRUE, FALSE),
    ('urn:altinn:accesspackage:ansvarlig-revisor', 'Ansvarlig revisor', TRUE, FALSE),
    ('urn:altinn:accesspackage:revisormedarbeider', 'Revisormedarbeider', TRUE, FALSE),
    ('urn:altinn:accesspackage:forretningsforer-eiendom', 'Forretningsfører eiendom', TRUE, FALSE),
    ('urn:altinn:accesspackage:klientadministrator', 'Klientadministrator', FALSE, TRUE),
    ('urn:altinn:accesspackage:tilgangsstyrer', 'Tilgangsstyrer', FALSE, TRUE),
    ('urn:altinn:accesspackage:hovedadministrator', 'Hovedadministrator', FALSE, TRUE),
    ('urn:altinn:accesspackage:maskinporten-administrator', 'Maskinporten administrator', FALSE, TRUE),
    ('urn:altinn:accesspackage:eksplisitt', 'Eksplisitt tjenestedelegering', FALSE, FALSE);

INSERT INTO altinn.organisation (org_number, name) VALUES
    ('991825827', 'Digitaliseringsdirektoratet'),
    ('974761076', 'Skatteetaten'),
    ('889640782', 'Arbeids- og velferdsetaten'),
    ('974760673', 'Brønnøysundregistrene');
