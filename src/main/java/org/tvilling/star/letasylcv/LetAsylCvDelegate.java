package org.tvilling.star.letasylcv;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.star.StarException;
import org.tvilling.star.StarFejlkode;
import org.tvilling.star.letasylcv.generated.api.LetAsylCvApiDelegate;
import org.tvilling.star.letasylcv.generated.model.GetCvSomPdfResponseDto;
import org.tvilling.star.letasylcv.generated.model.GetLetAsylCvResponseDto;
import org.tvilling.star.letasylcv.generated.model.LetAsylCvSomPdfDto;

/** LetAsylCv: GetLetAsylCv, OverfoerLetAsylCv, GetLetAsylCvPdf. The citizen is the CPR header's. */
@Component
class LetAsylCvDelegate implements LetAsylCvApiDelegate {

    private final LetAsylCvRepository cvs;
    private final LetAsylCvPdf pdf;
    private final Clock clock;

    LetAsylCvDelegate(LetAsylCvRepository cvs, LetAsylCvPdf pdf, Clock clock) {
        this.cvs = cvs;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<GetLetAsylCvResponseDto> getLetAsylCv(String xCivilRegistrationIdentifier) {
        return ResponseEntity.ok(cv(xCivilRegistrationIdentifier));
    }

    @Override
    public ResponseEntity<Void> overfoerLetAsylCv(String xCivilRegistrationIdentifier, String xRequestId) {
        cvs.transfer(xRequestId, xCivilRegistrationIdentifier, OffsetDateTime.now(clock));
        return ResponseEntity.ok().build();
    }

    /** The same CV as GetLetAsylCv, as a PDF, with the citizen's jobcenter beside it. */
    @Override
    public ResponseEntity<GetCvSomPdfResponseDto> getLetAsylCvPdf(String xCivilRegistrationIdentifier) {
        GetLetAsylCvResponseDto cv = cv(xCivilRegistrationIdentifier);
        LetAsylCvSomPdfDto somPdf = new LetAsylCvSomPdfDto(pdf.render(cv))
                .jobcenterstruktur(
                        cv.getCvProfilstruktur() == null
                                ? null
                                : cv.getCvProfilstruktur().getJobcenterstruktur());
        return ResponseEntity.ok(new GetCvSomPdfResponseDto().letAsylCvSomPdf(somPdf));
    }

    private GetLetAsylCvResponseDto cv(String cpr) {
        return cvs.find(cpr).orElseThrow(() -> new StarException(StarFejlkode.UKENDT_CPR));
    }
}
