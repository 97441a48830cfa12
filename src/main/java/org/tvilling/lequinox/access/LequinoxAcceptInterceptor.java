package org.tvilling.lequinox.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every success of this API is JSON, while its errors are plain text: the generated mappings therefore accept
 * an {@code Accept} of {@code text/plain} alone, and such a call would run (and commit a create, update or
 * activation) before its JSON answer failed to be written. No 406 is documented, so a request whose
 * {@code Accept} does not admit {@code application/json} is answered the family's way, 500 "An unknown error
 * has occurred", here, after the key and before the body is read or anything is written; one that admits it
 * gets JSON, whatever else it lists first.
 */
@Configuration(proxyBeanMethods = false)
class LequinoxAcceptInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/lequinox/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!admitsJson(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)))) {
            throw new LequinoxException(LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
        }
        // A success is JSON only (errors are written as plain text apart): without this, an Accept such as
        // "text/plain, application/json" would have Spring pick text/plain for the body, after the write.
        request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.APPLICATION_JSON));
        return true;
    }

    /**
     * No {@code Accept} admits anything. Otherwise the most specific range that includes JSON decides (so
     * {@code application/json;q=0} beside a wildcard refuses it); a header that cannot be parsed admits nothing.
     */
    static boolean admitsJson(List<String> accept) {
        if (accept.stream().allMatch(String::isBlank)) {
            return true;
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
        return ranges.stream()
                .filter(range -> range.includes(MediaType.APPLICATION_JSON))
                .max(Comparator.comparingInt(LequinoxAcceptInterceptor::specificity))
                .map(range -> range.getQualityValue() > 0)
                .orElse(false);
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }
}
