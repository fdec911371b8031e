package com.clientbook.web.api.problem;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.shared.TooManyRequestsException;
import jakarta.ws.rs.core.HttpHeaders;
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
        Response.ResponseBuilder response = Problem.response(problemFor(exception));
        if (exception instanceof TooManyRequestsException tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds());
        }
        return response.build();
    }

    static Problem problemFor(BusinessException exception) {
        Answer answer = answerTo(exception);
        Problem problem = new Problem(Problem.BUSINESS_TYPE_PREFIX + exception.messageKey(), answer.title(),
                answer.status(), detailOf(exception), fieldsOf(exception), null);
        if (exception instanceof EmailAlreadyRegisteredException taken) {
            problem = problem.withExistingCompanyId(taken.existingCompanyPublicId());
        }
        return problem;
    }

    /** The list of fields in an invalid-input message repeats errors[]; say it once, in the place made for it. */
    private static String detailOf(BusinessException exception) {
        return exception instanceof InvalidInputException ? INVALID_INPUT_DETAIL : exception.getMessage();
    }

    /** How each family of refusals answers; the first that fits wins, so subclasses come before their parents. */
    private record Answer(Class<? extends BusinessException> family, int status, String title) {
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer(TooManyRequestsException.class, Status.TOO_MANY_REQUESTS.getStatusCode(), "Too many requests"),
            new Answer(NotFoundException.class, Status.NOT_FOUND.getStatusCode(), "Not found"),
            new Answer(ConcurrentChangeException.class, Status.PRECONDITION_FAILED.getStatusCode(), "Changed by someone else"),
            new Answer(ConflictException.class, Status.CONFLICT.getStatusCode(), "Conflict"),
            new Answer(InvalidInputException.class, Status.BAD_REQUEST.getStatusCode(), "Invalid input"),
            new Answer(NotPermittedException.class, Status.FORBIDDEN.getStatusCode(), "Not permitted"),
            new Answer(RuleViolationException.class, UNPROCESSABLE_CONTENT, "Refused by a business rule"));

    /** Any refusal added later without an answer of its own. */
    private static final Answer REFUSED = new Answer(BusinessException.class, UNPROCESSABLE_CONTENT, "Refused");

    private static Answer answerTo(BusinessException exception) {
        return ANSWERS.stream().filter(a -> a.family().isInstance(exception)).findFirst().orElse(REFUSED);
    }

    private static List<Problem.FieldProblem> fieldsOf(BusinessException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(e -> new Problem.FieldProblem(e.field(), e.message())).toList();
        }
        return exception.field() == null ? null : List.of(new Problem.FieldProblem(exception.field(), exception.getMessage()));
    }
}
