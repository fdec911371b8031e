package com.clientbook.web.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is {@code about:blank} when the HTTP status says it all, and a
 * stable {@code urn:clientbook:problem:…} name when a business rule refused the request, so that an ERP can
 * react to the kind of refusal without parsing English text. Absent members are left out of the JSON.
 *
 * @param errors            the fields at fault, for invalid input
 * @param existingCompanyId extension member: the customer company that already has the e-mail address (its random
 *                          public id, as {@code companyId} of a customer), which the vendor can link instead of
 *                          adding it again, by that e-mail address
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document")
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "existingCompanyId"})
public record Problem(
        @Schema(description = "about:blank, or urn:clientbook:problem:<kind> when a business rule refused the request",
                example = "urn:clientbook:problem:customer.numberTaken")
        String type,
        @Schema(description = "A short summary of the kind of problem") String title,
        @Schema(description = "The HTTP status") int status,
        @Schema(description = "What went wrong in this request, in English") String detail,
        List<FieldProblem> errors,
        @Schema(description = "On a refused e-mail address: the customer company that has it (its public id), to "
                + "link instead with POST /customers/links and that e-mail address", type = SchemaType.STRING)
        String existingCompanyId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    static final String BLANK = "about:blank";
    static final String BUSINESS_TYPE_PREFIX = "urn:clientbook:problem:";

    /** One field the caller has to correct, named as in the request's JSON or query. */
    @Schema(name = "FieldProblem")
    public record FieldProblem(@Schema(description = "The field or query parameter, as named in the request") String field,
                               String message) {
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(StatusType status, String detail) {
        return new Problem(BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public Problem withType(String type) {
        return new Problem(type, title, status, detail, errors, existingCompanyId);
    }

    public Problem withErrors(List<FieldProblem> errors) {
        return new Problem(type, title, status, detail, errors, existingCompanyId);
    }

    public Problem withExistingCompanyId(String existingCompanyId) {
        return new Problem(type, title, status, detail, errors, existingCompanyId);
    }

    /** A response carrying this problem, with its status and media type; callers may add headers. */
    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA).entity(problem);
    }
}
