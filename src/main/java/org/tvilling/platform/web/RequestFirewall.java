package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, with its rules unchanged, whose refusals of a header or parameter name the
 * element: the strict firewall checks a header's value only when the application reads it, and then refuses it
 * with a message quoting the value (which may be a personal number or a token) and no structured name, so a
 * family could only answer "something was wrong". Tomcat's refusal of a query string it cannot decode (its
 * {@link InvalidParameterException}, raised when a parameter is first read) becomes the same kind of refusal.
 */
final class RequestFirewall implements HttpFirewall {

    private final StrictHttpFirewall strict = new StrictHttpFirewall();

    RequestFirewall() {
        strict.setAllowedHeaderNames(HeaderCharacters::name);
        strict.setAllowedHeaderValues(HeaderCharacters::value);
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) throws RequestRejectedException {
        return new NamingRequest(strict.getFirewalledRequest(request));
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }

    private static final class NamingRequest extends FirewalledRequest {

        private final FirewalledRequest checked;

        NamingRequest(FirewalledRequest checked) {
            super(checked);
            this.checked = checked;
        }

        @Override
        public String getHeader(String name) {
            return header(name, () -> super.getHeader(name));
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            Enumeration<String> values = header(name, () -> super.getHeaders(name));
            return each(values, next -> header(name, next));
        }

        @Override
        public long getDateHeader(String name) {
            return header(name, () -> super.getDateHeader(name));
        }

        @Override
        public int getIntHeader(String name) {
            return header(name, () -> super.getIntHeader(name));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return each(super.getHeaderNames(), next -> header(null, next));
        }

        @Override
        public String getParameter(String name) {
            return parameter(() -> super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameter(() -> super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameter(super::getParameterMap);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return each(parameter(super::getParameterNames), RequestFirewall.NamingRequest::parameter);
        }

        @Override
        public void reset() {
            checked.reset();
        }

        /** The strict firewall checks each element as it is read: so is its refusal named, element by element. */
        private static Enumeration<String> each(
                Enumeration<String> elements, Function<Supplier<String>, String> checked) {
            return new Enumeration<>() {
                @Override
                public boolean hasMoreElements() {
                    return elements.hasMoreElements();
                }

                @Override
                public String nextElement() {
                    return checked.apply(elements::nextElement);
                }
            };
        }

        private static <T> T header(@Nullable String name, Supplier<T> read) {
            try {
                return read.get();
            } catch (RequestRejectedException rejected) {
                throw RejectedValue.header(name, rejected);
            }
        }

        private static <T> T parameter(Supplier<T> read) {
            try {
                return read.get();
            } catch (RequestRejectedException | InvalidParameterException rejected) {
                throw RejectedValue.query(rejected);
            }
        }
    }
}
