package org.tvilling.altinn.systemregister;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tvilling.platform.web.ApiDescriptor;

@Configuration(proxyBeanMethods = false)
class SystemRegisterApiDescriptor {

    @Bean
    ApiDescriptor systemRegisterApi() {
        return new ApiDescriptor(
                "Altinn 3 system register",
                "/authentication/api/v1/systemregister/vendor",
                "altinn-systemregister.yaml");
    }
}
