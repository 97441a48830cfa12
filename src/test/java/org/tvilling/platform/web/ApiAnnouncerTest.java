package org.tvilling.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;

@ExtendWith(OutputCaptureExtension.class)
class ApiAnnouncerTest {

    private final ApiDescriptor star = new ApiDescriptor("STAR test", "/star/v1/Test", "star-test.yaml");

    @Test
    void announce_theApiPort_namesEachApi(CapturedOutput output) {
        new ApiAnnouncer(List.of(star)).announce(event(8080, null));
        assertThat(output.getOut()).contains("STAR test: http://localhost:8080/star/v1/Test");
    }

    /** The operations endpoints' own server (README "Deploying") serves no API: it is not announced as one. */
    @Test
    void announce_theManagementPort_namesNoApi(CapturedOutput output) {
        new ApiAnnouncer(List.of(star)).announce(event(8081, "management"));
        assertThat(output.getOut()).doesNotContain("STAR test");
    }

    private static WebServerInitializedEvent event(int port, String namespace) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        WebServerApplicationContext context = mock(WebServerApplicationContext.class);
        when(context.getServerNamespace()).thenReturn(namespace);
        return new WebServerInitializedEvent(server) {
            @Override
            public WebServerApplicationContext getApplicationContext() {
                return context;
            }
        };
    }
}
