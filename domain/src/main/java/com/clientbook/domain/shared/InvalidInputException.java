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

    /**
     * One field at fault.
     *
     * @param message     the reason in English, for the API and the log
     * @param messageKey  the key of the reason in the pages' bundle, or {@code null} when {@code message} is already in
     *                    the reader's words (Bean Validation's, interpolated in their language)
     * @param arguments   the placeholders' values of the key
     */
    public record FieldError(String field, String message, String messageKey, List<Object> arguments) {

        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }

        /** A reason the pages say in the reader's language from {@code messageKey}; the API shows {@code englishMessage}. */
        public static FieldError worded(String field, String messageKey, String englishMessage, Object... arguments) {
            return new FieldError(field, englishMessage, messageKey, List.of(arguments));
        }
    }
}
