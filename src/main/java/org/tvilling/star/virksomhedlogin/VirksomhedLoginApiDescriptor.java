package org.tvilling.star.virksomhedlogin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tvilling.platform.web.ApiDescriptor;

@Configuration(proxyBeanMethods = false)
class VirksomhedLoginApiDescriptor {

    @Bean
    ApiDescriptor virksomhedLoginApi() {
        return new ApiDescriptor(
                "STAR Virksomhedsindsats.VirksomhedLoginService v1",
                "/star/v1/VirksomhedLogin",
                "star-virksomhedlogin.yaml");
    }
}
