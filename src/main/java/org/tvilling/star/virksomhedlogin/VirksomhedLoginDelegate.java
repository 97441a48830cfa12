package org.tvilling.star.virksomhedlogin;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.platform.web.StreamingJson;
import org.tvilling.star.DanskTid;
import org.tvilling.star.StarException;
import org.tvilling.star.StarFejlkode;
import org.tvilling.star.virksomhedlogin.generated.api.VirksomhedLoginApiDelegate;
import org.tvilling.star.virksomhedlogin.generated.model.GetVirksomhedLoginResponseDto;
import org.tvilling.star.virksomhedlogin.generated.model.GetVirksomhedLoginsResponseDto;
import org.tvilling.star.virksomhedlogin.generated.model.VirksomhedLoginDto;

/** Virksomhedsindsats.VirksomhedLoginService (Version 1, 2024-4). */
@Component
class VirksomhedLoginDelegate implements VirksomhedLoginApiDelegate {

    private final VirksomhedLoginRepository logins;
    private final StreamingJson streaming;
    private final Clock clock;

    VirksomhedLoginDelegate(VirksomhedLoginRepository logins, StreamingJson streaming, Clock clock) {
        this.logins = logins;
        this.streaming = streaming;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<GetVirksomhedLoginResponseDto> getVirksomhedLogin(String cvrNummer) {
        Virksomhed virksomhed = logins.findVirksomhed(cvrNummer)
                .orElseThrow(() -> new StarException(StarFejlkode.VIRKSOMHED_IKKE_FUNDET));
        if (virksomhed.login() == null) {
            throw new StarException(StarFejlkode.INGEN_LOGIN_REGISTRERET);
        }
        return ResponseEntity.ok(new GetVirksomhedLoginResponseDto(dto(virksomhed.login())));
    }

    @Override
    public ResponseEntity<Void> setVirksomhedLogin(String cvrNummer, String xRequestId) {
        logins.registerLogin(xRequestId, cvrNummer, OffsetDateTime.now(clock));
        return ResponseEntity.ok().build();
    }

    /** Streamed: {@code null} tells Spring the response has been written (see {@link StreamingJson}). */
    @Override
    public ResponseEntity<GetVirksomhedLoginsResponseDto> getVirksomhedLogins() {
        streaming.<VirksomhedLoginDto>writeArrayMember(
                "virksomhedLogins", sink -> logins.forEachLogin(login -> sink.accept(dto(login))));
        return null;
    }

    private static VirksomhedLoginDto dto(VirksomhedLogin login) {
        return new VirksomhedLoginDto(
                login.cvrNummer(),
                DanskTid.af(login.senesteLoginTidspunkt()),
                DanskTid.af(login.tidligsteLoginTidspunkt()));
    }
}
