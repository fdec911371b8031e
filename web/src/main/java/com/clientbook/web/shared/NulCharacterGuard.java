package com.clientbook.web.shared;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pages' half of refusing NUL characters (the API's is {@code NulInParameters} and {@code JsonBodyGuard}): a
 * request parameter of a page that holds a NUL reaches Faces with each NUL replaced by U+FFFD, and the names of
 * those parameters are kept for {@link NoNulCharacters}, which puts the refusal at the field. Nothing with a NUL
 * goes any further, so also the few values Faces does not validate (a table's filter, say) cannot carry one to
 * PostgreSQL, which refuses it.
 */
@WebFilter(filterName = "NulCharacterGuard", urlPatterns = "*.xhtml", asyncSupported = true)
public class NulCharacterGuard implements Filter {

    /** The request attribute with the names of the parameters that held a NUL. */
    static final String NAMES = NulCharacterGuard.class.getName() + ".names";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getCharacterEncoding() == null) {
            // reading the parameters fixes their encoding: the pages are UTF-8, as Faces would have set it
            http.setCharacterEncoding("UTF-8");
        }
        Map<String, String[]> parameters = http.getParameterMap();
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (Arrays.stream(parameter.getValue()).anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                names.add(parameter.getKey());
            }
        }
        if (names.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(NAMES, Collections.unmodifiableSet(names));
        chain.doFilter(new Cleaned(http, parameters), response);
    }

    /** The same request with every NUL in a parameter value replaced. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Cleaned(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            original.forEach((name, values) -> parameters.put(name,
                    Arrays.stream(values).map(v -> v == null ? null : v.replace('\0', '\uFFFD')).toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
