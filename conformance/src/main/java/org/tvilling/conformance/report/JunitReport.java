package org.tvilling.conformance.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tvilling.conformance.Figures;
import org.tvilling.conformance.Outcome;
import org.tvilling.conformance.Result;
import org.tvilling.conformance.Suite;

/**
 * junit.xml for any CI: one testsuite per API (its figures as properties), one testcase per check, classname
 * {@code <api>.<operation>}; failures carry the failing exchange as a curl command, checks not run are skipped.
 */
final class JunitReport {

    private JunitReport() {}

    static void write(Suite.Run run, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "tvilling conformance");
            counts(xml, run.results(), run.took());
            for (String api : run.perApi().keySet()) {
                suite(xml, run, api);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void suite(XMLStreamWriter xml, Suite.Run run, String api) throws XMLStreamException {
        List<Result> results = run.results().stream()
                .filter(result -> result.check().api().equals(api))
                .toList();
        Figures figures = run.perApi().get(api);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", api);
        counts(xml, results, results.stream().map(Result::took).reduce(Duration.ZERO, Duration::plus));
        xml.writeAttribute("timestamp", run.started().toString());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "baseUrl", run.options().baseUrl().toString());
        property(xml, "profile", run.profile());
        property(xml, "seed", String.valueOf(run.options().seed()));
        property(xml, "coverage", String.format(Locale.ROOT, "%.4f", figures.coverage()));
        property(xml, "score", String.format(Locale.ROOT, "%.4f", figures.score()));
        property(xml, "documentedResponses", String.valueOf(figures.documented().size()));
        property(
                xml,
                "unprovokableResponses",
                String.valueOf(figures.unprovokable().size()));
        property(xml, "coveredResponses", String.valueOf(figures.covered().size()));
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (Result result : results) {
            testcase(xml, run, result);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, Suite.Run run, Result result) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute(
                "classname", result.check().api() + "." + result.check().operationId());
        xml.writeAttribute("name", Reports.name(result));
        xml.writeAttribute("time", seconds(result.took()));
        switch (result.outcome()) {
            case FAILED -> detail(xml, run, result, "failure");
            case ERROR -> detail(xml, run, result, "error");
            case NOT_RUN -> {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", result.message());
                xml.writeEndElement();
            }
            case PASSED -> {}
        }
        xml.writeEndElement();
    }

    private static void detail(XMLStreamWriter xml, Suite.Run run, Result result, String element)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", result.message());
        xml.writeAttribute("type", result.outcome() == Outcome.FAILED ? "conformance" : "suite");
        StringBuilder text = new StringBuilder(result.message());
        if (result.failing() != null) {
            text.append("\n\n")
                    .append(Curl.request(result.failing(), run.secrets()))
                    .append("\n\n")
                    .append(Curl.response(result.failing(), run.secrets()));
        }
        xml.writeCharacters(text.toString());
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<Result> results, Duration took) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(Reports.count(results, Outcome.FAILED)));
        xml.writeAttribute("errors", String.valueOf(Reports.count(results, Outcome.ERROR)));
        xml.writeAttribute("skipped", String.valueOf(Reports.count(results, Outcome.NOT_RUN)));
        xml.writeAttribute("time", seconds(took));
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }
}
