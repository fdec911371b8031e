package com.clientbook.services.shared;

import com.clientbook.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.Set;

/** Checks input against its Bean Validation rules and refuses it as a whole, naming every field at fault. */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.FieldError::field))
                    .toList());
        }
        return input;
    }
}
