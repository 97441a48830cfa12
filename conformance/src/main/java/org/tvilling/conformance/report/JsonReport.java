package org.tvilling.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.tvilling.conformance.Figures;
import org.tvilling.conformance.ResponseKey;
import org.tvilling.conformance.Result;
import org.tvilling.conformance.Suite;

/** results.json: the run for tools (the figures per API, every check's outcome), secrets redacted. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static void write(Suite.Run run, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("baseUrl", run.options().baseUrl().toString());
        root.put("profile", run.profile());
        root.put("seed", run.options().seed());
        root.put("maxRequests", run.options().maxRequests());
        root.put("run", run.runId());
        root.put("started", run.started().toString());
        root.put("seconds", run.took().toMillis() / 1000.0);
        root.put("passed", run.passed());
        root.set("overall", figures(run.overall()));
        ObjectNode apis = root.putObject("apis");
        run.perApi().forEach((api, figures) -> apis.set(api, figures(figures)));
        ArrayNode checks = root.putArray("checks");
        for (Result result : run.results()) {
            ObjectNode check = checks.addObject();
            check.put("api", result.check().api());
            check.put("operation", result.check().operationId());
            check.put("kind", result.check().kind().name());
            check.put("title", result.check().title());
            ArrayNode covers = check.putArray("covers");
            result.check().covers().forEach(key -> covers.add(key.label()));
            check.put("outcome", result.outcome().name());
            check.put("message", result.message());
            check.put("requests", result.exchanges().size());
            if (result.failing() != null) {
                check.put("request", Curl.request(result.failing(), run.secrets()));
                check.put("response", Curl.response(result.failing(), run.secrets()));
            }
        }
        JSON.writeValue(file.toFile(), root);
    }

    private static ObjectNode figures(Figures figures) {
        ObjectNode node = JSON.createObjectNode();
        node.put("coverage", figures.coverage());
        node.put("score", figures.score());
        node.put("documented", figures.documented().size());
        node.put("provokable", figures.provokable());
        node.put("covered", figures.covered().size());
        node.put("passed", figures.passed());
        node.put("failed", figures.failed());
        node.put("errors", figures.errors());
        node.put("notRun", figures.notRun());
        node.set("missing", keys(figures.missing()));
        node.set("unprovokable", keys(figures.unprovokable()));
        return node;
    }

    private static ArrayNode keys(Collection<ResponseKey> keys) {
        ArrayNode array = JSON.createArrayNode();
        keys.forEach(key -> array.add(key.spec() + " " + key.operationId() + " " + key.label()));
        return array;
    }
}
