package com.clientbook.domain.shared;

/**
 * The record does not exist, or belongs to another tenant: both answer the same, so that ids
 * reveal nothing about other vendors' data.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", null, what + " " + id + " was not found.", what, id);
    }
}
