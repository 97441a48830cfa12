package org.tvilling.platform.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tvilling.platform.web.ApiDescriptor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every documented operation of the served contracts, read from the contracts themselves (their servers' base
 * path, paths and operationIds), so that metrics and request logs name a request by its operationId, never by
 * its path, which can carry numbers, CPR-like values or session tokens. One mechanism for every family: a
 * request is matched by method and path against the documented path templates, whichever handler (or filter)
 * answers it.
 */
@Component
public class ApiOperations {

    /**
     * What a request is.
     *
     * @param family the API family (the contract's file name up to its first dash: star, heliumv, …)
     * @param api the contract (its file name without .yaml)
     * @param operationId the documented operationId; {@code none} for a path the contract does not document
     */
    public record Operation(String family, String api, String operationId) {

        static final String NONE = "none";
        static final Operation UNKNOWN = new Operation(NONE, NONE, NONE);
    }

    /**
     * One served contract: its title and version as its {@code info} states them.
     *
     * @param api the contract's file name without .yaml
     */
    public record Contract(String api, String title, String version, String basePath) {}

    private record Route(String method, PathPattern pattern, Operation operation) {}

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String ATTRIBUTE = ApiOperations.class.getName();

    private final List<Route> routes = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();

    ApiOperations(List<ApiDescriptor> apis) {
        PathPatternParser parser = new PathPatternParser();
        for (ApiDescriptor descriptor : apis) {
            String api = descriptor.spec().replaceFirst("\\.ya?ml$", "");
            String family = api.contains("-") ? api.substring(0, api.indexOf('-')) : api;
            Map<String, Object> spec = read("static/api-specs/" + descriptor.spec());
            Map<String, Object> info = map(spec.get("info"));
            String basePath = basePath(String.valueOf(
                    map(((List<?>) spec.get("servers")).getFirst()).get("url")));
            contracts.add(new Contract(
                    api, String.valueOf(info.get("title")), String.valueOf(info.get("version")), basePath));
            routes.add(new Route("*", parser.parse(basePath + "/**"), new Operation(family, api, Operation.NONE)));
            map(spec.get("paths"))
                    .forEach((path, item) -> map(item).forEach((method, operation) -> {
                        if (METHODS.contains(method)) {
                            routes.add(new Route(
                                    method.toUpperCase(Locale.ROOT),
                                    parser.parse(basePath + path),
                                    new Operation(
                                            family,
                                            api,
                                            String.valueOf(map(operation).get("operationId")))));
                        }
                    }));
        }
        routes.sort(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    /** The served contracts, in the order their families declare them. */
    public List<Contract> contracts() {
        return List.copyOf(contracts);
    }

    /** The documented operation the request is, or the family whose base path it is under, or neither. */
    public Operation resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Operation known) {
            return known;
        }
        Operation operation = resolve(
                request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()));
        request.setAttribute(ATTRIBUTE, operation);
        return operation;
    }

    Operation resolve(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Route route : routes) {
            if ((route.method().equals("*") || route.method().equals(method))
                    && route.pattern().matches(container)) {
                return route.operation();
            }
        }
        return Operation.UNKNOWN;
    }

    /** The path of a server URL: without a leading variable ({@code {origin}/star}) or scheme and host. */
    static String basePath(String serverUrl) {
        return serverUrl.replaceFirst("^\\{[^}]*}", "").replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
    }

    private static Map<String, Object> read(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + location, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
