package org.tvilling.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tvilling.conformance.Apis;
import org.tvilling.conformance.Exchange;
import org.tvilling.conformance.Figures;
import org.tvilling.conformance.Outcome;
import org.tvilling.conformance.Register;
import org.tvilling.conformance.ResponseKey;
import org.tvilling.conformance.Result;
import org.tvilling.conformance.Suite;
import org.tvilling.contract.Specs;

/**
 * index.html: API → operation → documented response, each with its checks (passed; failed with the failing
 * request as a curl command and the response; not run and why), the responses that cannot be provoked from
 * outside (with the register's reason) and those without a check, and the two figures per API and overall.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}
            .passed{color:#176f2c}.failed,.error{color:#b3261e}.not_run{color:#7a5b00}.unprovokable{color:#555}
            .badge{font-weight:bold;text-transform:uppercase;font-size:.8em}
            pre{background:#f5f5f5;padding:.6em;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
            h3{margin-top:1.6em;border-bottom:1px solid #ddd}h4{margin:.8em 0 .2em}ul{margin:.2em 0}
            .check{margin:.2em 0 .4em}.message{white-space:pre-wrap}
            """;

    /** A check of 100 concurrent requests shows the first few. */
    private static final int SHOWN_EXCHANGES = 10;

    private final Suite.Run run;
    private final StringBuilder html = new StringBuilder();

    private HtmlReport(Suite.Run run) {
        this.run = run;
    }

    static void write(Suite.Run run, Path file) throws IOException {
        Files.writeString(file, new HtmlReport(run).render(), StandardCharsets.UTF_8);
    }

    private String render() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>tvilling conformance report</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>tvilling conformance report</h1>\n<p>Target <code>")
                .append(escape(run.options().baseUrl().toString()))
                .append("</code>, profile ")
                .append(escape(run.profile()))
                .append(", seed ")
                .append(run.options().seed())
                .append(", run <code>")
                .append(run.runId())
                .append("</code>, ")
                .append(run.started())
                .append(", ")
                .append(run.took().toSeconds())
                .append(" s: <strong class=\"")
                .append(run.passed() ? "passed\">PASSED" : "failed\">FAILED")
                .append("</strong></p>\n<p>Coverage: documented responses the suite has a check for, over those that")
                .append(" can be provoked from outside. Score: checks passed over checks run.</p>\n");
        summary();
        run.perApi().forEach(this::api);
        register();
        html.append("</body></html>\n");
        return html.toString();
    }

    private void summary() {
        html.append("<table><tr><th>API</th><th>coverage</th><th>score</th><th>passed</th><th>failed</th>")
                .append("<th>errors</th><th>not run</th><th>cannot be provoked</th></tr>\n");
        run.perApi().forEach((api, figures) -> row("<a href=\"#" + api + "\">" + api + "</a>", figures));
        row("<strong>overall</strong>", run.overall());
        html.append("</table>\n");
    }

    private void row(String name, Figures figures) {
        html.append("<tr><td>")
                .append(name)
                .append("</td><td>")
                .append(Figures.percent(figures.coverage()))
                .append(" (")
                .append(figures.covered().size())
                .append('/')
                .append(figures.provokable())
                .append(")</td><td>")
                .append(Figures.percent(figures.score()))
                .append(" (")
                .append(figures.passed())
                .append('/')
                .append(figures.run())
                .append(")</td><td>")
                .append(figures.passed())
                .append("</td><td>")
                .append(figures.failed())
                .append("</td><td>")
                .append(figures.errors())
                .append("</td><td>")
                .append(figures.notRun())
                .append("</td><td>")
                .append(figures.unprovokable().size())
                .append("</td></tr>\n");
    }

    private void api(String api, Figures figures) {
        Specs.Spec spec = Apis.spec(api);
        html.append("<h2 id=\"")
                .append(api)
                .append("\">")
                .append(api)
                .append("</h2>\n<p>")
                .append(escape(ConsoleReport.figures(figures)))
                .append("</p>\n");
        if (!figures.missing().isEmpty()) {
            html.append("<p class=\"failed\">Documented responses without a check:</p><ul>");
            figures.missing()
                    .forEach(key -> html.append("<li>")
                            .append(escape(key.operationId() + " " + key.label()))
                            .append("</li>"));
            html.append("</ul>\n");
        }
        List<Result> results = run.results().stream()
                .filter(result -> result.check().api().equals(api))
                .toList();
        List<ResponseKey> documented = Apis.documented(spec);
        for (Specs.DocumentedOperation operation : spec.operations()) {
            html.append("<h3>")
                    .append(escape(operation.operationId()))
                    .append(" <small><code>")
                    .append(operation.method())
                    .append(' ')
                    .append(escape(operation.pathTemplate()))
                    .append("</code></small></h3>\n");
            for (ResponseKey key : documented) {
                if (key.operationId().equals(operation.operationId())) {
                    response(key, results);
                }
            }
            List<Result> others = results.stream()
                    .filter(result -> result.check().operationId().equals(operation.operationId()))
                    .filter(result -> result.check().covers().isEmpty())
                    .toList();
            if (!others.isEmpty()) {
                html.append("<h4>other checks</h4>\n");
                others.forEach(this::check);
            }
        }
    }

    private void response(ResponseKey key, List<Result> results) {
        Optional<Register.Entry> unprovokable = run.register().entryFor(key);
        List<Result> covering = results.stream()
                .filter(result -> result.check().covers().contains(key))
                .toList();
        html.append("<h4>").append(escape(key.label())).append(' ');
        if (unprovokable.isPresent()) {
            html.append("<span class=\"badge unprovokable\">cannot be provoked from outside</span></h4>\n<p>")
                    .append(escape(unprovokable.get().reason()))
                    .append("</p>\n");
            return;
        }
        if (covering.isEmpty()) {
            html.append("<span class=\"badge failed\">no check</span></h4>\n");
            return;
        }
        Outcome worst = covering.stream()
                .map(Result::outcome)
                .max(Comparator.comparingInt(HtmlReport::severity))
                .orElseThrow();
        badge(worst);
        html.append("</h4>\n");
        covering.forEach(this::check);
    }

    private void check(Result result) {
        html.append("<div class=\"check\">");
        badge(result.outcome());
        html.append(' ')
                .append(escape(result.check().kind().label()))
                .append(": ")
                .append(escape(result.check().title()));
        if (!result.message().isEmpty()) {
            html.append("<div class=\"message ")
                    .append(result.outcome().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">")
                    .append(escape(result.message()))
                    .append("</div>");
        }
        if (result.failing() != null) {
            html.append("<pre>")
                    .append(escape(Curl.request(result.failing(), run.secrets())))
                    .append("</pre><pre>")
                    .append(escape(Curl.response(result.failing(), run.secrets())))
                    .append("</pre>");
        }
        if (!result.exchanges().isEmpty()) {
            html.append("<details><summary>")
                    .append(result.exchanges().size())
                    .append(result.exchanges().size() == 1 ? " exchange" : " exchanges")
                    .append("</summary>");
            List<Exchange> shown = result.exchanges()
                    .subList(0, Math.min(SHOWN_EXCHANGES, result.exchanges().size()));
            for (Exchange exchange : shown) {
                html.append("<pre>")
                        .append(escape(Curl.request(exchange, run.secrets())))
                        .append("\n\n")
                        .append(escape(Curl.response(exchange, run.secrets())))
                        .append("</pre>");
            }
            if (shown.size() < result.exchanges().size()) {
                html.append("<p>… and ")
                        .append(result.exchanges().size() - shown.size())
                        .append(" more like them</p>");
            }
            html.append("</details>");
        }
        html.append("</div>\n");
    }

    private void badge(Outcome outcome) {
        html.append("<span class=\"badge ")
                .append(outcome.name().toLowerCase(java.util.Locale.ROOT))
                .append("\">")
                .append(outcome.label())
                .append("</span>");
    }

    private void register() {
        html.append("<h2 id=\"register\">Cannot be provoked from outside</h2>\n<p>The checked-in register (")
                .append(Register.RESOURCE)
                .append("), shown apart from coverage:</p>\n<table><tr><th>API</th><th>operation</th>")
                .append("<th>response</th><th>why</th></tr>\n");
        for (Register.Entry entry : run.register().entries()) {
            html.append("<tr><td>")
                    .append(escape(entry.api()))
                    .append("</td><td>")
                    .append(escape(entry.operation()))
                    .append("</td><td>")
                    .append(escape(entry.status() + (entry.code().equals("*") ? "" : " " + entry.code())))
                    .append("</td><td>")
                    .append(escape(entry.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** A response is failed when one of its checks failed, passed when one passed and none failed or erred. */
    private static int severity(Outcome outcome) {
        return switch (outcome) {
            case NOT_RUN -> 0;
            case PASSED -> 1;
            case ERROR -> 2;
            case FAILED -> 3;
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
