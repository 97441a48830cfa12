package org.tvilling.contract;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test that claims ({@link Covers}) a documented response its requests never received. */
public final class ContractExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Observations.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Observations.Observed> observed = Observations.snapshot();
        List<String> unproven = Arrays.stream(context.getRequiredTestMethod().getAnnotationsByType(Covers.class))
                .filter(claim -> observed.stream().noneMatch(response -> proves(response, claim)))
                .map(claim ->
                        claim.operation() + " " + claim.status() + (claim.code().isEmpty() ? "" : " " + claim.code()))
                .toList();
        if (!unproven.isEmpty()) {
            throw new AssertionError("Claimed but never received: " + unproven + "; received: " + observed);
        }
    }

    private static boolean proves(Observations.Observed response, Covers claim) {
        return response.operationId().equals(claim.operation())
                && response.status() == claim.status()
                && (claim.code().isEmpty() || response.codes().contains(claim.code()));
    }
}
