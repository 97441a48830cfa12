package org.tvilling.star.letasylcv;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tvilling.platform.web.ApiDescriptor;

@Configuration(proxyBeanMethods = false)
class LetAsylCvApiDescriptor {

    @Bean
    ApiDescriptor letAsylCvApi() {
        return new ApiDescriptor("STAR LetAsylCv v1", "/star/v1/LetAsylCv", "star-letasylcv.yaml");
    }
}
