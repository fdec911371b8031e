package com.clientbook.domain.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A business rule refused what was asked. Rolls the transaction back, so a refused change
 * leaves nothing behind. Carries a bundle key and its arguments, so the pages can show it in
 * the user's language, and an English message for logs and API problem documents.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient List<Object> arguments;

    protected BusinessException(String messageKey, String field, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** Key of the message in the web bundles, e.g. {@code customer.numberTaken}. */
    public String messageKey() {
        return messageKey;
    }

    /** The input field the refusal is about, or {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
