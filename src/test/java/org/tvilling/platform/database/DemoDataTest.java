package org.tvilling.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tvilling.ApiTest;

/**
 * The demo data of local mode, which the README's examples rely on, applied as local mode applies it (schema
 * migrations, then db/demo) to a database of its own on the suite's embedded server.
 */
class DemoDataTest extends ApiTest {

    private static JdbcTemplate demo;

    @BeforeAll
    static void migrateADemoDatabase(@Autowired EmbeddedPostgres postgres) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("DROP DATABASE IF EXISTS demo_check");
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE demo_check");
        DataSource database = postgres.getDatabase("postgres", "demo_check");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", DemoDataConfiguration.DEMO_DATA.getDescriptor())
                .load()
                .migrate();
        demo = new JdbcTemplate(database);
    }

    @Test
    void starCompanies_asTheReadmeDescribes() {
        assertThat(demo.queryForObject("SELECT navn FROM star.virksomhed WHERE cvr_nummer = '12345678'", String.class))
                .isEqualTo("Demo ApS");
        assertThat(demo.queryForObject("SELECT navn FROM star.virksomhed WHERE cvr_nummer = '87654321'", String.class))
                .isEqualTo("Uden Login A/S");
        assertThat(demo.queryForList("SELECT cvr_nummer FROM star.virksomhed_login ORDER BY 1", String.class))
                .contains("12345678")
                .doesNotContain("87654321");
        assertThat(demo.queryForList(
                        "SELECT cvr_nummer FROM star.virksomhed WHERE cvr_nummer = '99999999'", String.class))
                .isEqualTo(List.of());
    }

    /** The demo LetAsyl CVs: the tables are found in the schema, so a new structure needs demo data too. */
    @Test
    void starLetAsylCvs_asTheReadmeDescribes() {
        assertThat(collectionTables()).hasSize(12);
        assertThat(oneToOneTables()).hasSize(10).contains("letasyl_cv", "letasyl_cv_status");

        // 0101901234: every 1:1 structure, every collection with several rows.
        for (String table : oneToOneTables()) {
            assertThat(rows(table, "0101901234")).as(table).isEqualTo(1);
        }
        for (String table : collectionTables()) {
            assertThat(rows(table, "0101901234")).as(table).isGreaterThanOrEqualTo(2);
        }
        assertThat(name("0101901234")).isEqualTo("Amal Yusuf Haddad");

        // 0202902345: the required structures only.
        Map<String, Integer> minimal = new TreeMap<>();
        Map<String, Integer> required = new TreeMap<>();
        for (String table : letAsylTables()) {
            minimal.put(table, rows(table, "0202902345"));
            required.put(table, 0);
        }
        List.of("letasyl_cv", "letasyl_anden_erfaring", "letasyl_faglig_profil", "letasyl_cv_status")
                .forEach(table -> required.put(table, 1));
        assertThat(minimal).isEqualTo(required);

        // 0303903456: Danish letters, texts at their maximum length of 2000 characters.
        assertThat(name("0303903456")).contains("ø", "Æ", "Å");
        List<String> texts = demo.queryForList(
                "SELECT format('SELECT %I AS tekst FROM star.%I WHERE cpr = ''0303903456''', column_name, table_name)"
                        + " FROM information_schema.columns WHERE table_schema = 'star'"
                        + " AND table_name LIKE 'letasyl\\_%' AND character_maximum_length = 2000",
                String.class);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(demo.queryForObject(
                        "SELECT count(*) FROM (" + String.join(" UNION ALL ", texts)
                                + ") AS teksterne WHERE length(tekst) = 2000",
                        Integer.class))
                .isGreaterThanOrEqualTo(3);

        // Every collection's positions run 1..n per citizen.
        for (String table : collectionTables()) {
            assertThat(demo.queryForList(
                            "SELECT cpr FROM star." + table
                                    + " GROUP BY cpr HAVING min(position) <> 1 OR max(position) <> count(*)",
                            String.class))
                    .as(table)
                    .isEmpty();
        }

        // No CV (404).
        assertThat(rows("letasyl_cv", "0404904567")).isZero();
        assertThat(rows("letasyl_cv", "0000000000")).isZero();
    }

    /**
     * The script runs again whenever it changes (a repeatable migration): run twice more, it leaves the same rows,
     * and another citizen's CV and transfer stay as they were.
     */
    @Test
    void starLetAsylCvs_rerunningTheScriptChangesNothing() throws IOException {
        String script =
                new ClassPathResource("db/demo/R__star_letasylcv.sql").getContentAsString(StandardCharsets.UTF_8);
        demo.update("INSERT INTO star.letasyl_cv (cpr, registreret) VALUES ('0505905678', '2026-05-05 12:00:00+02')");
        demo.update("INSERT INTO star.letasyl_overfoersel (cpr, request_id, overfoert_tidspunkt, cv_snapshot)"
                + " VALUES ('0505905678', 'fremmed-1', '2026-05-06 12:00:00+02', '{}')");
        try {
            Map<String, Integer> before = rowCounts();

            demo.execute(script);
            demo.execute(script);

            assertThat(rowCounts()).isEqualTo(before).containsKey("letasyl_kursus/0101901234");
            assertThat(demo.queryForObject(
                            "SELECT request_id FROM star.letasyl_overfoersel WHERE cpr = '0505905678'", String.class))
                    .isEqualTo("fremmed-1");
        } finally {
            demo.update("DELETE FROM star.letasyl_cv WHERE cpr = '0505905678'");
        }
    }

    /** The Lequinox demo of the README: two applications by their keys, identities and an access to activate. */
    @Test
    void lequinoxApplicationsIdentitiesAndAccess_asTheReadmeDescribes() {
        assertThat(demo.queryForObject(
                        "SELECT company_id FROM lequinox.application WHERE key_sha256 = encode(sha256(?::bytea), 'hex')",
                        String.class,
                        "demo-key-se03"))
                .isEqualTo("se03");
        assertThat(demo.queryForObject(
                        "SELECT company_id FROM lequinox.application WHERE key_sha256 = encode(sha256(?::bytea), 'hex')",
                        String.class,
                        "demo-key-se04"))
                .isEqualTo("se04");
        // Keys only as their digest: no column holds a key itself.
        assertThat(demo.queryForObject(
                        "SELECT count(*) FROM lequinox.application a WHERE a::text LIKE '%demo-key%'", Integer.class))
                .isZero();
        assertThat(demo.queryForList(
                        "SELECT id || ' ' || company_id || ' ' || state FROM lequinox.personal_identity ORDER BY id",
                        String.class))
                .containsExactly(
                        "se03.Demo0001.Person01 se03 ACTIVE",
                        "se03.Demo0001.Person02 se03 ACTIVE",
                        "se04.Demo0001.Person01 se04 ACTIVE");
        assertThat(demo.queryForObject(
                        "SELECT type || ' ' || private_id || ' ' || managed || ' ' || state FROM lequinox.access"
                                + " WHERE id = 'se03.Demo0001.Access01'",
                        String.class))
                .isEqualTo("PRIVATE se03.Demo0001.Person01 true INVITED");
    }

    /** Run again, the Lequinox script leaves the same rows, and what the README's calls changed stays changed. */
    @Test
    void lequinox_rerunningTheScriptChangesNothing() throws IOException {
        String script =
                new ClassPathResource("db/demo/R__lequinox_access.sql").getContentAsString(StandardCharsets.UTF_8);
        demo.update("UPDATE lequinox.access SET state = 'ACTIVE', activated_at = now()"
                + " WHERE id = 'se03.Demo0001.Access01'");
        try {
            List<String> before = lequinoxRows();

            demo.execute(script);
            demo.execute(script);

            assertThat(lequinoxRows()).isEqualTo(before).hasSize(8);
        } finally {
            demo.update("UPDATE lequinox.access SET state = 'INVITED', activated_at = NULL"
                    + " WHERE id = 'se03.Demo0001.Access01'");
        }
    }

    private static List<String> lequinoxRows() {
        return demo.queryForList(
                "SELECT t::text FROM lequinox.company t UNION ALL SELECT t::text FROM lequinox.application t"
                        + " UNION ALL SELECT t::text FROM lequinox.personal_identity t"
                        + " UNION ALL SELECT t::text FROM lequinox.access t ORDER BY 1",
                String.class);
    }

    /** The demo systems of the Altinn system register, and that rerunning their script changes nothing. */
    @Test
    void altinnSystems_asTheReadmeDescribes_andRerunningTheScriptChangesNothing() throws IOException {
        assertThat(demo.queryForList(
                        "SELECT system_id || '/' || vendor_org_number || '/' || is_deleted FROM altinn.registered_system"
                                + " ORDER BY system_id",
                        String.class))
                .containsExactly(
                        "974761076_regnskap_demo/974761076/false",
                        "991825827_retired_demo/991825827/true",
                        "991825827_tvilling_demo/991825827/false");
        assertThat(demo.queryForList("SELECT client_id FROM altinn.maskinporten_client ORDER BY 1", String.class))
                .containsExactly("7e0d8a36-5c4b-4f0e-8a51-3b2c1d0e9f01", "7e0d8a36-5c4b-4f0e-8a51-3b2c1d0e9f02");
        assertThat(demo.queryForList(
                        "SELECT count(*) FROM altinn.registered_system"
                                + " WHERE system_id IN ('991825827_systemwithappandresource',"
                                + " '991825827_systemwithaccesspackageandresource')",
                        Integer.class))
                .containsExactly(0);

        String script = new ClassPathResource("db/demo/R__altinn_systemregister.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        demo.update(
                "UPDATE altinn.registered_system SET name_nb = 'Endret' WHERE system_id = '991825827_tvilling_demo'");
        demo.update("DELETE FROM altinn.system_access_package WHERE system_internal_id ="
                + " (SELECT internal_id FROM altinn.registered_system WHERE system_id = '991825827_tvilling_demo')");
        Map<String, Integer> before = altinnRowCounts();

        demo.execute(script);
        demo.execute(script);

        assertThat(altinnRowCounts()).isEqualTo(before);
        assertThat(demo.queryForObject(
                        "SELECT name_nb FROM altinn.registered_system WHERE system_id = '991825827_tvilling_demo'",
                        String.class))
                .isEqualTo("Endret");
    }

    private static Map<String, Integer> altinnRowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : demo.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'altinn'", String.class)) {
            counts.put(table, demo.queryForObject("SELECT count(*) FROM altinn." + table, Integer.class));
        }
        return counts;
    }

    /** The HELIUM V world of the README: clients, users with their rights, contacts, staff cards. */
    @Test
    void heliumvUsers_asTheReadmeDescribes() {
        assertThat(demo.queryForList(
                        "SELECT cnr || ' ' || locale || ' ' || hauptmandant FROM heliumv.mandant ORDER BY cnr",
                        String.class))
                .containsExactly("001 deAT true", "002 deDE false");
        assertThat(demo.queryForList(
                        "SELECT b.kennung || ':' || coalesce(b.default_mandant, '-') || ':'"
                                + " || string_agg(r.mandant_cnr, ',' ORDER BY r.mandant_cnr)"
                                + " FROM heliumv.benutzer b JOIN heliumv.benutzer_mandant r ON r.benutzer_id = b.id"
                                + " GROUP BY b.kennung, b.default_mandant ORDER BY b.kennung",
                        String.class))
                .containsExactly("abgelaufen:001:001", "demo:001:001,002", "gesperrt:001:001", "nur001:-:001");
        assertThat(demo.queryForObject(
                        "SELECT gesperrt FROM heliumv.benutzer WHERE kennung = 'gesperrt'", Boolean.class))
                .isTrue();
        assertThat(demo.queryForObject(
                        "SELECT gueltig_bis < now() FROM heliumv.benutzer WHERE kennung = 'abgelaufen'", Boolean.class))
                .isTrue();

        // Passwords as documented, stored only as bcrypt hashes.
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        demo.query("SELECT kennung, kennwort_hash FROM heliumv.benutzer", row -> {
            assertThat(row.getString(2)).startsWith("{bcrypt}$2a$").doesNotContain(row.getString(1));
            assertThat(encoder.matches(row.getString(1) + "-pw", row.getString(2)))
                    .as(row.getString(1))
                    .isTrue();
        });
        demo.query("SELECT email, kennwort_hash FROM heliumv.ansprechpartner", row -> {
            assertThat(encoder.matches("kontakt-pw", row.getString(2)))
                    .as(row.getString(1))
                    .isTrue();
        });

        // The clients in which each contact's customer has partlists.
        assertThat(demo.queryForList(
                        "SELECT a.email || ':' || coalesce(string_agg(DISTINCT k.mandant_cnr, ',')"
                                + " FILTER (WHERE s.id IS NOT NULL), '-')"
                                + " FROM heliumv.ansprechpartner a JOIN heliumv.kunde k ON k.partner_id = a.partner_id"
                                + " LEFT JOIN heliumv.stueckliste s ON s.kunde_id = k.id GROUP BY a.email ORDER BY a.email",
                        String.class))
                .containsExactly(
                        "einkauf@kunde-a.example:001", "einkauf@kunde-b.example:001,002", "info@kunde-c.example:-");
        assertThat(demo.queryForList(
                        "SELECT ausweis || ':' || mandant_cnr FROM heliumv.personal ORDER BY ausweis", String.class))
                .containsExactly("4711:001", "4712:002");
    }

    /** Rerun (the script changed), it leaves the same rows, and sessions and other rows alone. */
    @Test
    void heliumvUsers_rerunningTheScriptChangesNothing() throws IOException {
        String script = new ClassPathResource("db/demo/R__heliumv_user.sql").getContentAsString(StandardCharsets.UTF_8);
        String counts =
                "SELECT (SELECT count(*) FROM heliumv.mandant) || '/' || (SELECT count(*) FROM heliumv.benutzer)"
                        + " || '/' || (SELECT count(*) FROM heliumv.benutzer_mandant) || '/'"
                        + " || (SELECT count(*) FROM heliumv.partner) || '/' || (SELECT count(*) FROM heliumv.ansprechpartner)"
                        + " || '/' || (SELECT count(*) FROM heliumv.kunde) || '/' || (SELECT count(*) FROM heliumv.stueckliste)"
                        + " || '/' || (SELECT count(*) FROM heliumv.personal) || '/' || (SELECT count(*) FROM heliumv.sitzung)";
        demo.update("INSERT INTO heliumv.sitzung (token, art, mandant_cnr, locale, benutzer_id, angemeldet_um,"
                + " zuletzt_benutzt_um) SELECT gen_random_uuid(), 'BENUTZER', '001', 'deAT', id, now(), now()"
                + " FROM heliumv.benutzer WHERE kennung = 'demo'");
        try {
            String before = demo.queryForObject(counts, String.class);

            demo.execute(script);
            demo.execute(script);

            assertThat(demo.queryForObject(counts, String.class))
                    .isEqualTo(before)
                    .isEqualTo("2/4/5/3/3/5/4/2/1");
        } finally {
            demo.update("DELETE FROM heliumv.sitzung");
        }
    }

    private static String name(String cpr) {
        return demo.queryForObject(
                "SELECT concat_ws(' ', fornavne, mellemnavn, efternavn) FROM star.letasyl_navn WHERE cpr = ?",
                String.class,
                cpr);
    }

    private static List<String> letAsylTables() {
        return demo.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'star'"
                        + " AND table_name LIKE 'letasyl\\_%' ORDER BY 1",
                String.class);
    }

    /** The collections: the tables ordered by position. */
    private static List<String> collectionTables() {
        return demo.queryForList(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'star'"
                        + " AND table_name LIKE 'letasyl\\_%' AND column_name = 'position' ORDER BY 1",
                String.class);
    }

    /** The 1:1 structures: at most a row per citizen (the transfers are no part of the CV). */
    private static List<String> oneToOneTables() {
        List<String> collections = collectionTables();
        return letAsylTables().stream()
                .filter(table -> !collections.contains(table) && !table.equals("letasyl_overfoersel"))
                .toList();
    }

    private static int rows(String table, String cpr) {
        return demo.queryForObject("SELECT count(*) FROM star." + table + " WHERE cpr = ?", Integer.class, cpr);
    }

    /** Rows per table and citizen, over every LetAsyl table. */
    private static Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : letAsylTables()) {
            demo.query("SELECT cpr, count(*) FROM star." + table + " GROUP BY cpr", row -> {
                counts.put(table + "/" + row.getString(1), row.getInt(2));
            });
        }
        return counts;
    }
}
