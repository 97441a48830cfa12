package org.tvilling.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.tvilling.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * deploy/kubernetes: every resource the kustomize base lists is valid against the Kubernetes API types' JSON
 * schemas (those the fabric8 model jars carry, made strict: no member the type does not have), and what the
 * manifests point at is what the server has: its ports as configured, the probe paths and the metrics path,
 * each answered by the running server of this suite.
 */
class KubernetesManifestsTest extends ApiTest {

    private static final Path BASE = Path.of("deploy/kubernetes/base");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.management.port}")
    private int managementPort;

    @Test
    void everyResourceOfTheBase_isValidAgainstItsKubernetesSchema() throws IOException {
        ObjectNode definitions = kubernetesDefinitions();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        List<String> kinds = new ArrayList<>();
        for (JsonNode resource : resources()) {
            String apiVersion = resource.path("apiVersion").asString();
            String kind = resource.path("kind").asString();
            String definition = definitionOf(definitions, apiVersion, kind);
            ObjectNode document = JSON.createObjectNode();
            document.put("$schema", "http://json-schema.org/draft-07/schema#");
            document.set("definitions", definitions);
            document.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
            Schema schema = registry.getSchema(JSON.writeValueAsString(document));
            List<Error> errors = schema.validate(resource);
            assertThat(errors)
                    .as("%s %s", kind, resource.path("metadata").path("name"))
                    .isEmpty();
            kinds.add(kind);
        }
        assertThat(kinds).containsExactlyInAnyOrder("ConfigMap", "Job", "Deployment", "Service", "PodDisruptionBudget");
    }

    @Test
    void schemaCheck_refusesAMemberTheTypeDoesNotHave() throws IOException {
        ObjectNode definitions = kubernetesDefinitions();
        JsonNode deployment = resource("Deployment").deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        ObjectNode document = JSON.createObjectNode();
        document.set("definitions", definitions);
        document.putArray("allOf")
                .addObject()
                .put("$ref", "#/definitions/" + definitionOf(definitions, "apps/v1", "Deployment"));
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(JSON.writeValueAsString(document))
                        .validate(deployment))
                .isNotEmpty();
    }

    @Test
    void deployment_pointsAtThePortsAndPathsTheServerHas() throws IOException {
        PropertySource<?> configuration = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yaml"))
                .getFirst();
        int serverPort = Integer.parseInt(String.valueOf(configuration.getProperty("server.port")));
        int managementServerPort =
                Integer.parseInt(String.valueOf(configuration.getProperty("management.server.port")));

        JsonNode deployment = resource("Deployment");
        JsonNode pod = deployment.path("spec").path("template");
        JsonNode container = pod.path("spec").path("containers").get(0);
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(port(container, "http")).isEqualTo(serverPort);
        assertThat(port(container, "management")).isEqualTo(managementServerPort);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asString())
                    .as(probe)
                    .isEqualTo("http");
        }
        String liveness =
                container.path("livenessProbe").path("httpGet").path("path").asString();
        String readiness =
                container.path("readinessProbe").path("httpGet").path("path").asString();
        assertThat(List.of(liveness, readiness)).containsExactly("/livez", "/readyz");
        given().get(liveness).then().statusCode(200);
        given().get(readiness).then().statusCode(200);

        JsonNode annotations = pod.path("metadata").path("annotations");
        assertThat(annotations.path("prometheus.io/port").asInt()).isEqualTo(managementServerPort);
        given().port(managementPort)
                .get(annotations.path("prometheus.io/path").asString())
                .then()
                .statusCode(200);

        JsonNode security = container.path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean())
                .isTrue();
        assertThat(container.path("resources").path("limits").has("memory")).isTrue();
        assertThat(env(container, "TVILLING_MIGRATIONS_MODE")).isEqualTo("wait");

        JsonNode service = resource("Service");
        assertThat(service.path("spec").path("ports")).hasSize(1);
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asString())
                .isEqualTo("http");
    }

    @Test
    void migrations_runOnlyInTheOneShotJob_onePodAtATime() throws IOException {
        JsonNode job = resource("Job");
        assertThat(job.path("spec").path("parallelism").asInt()).isOne();
        assertThat(job.path("spec").path("completions").asInt()).isOne();
        JsonNode container = job.path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        assertThat(env(container, "TVILLING_MIGRATIONS_MODE")).isEqualTo("only");
        JsonNode budget = resource("PodDisruptionBudget");
        assertThat(budget.path("spec").path("maxUnavailable").asInt()).isOne();
    }

    private static int port(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asString().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no port " + name);
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asString().equals(name)) {
                return variable.path("value").asString();
            }
        }
        throw new AssertionError("no variable " + name);
    }

    private static JsonNode resource(String kind) throws IOException {
        return resources().stream()
                .filter(resource -> resource.path("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    /** The resources kustomization.yaml lists, in its order. */
    private static List<JsonNode> resources() throws IOException {
        JsonNode kustomization =
                YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode file : kustomization.path("resources")) {
            resources.add(YAML.readTree(Files.readString(BASE.resolve(file.asString()))));
        }
        return resources;
    }

    private static String definitionOf(ObjectNode definitions, String apiVersion, String kind) {
        for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
            JsonNode properties = definition.getValue().path("properties");
            if (properties.path("apiVersion").path("default").asString().equals(apiVersion)
                    && properties.path("kind").path("default").asString().equals(kind)) {
                return definition.getKey();
            }
        }
        throw new AssertionError("no schema for " + apiVersion + " " + kind);
    }

    /**
     * The definitions of every fabric8 model jar on the test class path, strict: an object type with properties
     * admits no others. IntOrString and Quantity are Java classes in the model and scalars on the wire (as the
     * Kubernetes OpenAPI document defines them).
     */
    private static ObjectNode kubernetesDefinitions() throws IOException {
        ObjectNode definitions = JSON.createObjectNode();
        for (URL schema : Collections.list(
                KubernetesManifestsTest.class.getClassLoader().getResources("schema/validation-schema.json"))) {
            try (InputStream in = schema.openStream()) {
                JSON.readTree(in)
                        .path("definitions")
                        .properties()
                        .forEach(entry -> definitions.set(entry.getKey(), entry.getValue()));
            }
        }
        definitions.properties().forEach(entry -> strict(entry.getValue()));
        for (String name : List.copyOf(definitions.propertyNames())) {
            if (name.endsWith("_IntOrString")) {
                definitions.set(name, scalar("integer", "string"));
            } else if (name.endsWith("_Quantity")) {
                definitions.set(name, scalar("string", "number"));
            }
        }
        return definitions;
    }

    private static ObjectNode scalar(String... types) {
        ObjectNode scalar = JSON.createObjectNode();
        for (String type : types) {
            scalar.withArray("type").add(type);
        }
        return scalar;
    }

    private static void strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            if (schema.isArray()) {
                schema.forEach(KubernetesManifestsTest::strict);
            }
            return;
        }
        if (object.path("required").isBoolean()) {
            object.remove("required");
        }
        if (object.has("properties") && !object.path("additionalProperties").isObject()) {
            object.put("additionalProperties", false);
        }
        object.properties().forEach(entry -> strict(entry.getValue()));
    }
}
