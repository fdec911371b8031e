package com.clientbook.web.api.problem;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.web.shared.DatabaseUnavailable;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort. The EJB container wraps what is not an application exception in {@link EJBException};
 * a known failure found inside is answered as if it had come alone. A database that cannot be reached right now is
 * 503 with {@code Retry-After} ({@link DatabaseUnavailable}), logged in one line: the client may simply try again.
 * Anything else is a fault of ours: logged with an incident id, answered 500 with that id and without the
 * exception's text, which may name tables, classes or other tenants' data.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof BusinessException business) {
                return Problem.response(BusinessExceptionMapper.problemFor(business)).build();
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return Problem.response(ConstraintViolationMapper.problemFor(invalid)).build();
            }
            if (cause instanceof WebApplicationException web && cause != exception) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        if (DatabaseUnavailable.among(exception)) {
            LOG.warning("API request answered 503: the database cannot be reached (" + exception + ")");
            return Problem.response(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                            "The database cannot be reached right now. Please try again in a moment."))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed; incident " + incident, exception);
        return Problem.response(Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It was logged as incident " + incident + ".")).build();
    }

    private static Throwable next(Throwable exception) {
        Throwable cause = exception instanceof EJBException ejb && ejb.getCausedByException() != null
                ? ejb.getCausedByException() : exception.getCause();
        return cause == exception ? null : cause;
    }
}
