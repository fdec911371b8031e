package com.clientbook.web.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * A request body that is missing, not JSON, or not of the shape the resource expects is the caller's mistake: 400.
 * The JSON-B provider reports it as a {@link ProcessingException}, the same type it uses when writing a
 * response fails; catching it here, while reading, tells the two apart. The parser's message is not passed
 * on: it names Java classes, not fields a caller knows.
 */
@Provider
public class MalformedJsonInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            Object read = context.proceed();
            // JSON-P reads the body "null" as JsonValue.NULL, which is no JsonObject: like JSON-B, call it no body, so
            // the parameter's @NotNull names it, instead of a JsonValue handed to a method that takes a JsonObject
            return read != null && !context.getType().isInstance(read) ? null : read;
        } catch (NoContentException | BadRequestException e) {
            // Jersey reports an empty body as either, depending on where it notices
            throw badRequest("The request has no body; send a JSON object.", e);
        } catch (ProcessingException | JsonbException | JsonException e) {
            throw badRequest("The request body is not valid JSON of the shape this resource expects.", e);
        }
    }

    private static BadRequestException badRequest(String detail, Exception cause) {
        return new BadRequestException(Problem.response(Problem.of(Response.Status.BAD_REQUEST, detail)).build(), cause);
    }
}
