package com.clientbook.domain.shared;

/** The person or key is signed in, but their role does not allow this. */
public class NotPermittedException extends BusinessException {

    public NotPermittedException(String action) {
        super("error.notPermitted", null, "You are not permitted to " + action + ".", action);
    }
}
