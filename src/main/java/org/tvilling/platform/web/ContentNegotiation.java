package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Content negotiation is settled before any operation runs (design.md §8, last paragraph): an operation that
 * answers a body runs only when the request's {@code Accept} admits one of its family's success types, so that
 * a write is never committed and then answered with a failure to write its answer; otherwise the family
 * answers its "not acceptable" before the body is read. The admitted types are then the only ones Spring may
 * write the success in (an {@code Accept} that lists {@code text/plain} or {@code application/problem+json}
 * first still gets the success as JSON). Errors are written in their family's own media type whatever
 * {@code Accept} says (RFC 9110 lets a server do so for a non-2xx answer).
 *
 * <p>Parameters of a media range other than its weight ({@code q}) are not honoured: the server writes UTF-8
 * only (JSON has no charset parameter at all, RFC 8259 §11), so {@code application/json;charset=utf-16} is
 * read as {@code application/json}.
 */
@Configuration(proxyBeanMethods = false)
class ContentNegotiation implements WebMvcConfigurer, HandlerInterceptor {

    private static final HeaderContentNegotiationStrategy ACCEPT = new WeightOnly();

    private final ApiFamilies families;

    /** Whether each operation answers a body: its return type, read once per operation, not per request. */
    private final Map<Method, Boolean> answersWithBody = new ConcurrentHashMap<>();

    ContentNegotiation(ApiFamilies families) {
        this.families = families;
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(ACCEPT));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        Optional<ApiFamily> family = families.family(request.getRequestURI());
        if (!(handler instanceof HandlerMethod operation) || family.isEmpty()) {
            return true;
        }
        List<MediaType> acceptable = ACCEPT.resolveMediaTypes(new ServletWebRequest(request));
        if (!answersWithBody.computeIfAbsent(operation.getMethod(), ContentNegotiation::answersWithBody)) {
            return true;
        }
        List<MediaType> success = successTypes(request, family.get());
        Set<MediaType> admitted = new LinkedHashSet<>();
        for (MediaType type : success) {
            if (admits(acceptable, type)) {
                admitted.add(type);
            }
        }
        if (admitted.isEmpty()) {
            throw new HttpMediaTypeNotAcceptableException(success);
        }
        request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, admitted);
        return true;
    }

    /**
     * The family's success types as the operation's mapping declares them ({@code produces}, which also lists
     * the media types of its errors), in the family's order.
     */
    @SuppressWarnings("unchecked")
    private static List<MediaType> successTypes(HttpServletRequest request, ApiFamily family) {
        Collection<MediaType> producible =
                (Collection<MediaType>) request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        if (producible == null || producible.isEmpty()) {
            return family.successTypes();
        }
        List<MediaType> success = new ArrayList<>();
        for (MediaType type : family.successTypes()) {
            producible.stream()
                    .filter(declared -> declared.isCompatibleWith(type) && !declared.isWildcardSubtype())
                    .forEach(success::add);
        }
        return success;
    }

    /**
     * The most specific range of {@code Accept} that includes the type decides, and admits it when its weight is
     * above zero: {@code application/json;q=0, *}{@code /*} refuses JSON.
     */
    static boolean admits(List<MediaType> acceptable, MediaType type) {
        return acceptable.stream()
                .filter(range -> range.includes(type))
                .max(Comparator.comparingInt(ContentNegotiation::specificity))
                .map(range -> range.getQualityValue() > 0)
                .orElse(false);
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    /** Operations whose success has no body (200, 201, 204 without content) answer any {@code Accept}. */
    private static boolean answersWithBody(Method operation) {
        ResolvableType returned = ResolvableType.forMethodReturnType(operation);
        Class<?> body = ResponseEntity.class.isAssignableFrom(returned.toClass())
                ? returned.getGeneric(0).toClass()
                : returned.toClass();
        return body != Void.class && body != void.class;
    }

    /**
     * {@code Accept} as Spring reads it, each range kept with its weight only. A header that is no list of media
     * ranges at all is a request that cannot be read (the family's 400, naming {@code Accept}), whatever the
     * operation answers: one that admits nothing it can answer is "not acceptable", this one is malformed.
     */
    private static final class WeightOnly extends HeaderContentNegotiationStrategy {

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
            String[] values = request.getHeaderValues(HttpHeaders.ACCEPT);
            if (values == null) {
                return MEDIA_TYPE_ALL_LIST;
            }
            List<MediaType> ranges;
            try {
                ranges = new ArrayList<>(MediaType.parseMediaTypes(Arrays.asList(values)));
            } catch (InvalidMediaTypeException unreadable) {
                throw RejectedValue.header(HttpHeaders.ACCEPT, unreadable);
            }
            if (ranges.isEmpty()) {
                return MEDIA_TYPE_ALL_LIST;
            }
            MimeTypeUtils.sortBySpecificity(ranges);
            return ranges.stream()
                    .map(range -> new MediaType(
                            range.getType(),
                            range.getSubtype(),
                            range.getParameter("q") == null ? Map.of() : Map.of("q", range.getParameter("q"))))
                    .toList();
        }
    }
}
