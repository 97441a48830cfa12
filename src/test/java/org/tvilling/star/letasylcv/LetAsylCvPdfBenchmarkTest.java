package org.tvilling.star.letasylcv;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tvilling.ApiTest;
import org.tvilling.star.letasylcv.generated.model.GetLetAsylCvResponseDto;

/**
 * GetLetAsylCvPdf: "rendering a full CV takes well under a second". Measures the renderer alone and the whole
 * HTTP round trip (one SQL statement, PDF, base64, JSON) for the full fixture CV and for the same CV with every
 * free text at its documented maximum. Runs only with {@code ./mvnw verify -Pbenchmark}; results are recorded in
 * benchmarks/README.md.
 */
@Tag("benchmark")
class LetAsylCvPdfBenchmarkTest extends ApiTest {

    private static final int RUNS = 200;
    private static final String FULD = "1506881234";
    private static final String LANG = "1607891234";

    @LocalServerPort
    private int port;

    @Autowired
    private LetAsylCvPdf pdf;

    @Test
    void fullCvRendersWellUnderASecond() throws Exception {
        LetAsylCvFixtures.deleteAll(dsl);
        GetLetAsylCvResponseDto fuld = LetAsylCvFixtures.fuldt(FULD, "Søren Amal", "Ærøskøbing-Ågård");
        GetLetAsylCvResponseDto lang = longest(LetAsylCvFixtures.fuldt(LANG, "Åse Birgitte", "Østergård"));
        LetAsylCvFixtures.insert(dsl, FULD, fuld);
        LetAsylCvFixtures.insert(dsl, LANG, lang);
        HttpClient client = HttpClient.newHttpClient();
        String token = bearer(token("jobcenter-101"));

        System.out.printf(
                "%n| measured | CV | pages | first call (ms) | median (ms) | 95th percentile (ms) | max (ms) |%n"
                        + "|---|---|---|---|---|---|---|%n");
        for (var cv : new Object[][] {{"full", FULD, fuld}, {"longest texts", LANG, lang}}) {
            GetLetAsylCvResponseDto document = (GetLetAsylCvResponseDto) cv[2];
            // The first call of the first row is the cold one: font parsing, class loading, JIT.
            report("render only", (String) cv[0], () -> pdf.render(document), document);
            report("GET /pdf over HTTP", (String) cv[0], () -> get(client, token, (String) cv[1]), document);
        }
    }

    private void report(String measured, String cv, Supplier<?> call, GetLetAsylCvResponseDto document) {
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            call.get();
            millis[run] = (System.nanoTime() - start) / 1_000;
        }
        long first = millis[0];
        Arrays.sort(millis);
        System.out.printf(
                "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                measured,
                cv,
                pages(pdf.render(document)),
                first / 1e3,
                millis[RUNS / 2] / 1e3,
                millis[RUNS * 95 / 100] / 1e3,
                millis[RUNS - 1] / 1e3);
    }

    private String get(HttpClient client, String token, String cpr) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/star/v1/LetAsylCv/pdf"))
                            .header("Authorization", token)
                            .header("x-civilRegistrationIdentifier", cpr)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int pages(byte[] rendered) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(rendered)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every free text of the document at its maxLength (GetLetAsylCvResponseDto: 2000 characters each). */
    private static GetLetAsylCvResponseDto longest(GetLetAsylCvResponseDto cv) {
        String text = "Lang beskrivelse med æ, ø og å, der fylder hele feltet. ".repeat(40);
        String max = text.substring(0, 2000);
        cv.getFagligProfilstruktur().setFagligProfil(max);
        cv.getAndenErfaringstruktur().setBeskrivelse(max);
        cv.getTidligereArbejdserfaringsstruktur()
                .getTidligereArbejdserfaringSamling()
                .forEach(erfaring -> erfaring.setBeskrivelse(max));
        cv.getKursusstruktur().getKursussamling().forEach(kursus -> kursus.setBeskrivelse(max));
        cv.getUddannelsesstruktur().getUddannelsessamling().forEach(uddannelse -> uddannelse.setBeskrivelse(max));
        cv.getCertificeringsstruktur()
                .getCertificeringssamling()
                .forEach(certificering -> certificering.setBeskrivelse(max));
        cv.getFrivilligtArbejdestruktur().getFrivilligtArbejdeSamling().forEach(arbejde -> arbejde.setBeskrivelse(max));
        return cv;
    }
}
