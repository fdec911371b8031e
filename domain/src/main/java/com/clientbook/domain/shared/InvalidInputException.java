package com.clientbook.domain.shared;

import java.util.List;

/** Input that breaks the rules of its fields. Names every field at fault, so each gets its own message. */
public class InvalidInputException extends BusinessException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalidInput", errors.size() == 1 ? errors.get(0).field() : null,
                "The input is not valid: " + errors.stream().map(e -> e.field() + " " + e.message()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
