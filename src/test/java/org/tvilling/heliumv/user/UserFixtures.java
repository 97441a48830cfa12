package org.tvilling.heliumv.user;

import static org.tvilling.db.heliumv.Tables.ANMELDESPERRE;
import static org.tvilling.db.heliumv.Tables.ANSPRECHPARTNER;
import static org.tvilling.db.heliumv.Tables.BENUTZER;
import static org.tvilling.db.heliumv.Tables.BENUTZER_MANDANT;
import static org.tvilling.db.heliumv.Tables.KUNDE;
import static org.tvilling.db.heliumv.Tables.LOCALE;
import static org.tvilling.db.heliumv.Tables.MANDANT;
import static org.tvilling.db.heliumv.Tables.PARTNER;
import static org.tvilling.db.heliumv.Tables.PERSONAL;
import static org.tvilling.db.heliumv.Tables.SITZUNG;
import static org.tvilling.db.heliumv.Tables.STUECKLISTE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The HELIUM V world of the tests, written afresh before each test: clients 001 (main, deAT, multilingual),
 * 002 (deDE) and 003 (deCH); users, contacts and staff as the constants describe. Every user's password is
 * {@code <username>-pw}, every contact's {@link #KONTAKT_PW}.
 */
final class UserFixtures {

    /** Default client 001, rights in 001 and 002. */
    static final String DEMO = "demo";
    /** No default client (so the main client, 001), rights in 001 only. */
    static final String NUR_001 = "nur001";
    /** No default client, rights in 002 only: without a client it lands in the main client, without rights. */
    static final String NUR_002 = "nur002";
    /** Default client 002, rights in both. */
    static final String DEFAULT_002 = "default002";

    static final String GESPERRT = "gesperrt";
    /** Valid until yesterday. */
    static final String ABGELAUFEN = "abgelaufen";

    /** Customer in 001 (partlists) and 002 (none). */
    static final String KUNDE_A = "einkauf@kunde-a.example";
    /** Partlists in 001 and 002. */
    static final String KUNDE_B = "einkauf@kunde-b.example";
    /** Customer in 001, no partlists. */
    static final String KUNDE_C = "info@kunde-c.example";
    /** A contact whose partner is no customer anywhere. */
    static final String KEIN_KUNDE = "privat@kein-kunde.example";

    static final String KONTAKT_PW = "kontakt-pw";

    /** Staff ID cards: 4711 in 001, 4712 in 002. */
    static final String AUSWEIS_001 = "4711";

    static final String AUSWEIS_002 = "4712";

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** bcrypt is slow on purpose: each password is hashed once per test run. */
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    private UserFixtures() {}

    static String pw(String username) {
        return username + "-pw";
    }

    static String hash(String password) {
        return HASHES.computeIfAbsent(password, ENCODER::encode);
    }

    static boolean matches(String password, String hash) {
        return ENCODER.matches(password, hash);
    }

    static void reset(DSLContext dsl) {
        dsl.deleteFrom(SITZUNG).execute();
        dsl.deleteFrom(ANMELDESPERRE).execute();
        dsl.deleteFrom(STUECKLISTE).execute();
        dsl.deleteFrom(KUNDE).execute();
        dsl.deleteFrom(ANSPRECHPARTNER).execute();
        dsl.deleteFrom(PARTNER).execute();
        dsl.deleteFrom(PERSONAL).execute();
        dsl.deleteFrom(BENUTZER_MANDANT).execute();
        dsl.deleteFrom(BENUTZER).execute();
        dsl.deleteFrom(MANDANT).execute();
        dsl.update(LOCALE).set(LOCALE.AKTIV, true).execute();

        mandant(dsl, "001", "Demo GmbH", "deAT", true, true);
        mandant(dsl, "002", "Demo Deutschland GmbH", "deDE", false, false);
        mandant(dsl, "003", "Demo Schweiz AG", "deCH", false, false);

        OffsetDateTime now = OffsetDateTime.now();
        benutzer(dsl, DEMO, "001", false, null, "001", "002");
        benutzer(dsl, NUR_001, null, false, null, "001");
        benutzer(dsl, NUR_002, null, false, null, "002");
        benutzer(dsl, DEFAULT_002, "002", false, null, "001", "002");
        benutzer(dsl, GESPERRT, "001", true, null, "001");
        benutzer(dsl, ABGELAUFEN, "001", false, now.minusDays(1), "001");

        kontakt(dsl, "Kunde A GmbH", KUNDE_A, Map.of("001", List.of("KSL-1001", "KSL-1002"), "002", List.of()));
        kontakt(dsl, "Kunde B AG", KUNDE_B, Map.of("001", List.of("KSL-2001"), "002", List.of("KSL-2002")));
        kontakt(dsl, "Kunde C KG", KUNDE_C, Map.of("001", List.of()));
        kontakt(dsl, "Privat", KEIN_KUNDE, Map.of());

        personal(dsl, "001", AUSWEIS_001, "Maria Huber");
        personal(dsl, "002", AUSWEIS_002, "Jonas Becker");
    }

    static void mandant(
            DSLContext dsl, String cnr, String kbez, String locale, boolean hauptmandant, boolean mehrsprachig) {
        dsl.insertInto(MANDANT)
                .set(MANDANT.CNR, cnr)
                .set(MANDANT.KBEZ, kbez)
                .set(MANDANT.LOCALE, locale)
                .set(MANDANT.HAUPTMANDANT, hauptmandant)
                .set(MANDANT.MEHRSPRACHIG, mehrsprachig)
                .execute();
    }

    static long benutzer(
            DSLContext dsl,
            String kennung,
            String defaultMandant,
            boolean gesperrt,
            OffsetDateTime gueltigBis,
            String... rechte) {
        long id = dsl.insertInto(BENUTZER)
                .set(BENUTZER.KENNUNG, kennung)
                .set(BENUTZER.KENNWORT_HASH, hash(pw(kennung)))
                .set(BENUTZER.GESPERRT, gesperrt)
                .set(BENUTZER.GUELTIG_BIS, gueltigBis)
                .set(BENUTZER.DEFAULT_MANDANT, defaultMandant)
                .returning(BENUTZER.ID)
                .fetchOne(BENUTZER.ID);
        for (String mandant : rechte) {
            dsl.insertInto(BENUTZER_MANDANT)
                    .set(BENUTZER_MANDANT.BENUTZER_ID, id)
                    .set(BENUTZER_MANDANT.MANDANT_CNR, mandant)
                    .execute();
        }
        return id;
    }

    /** A partner with one contact, a customer in each client of the map, with the partlists listed there. */
    static void kontakt(DSLContext dsl, String partnerName, String email, Map<String, List<String>> stuecklisten) {
        long partner = dsl.insertInto(PARTNER)
                .set(PARTNER.NAME, partnerName)
                .returning(PARTNER.ID)
                .fetchOne(PARTNER.ID);
        dsl.insertInto(ANSPRECHPARTNER)
                .set(ANSPRECHPARTNER.PARTNER_ID, partner)
                .set(ANSPRECHPARTNER.EMAIL, email)
                .set(ANSPRECHPARTNER.KENNWORT_HASH, hash(KONTAKT_PW))
                .execute();
        stuecklisten.forEach((mandant, nummern) -> {
            long kunde = dsl.insertInto(KUNDE)
                    .set(KUNDE.PARTNER_ID, partner)
                    .set(KUNDE.MANDANT_CNR, mandant)
                    .returning(KUNDE.ID)
                    .fetchOne(KUNDE.ID);
            for (String nummer : nummern) {
                dsl.insertInto(STUECKLISTE)
                        .set(STUECKLISTE.KUNDE_ID, kunde)
                        .set(STUECKLISTE.NUMMER, nummer)
                        .set(STUECKLISTE.BEZEICHNUNG, "Stückliste " + nummer)
                        .execute();
            }
        });
    }

    static long personal(DSLContext dsl, String mandant, String ausweis, String name) {
        return dsl.insertInto(PERSONAL)
                .set(PERSONAL.MANDANT_CNR, mandant)
                .set(PERSONAL.AUSWEIS, ausweis)
                .set(PERSONAL.NAME, name)
                .returning(PERSONAL.ID)
                .fetchOne(PERSONAL.ID);
    }
}
