package org.tvilling.lequinox.access;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.tvilling.db.lequinox.Tables.APPLICATION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.tvilling.platform.database.PreparedSelect;

@Repository
class ApplicationRepository {

    private final DSLContext dsl;

    /** Run for every request (the key's check), so built and rendered once. */
    private final PreparedSelect<Application> byKey;

    ApplicationRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.byKey = new PreparedSelect<>(
                dsl,
                select(APPLICATION.ID, APPLICATION.COMPANY_ID)
                        .from(APPLICATION)
                        .where(APPLICATION.KEY_SHA256.eq(param("keySha256", String.class))),
                mapping(Application::new));
    }

    /**
     * The application whose key this is. Keys are stored only as their SHA-256 digest: deterministic, so that
     * the key itself finds its application (a salted password hash could not be looked up). tvilling does not
     * generate keys; an unsalted fast digest is safe only because production keys must be long random values
     * (at least 128 bits), which the README and the spec require. The demo keys are demo only.
     */
    Optional<Application> findByKey(String key) {
        return byKey.fetchOptional(dsl, Map.of("keySha256", digest(key)));
    }

    /** The stored form of a key: its SHA-256 digest in lower-case hex. */
    static String digest(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
