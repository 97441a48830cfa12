package org.tvilling.lequinox.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tvilling.platform.web.ApiDescriptor;

@Configuration(proxyBeanMethods = false)
class LequinoxApiDescriptor {

    @Bean
    ApiDescriptor lequinoxAccessApi() {
        return new ApiDescriptor("Lequinox CDI server API (accesses)", "/lequinox/server", "lequinox-access.yaml");
    }
}
