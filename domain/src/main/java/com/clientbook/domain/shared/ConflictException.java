package com.clientbook.domain.shared;

/** The change would duplicate something that must be unique, or collides with another change. */
public class ConflictException extends BusinessException {

    public ConflictException(String messageKey, String field, String englishMessage, Object... arguments) {
        super(messageKey, field, englishMessage, arguments);
    }
}
