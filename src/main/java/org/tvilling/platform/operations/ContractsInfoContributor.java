package org.tvilling.platform.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info}: next to the build, the title and version of each served contract. */
@Component
class ContractsInfoContributor implements InfoContributor {

    private final ApiOperations operations;

    ContractsInfoContributor(ApiOperations operations) {
        this.operations = operations;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> apis = new LinkedHashMap<>();
        for (ApiOperations.Contract contract : operations.contracts()) {
            apis.put(
                    contract.api(),
                    Map.of(
                            "title", contract.title(),
                            "version", contract.version(),
                            "basePath", contract.basePath(),
                            "contract", "/api-specs/" + contract.api() + ".yaml"));
        }
        builder.withDetail("apis", apis);
    }
}
