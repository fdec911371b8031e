package com.clientbook.domain.shared;

/** The request is well formed, but a business rule refuses it. */
public class RuleViolationException extends BusinessException {

    public RuleViolationException(String messageKey, String field, String englishMessage, Object... arguments) {
        super(messageKey, field, englishMessage, arguments);
    }
}
