package org.tvilling.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The target profile: what the suite may not guess about a target (credentials and the fixtures that exist).
 * YAML; {@code ${NAME}} anywhere is replaced by the environment variable NAME, so that secrets need not be
 * written into the file. Without a file, the default profile: tvilling's demo data and local issuer.
 */
public final class Profile {

    public static final String DEFAULT_RESOURCE = "default-profile.yaml";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private static final YAMLMapper YAML = new YAMLMapper();

    private final String name;
    private final JsonNode root;
    private final List<Role> roles;

    private Profile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
        this.roles = readRoles(root.path("roles"));
    }

    public static Profile defaults() {
        try (InputStream in = Profile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is not on the classpath");
            }
            return parse(
                    "default (tvilling's demo data)",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    System::getenv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Profile read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file), System::getenv);
    }

    static Profile parse(String name, String yaml, Function<String, @Nullable String> environment) throws IOException {
        Matcher variable = VARIABLE.matcher(yaml);
        StringBuilder text = new StringBuilder();
        while (variable.find()) {
            String value = environment.apply(variable.group(1));
            variable.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value));
        }
        variable.appendTail(text);
        JsonNode root = YAML.readTree(text.toString());
        return new Profile(
                name, root == null || root.isMissingNode() || root.isNull() ? YAML.createObjectNode() : root);
    }

    public String name() {
        return name;
    }

    /** A value at a dotted path ({@code star.cvrWithLogins}); absent when missing, null or blank. */
    public Optional<String> value(String path) {
        JsonNode node = node(path);
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** A fixture the check needs: not run when the profile does not name it. */
    public String fixture(String path) {
        return value(path).orElseThrow(() -> new NotRun("the profile names no " + path));
    }

    /** A list the check needs (every item a text): not run when the profile gives none. */
    public List<String> list(String path) {
        List<String> items = new ArrayList<>();
        node(path).forEach(item -> items.add(item.asText()));
        if (items.isEmpty()) {
            throw new NotRun("the profile lists no " + path);
        }
        return List.copyOf(items);
    }

    public JsonNode node(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /** The values of every key ending in password, secret, key or token, anywhere in the profile, by path. */
    public Map<String, String> secretValues() {
        Map<String, String> secrets = new java.util.LinkedHashMap<>();
        collectSecrets(root, "", secrets);
        return secrets;
    }

    private static void collectSecrets(JsonNode node, String path, Map<String, String> secrets) {
        if (node.isObject()) {
            node.properties()
                    .forEach(field -> collectSecrets(
                            field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), secrets));
        } else if (node.isArray()) {
            node.forEach(item -> collectSecrets(item, path, secrets));
        } else if (node.isValueNode() && SECRET_KEY.matcher(path).matches()) {
            secrets.put(path, node.asText());
        }
    }

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|key|token)$");

    public List<Role> roles() {
        return roles;
    }

    public Optional<Role> role(String name) {
        return roles.stream().filter(role -> role.name().equals(name)).findFirst();
    }

    /** Leaf paths of this profile that the other one (the default) does not know: probably misspelt. */
    public List<String> unknownKeys(Profile known) {
        List<String> unknown = new ArrayList<>();
        collect(root, "", known.root, unknown);
        return unknown;
    }

    private static void collect(JsonNode node, String path, JsonNode known, List<String> unknown) {
        if (!node.isObject() || path.equals("roles")) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (!known.has(field.getKey()) && !OPTIONAL_KEYS.contains(child)) {
                unknown.add(child);
            } else {
                collect(field.getValue(), child, known.path(field.getKey()), unknown);
            }
        }
    }

    /** Keys the default profile leaves out because tvilling cannot give them (see the example profile). */
    private static final java.util.Set<String> OPTIONAL_KEYS = java.util.Set.of("expiredToken");

    private static List<Role> readRoles(JsonNode roles) {
        List<Role> read = new ArrayList<>();
        roles.properties().forEach(entry -> {
            JsonNode role = entry.getValue();
            List<String> scopes = new ArrayList<>();
            role.path("scopes").forEach(scope -> scopes.add(scope.asText()));
            read.add(new Role(
                    entry.getKey(),
                    text(role, "clientId"),
                    text(role, "clientSecret"),
                    text(role, "token"),
                    List.copyOf(scopes),
                    text(role, "organisationType"),
                    text(role, "organisation")));
        });
        return List.copyOf(read);
    }

    private static @Nullable String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }
}
