package com.clientbook.domain.shared;

/** Somebody else saved the record after the caller read it; the caller's change was not applied. */
public class ConcurrentChangeException extends BusinessException {

    public ConcurrentChangeException(String what, Object id) {
        super("error.concurrentChange", null,
                what + " " + id + " was changed by someone else in the meantime. Reload it and try again.", what, id);
    }
}
