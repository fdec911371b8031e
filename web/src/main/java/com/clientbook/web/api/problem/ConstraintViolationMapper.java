package com.clientbook.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures (on resource parameters, or from the persistence layer's last check) as 400
 * with one error per field. The field is the last node of the property path: the name the caller used,
 * not the Java method and argument position that lead to it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Problem.response(problemFor(exception)).build();
    }

    static Problem problemFor(ConstraintViolationException exception) {
        List<Problem.FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, BusinessExceptionMapper.INVALID_INPUT_DETAIL)
                .withType(Problem.BUSINESS_TYPE_PREFIX + "error.invalidInput")
                .withErrors(errors);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return field;
    }
}
