package org.tvilling.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void environmentVariablesAreFilledIn() throws IOException {
        Profile profile = Profile.parse(
                "test",
                "roles:\n  r: {clientId: c, clientSecret: \"${SECRET}\"}\nlequinox: {key: \"${MISSING}\"}\n",
                Map.of("SECRET", "s3cret")::get);

        assertThat(profile.role("r").orElseThrow().clientSecret()).isEqualTo("s3cret");
        assertThat(profile.value("lequinox.key")).isEmpty();
    }

    @Test
    void aMissingFixtureMeansNotRun() throws IOException {
        Profile profile = Profile.parse("test", "star: {unknownCvr: \"99999999\"}", name -> null);

        assertThat(profile.fixture("star.unknownCvr")).isEqualTo("99999999");
        assertThatThrownBy(() -> profile.fixture("star.cvrWithLogins"))
                .isInstanceOf(NotRun.class)
                .hasMessage("the profile names no star.cvrWithLogins");
        assertThatThrownBy(() -> profile.list("altinn.resources")).isInstanceOf(NotRun.class);
    }

    @Test
    void secretsAreTheValuesOfKeysEndingInPasswordSecretKeyOrToken() throws IOException {
        Profile profile = Profile.parse("test", """
                tokenEndpoint: /oauth2/token
                expiredToken: eyJexpired
                roles: {r: {clientId: c, clientSecret: cs}}
                heliumv: {user: {username: demo, password: pw}}
                lequinox: {key: k1, otherCompanyKey: k2}
                """, name -> null);

        assertThat(profile.secretValues())
                .containsOnlyKeys(
                        "expiredToken",
                        "roles.r.clientSecret",
                        "heliumv.user.password",
                        "lequinox.key",
                        "lequinox.otherCompanyKey")
                .containsValues("eyJexpired", "cs", "pw", "k1", "k2");
    }

    @Test
    void misspeltKeysAreReported() throws IOException {
        Profile profile = Profile.parse("test", "star: {cvrWithLogin: \"1\"}\nexpiredToken: x\n", name -> null);

        assertThat(profile.unknownKeys(Profile.defaults())).containsExactly("star.cvrWithLogin");
    }

    @Test
    void theExampleProfileNamesOnlyKeysTheSuiteKnows() throws IOException {
        Path example = Path.of("example-profile.yaml");
        assertThat(example).exists();

        Profile profile = Profile.parse("example", Files.readString(example), name -> "from-the-environment");

        assertThat(profile.unknownKeys(Profile.defaults())).isEmpty();
        assertThat(profile.roles()).isNotEmpty();
    }
}
