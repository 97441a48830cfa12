package org.tvilling.heliumv.user;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tvilling.heliumv.HvRequestBody;
import org.tvilling.heliumv.user.generated.model.ChangePasswordEntry;
import org.tvilling.heliumv.user.generated.model.LogonEntry;
import org.tvilling.heliumv.user.generated.model.LogonIdCardEntry;
import org.tvilling.heliumv.user.generated.model.LogonTenantEntry;
import org.tvilling.platform.web.ApiDescriptor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HeliumvUserProperties.class)
class UserApiConfiguration {

    @Bean
    ApiDescriptor heliumvUserApi() {
        return new ApiDescriptor("HELIUM V UserApi", "/restapi/services/rest/api/v1/logon", "heliumv-user.yaml");
    }

    /** The names UserApi checks its bodies under (HvValidateBadRequest.notNull/notEmpty in UserApi.java). */
    @Bean
    HvRequestBody logonEntryBody() {
        return new HvRequestBody(LogonEntry.class, "logonEntry", List.of("username", "password"));
    }

    /** logonapp checks its LogonTenantEntry under the name logonEntry too. */
    @Bean
    HvRequestBody logonTenantEntryBody() {
        return new HvRequestBody(LogonTenantEntry.class, "logonEntry", List.of("username", "password"));
    }

    @Bean
    HvRequestBody logonIdCardEntryBody() {
        return new HvRequestBody(LogonIdCardEntry.class, "logonEntry", List.of());
    }

    /** password reports every fault of its body as passwordEntry. */
    @Bean
    HvRequestBody changePasswordEntryBody() {
        return new HvRequestBody(ChangePasswordEntry.class, "passwordEntry", List.of());
    }
}
