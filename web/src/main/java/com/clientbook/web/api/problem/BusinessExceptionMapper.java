package com.clientbook.web.api.problem;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The services' refusals as problem documents. The detail is the exception's English message, written for
 * callers; the type names the refusal by its message key.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    /** RFC 9110's "Unprocessable Content"; {@link Status} has no constant for it. */
    private static final int UNPROCESSABLE_CONTENT = 422;
    static final String INVALID_INPUT_DETAIL = "The input is not valid; errors names each field at fault.";

    @Override
    public Response toResponse(BusinessException exception) {
        return Problem.response(problemFor(exception)).build();
    }

    static Problem problemFor(BusinessException exception) {
        Problem problem = new Problem(Problem.BUSINESS_TYPE_PREFIX + exception.messageKey(), titleOf(exception),
                statusOf(exception), detailOf(exception), fieldsOf(exception), null);
        if (exception instanceof EmailAlreadyRegisteredException taken) {
            problem = problem.withExistingCompanyId(taken.existingCompanyId());
        }
        return problem;
    }

    /** The list of fields in an invalid-input message repeats errors[]; say it once, in the place made for it. */
    private static String detailOf(BusinessException exception) {
        return exception instanceof InvalidInputException ? INVALID_INPUT_DETAIL : exception.getMessage();
    }

    private static int statusOf(BusinessException exception) {
        if (exception instanceof NotFoundException) {
            return Status.NOT_FOUND.getStatusCode();
        }
        if (exception instanceof ConcurrentChangeException) {
            return Status.PRECONDITION_FAILED.getStatusCode();
        }
        if (exception instanceof ConflictException) {
            return Status.CONFLICT.getStatusCode();
        }
        if (exception instanceof InvalidInputException) {
            return Status.BAD_REQUEST.getStatusCode();
        }
        if (exception instanceof NotPermittedException) {
            return Status.FORBIDDEN.getStatusCode();
        }
        // RuleViolationException, and any refusal added later without a status of its own
        return UNPROCESSABLE_CONTENT;
    }

    private static String titleOf(BusinessException exception) {
        if (exception instanceof NotFoundException) {
            return "Not found";
        }
        if (exception instanceof ConcurrentChangeException) {
            return "Changed by someone else";
        }
        if (exception instanceof ConflictException) {
            return "Conflict";
        }
        if (exception instanceof InvalidInputException) {
            return "Invalid input";
        }
        if (exception instanceof NotPermittedException) {
            return "Not permitted";
        }
        if (exception instanceof RuleViolationException) {
            return "Refused by a business rule";
        }
        return "Refused";
    }

    private static List<Problem.FieldProblem> fieldsOf(BusinessException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(e -> new Problem.FieldProblem(e.field(), e.message())).toList();
        }
        return exception.field() == null ? null : List.of(new Problem.FieldProblem(exception.field(), exception.getMessage()));
    }
}
