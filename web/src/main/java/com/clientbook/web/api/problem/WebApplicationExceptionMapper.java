package com.clientbook.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What JAX-RS itself refuses (no such path, method not allowed, unsupported media type, unreadable body)
 * as problem documents instead of the server's HTML error pages. Headers the refusal carries, such as
 * {@code Allow} on 405, are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed.",
            404, "There is nothing at this address.",
            405, "This address does not support the request's method; the Allow header lists those it does.",
            406, "This address answers only in application/json.",
            415, "Send the request body as application/json.");

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getEntity() instanceof Problem || original.getStatus() < 400) {
            return original;
        }
        if (original.getStatus() >= 500) {
            LOG.log(Level.SEVERE, "Request failed", exception);
        }
        Response.StatusType status = original.getStatusInfo();
        Problem problem = Problem.of(status, DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase() + "."));
        Response.ResponseBuilder response = Problem.response(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }
}
