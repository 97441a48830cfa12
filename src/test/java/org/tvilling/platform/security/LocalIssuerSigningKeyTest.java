package org.tvilling.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/**
 * The local issuer's configured key (README "Using your own PostgreSQL"): instances given the same PEM sign and
 * verify with the same key, under the same key id, so that one instance accepts another's tokens.
 */
class LocalIssuerSigningKeyTest {

    @TempDir
    Path directory;

    @Test
    void aConfiguredPkcs8Key_isTheKeyPairSignedWith() throws Exception {
        KeyPair generated = rsa();
        Path pem = pem(generated);

        KeyPair read = LocalIssuerConfiguration.keyPair(new FileSystemResource(pem));

        assertThat(read.getPrivate().getEncoded())
                .isEqualTo(generated.getPrivate().getEncoded());
        assertThat(read.getPublic().getEncoded())
                .isEqualTo(generated.getPublic().getEncoded());
    }

    @Test
    void twoInstancesWithTheSameKey_publishTheSameKeyId() throws Exception {
        Path pem = pem(rsa());
        LocalIssuerConfiguration one = new LocalIssuerConfiguration();
        LocalIssuerConfiguration other = new LocalIssuerConfiguration();

        assertThat(keyId(one, pem)).isEqualTo(keyId(other, pem)).isNotBlank();
    }

    @Test
    void aFileThatHoldsNoPrivateKey_stopsTheStart() throws Exception {
        Path notAKey = Files.writeString(
                directory.resolve("not-a-key.pem"),
                "-----BEGIN PRIVATE KEY-----\nAAAA\n" + "-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> LocalIssuerConfiguration.keyPair(new FileSystemResource(notAKey)))
                .isInstanceOf(RuntimeException.class);
    }

    private static String keyId(LocalIssuerConfiguration configuration, Path pem) throws Exception {
        List<JWK> keys = configuration
                .signingKeys(LocalIssuerConfiguration.keyPair(new FileSystemResource(pem)))
                .get(new JWKSelector(new JWKMatcher.Builder().build()), null);
        assertThat(keys).hasSize(1);
        return keys.getFirst().getKeyID();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private Path pem(KeyPair pair) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(pair.getPrivate().getEncoded());
        return Files.writeString(
                directory.resolve("issuer.pem"),
                "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
    }
}
