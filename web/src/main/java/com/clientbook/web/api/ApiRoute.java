package com.clientbook.web.api;

import com.clientbook.web.operations.RequestLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.util.regex.Pattern;

/**
 * Names the endpoint a request matched, as its path template ({@code /api/v1/customers/{id}}), and the vendor whose
 * key it carries, for the request log and the metrics ({@link RequestLog}). Runs after matching, so only for requests
 * whose key was accepted; the others are logged as {@code /api/v1/**}.
 */
@Provider
public class ApiRoute implements ContainerRequestFilter {

    /** A template variable with its regular expression, {@code {id: [0-9]+}}: the log shows {@code {id}}. */
    private static final Pattern VARIABLE_PATTERN = Pattern.compile("\\{\\s*([^:}\\s]+)\\s*:[^}]*}");

    @Context
    ResourceInfo resource;

    @Inject
    ApiCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null) {
            request.setProperty(RequestLog.ROUTE, template(path(resource.getResourceClass()), path(resource.getResourceMethod())));
        }
        try {
            var actor = caller.actor();
            if (actor.role().isVendorSide()) {
                request.setProperty(RequestLog.VENDOR, actor.companyId());
            }
        } catch (IllegalStateException noKey) {
            // a resource that needs no key: no vendor to name
        }
    }

    static String template(String classPath, String methodPath) {
        StringBuilder template = new StringBuilder(ClientbookApi.PATH);
        for (String part : new String[] {classPath, methodPath}) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                template.append('/').append(trimmed);
            }
        }
        return VARIABLE_PATTERN.matcher(template).replaceAll("{$1}");
    }

    private static String path(AnnotatedElement element) {
        Path path = element == null ? null : element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }
}
