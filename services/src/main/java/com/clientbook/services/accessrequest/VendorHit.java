package com.clientbook.services.accessrequest;

import com.clientbook.domain.accessrequest.AccessRequestStatus;

import java.io.Serializable;

/**
 * A listed vendor as a customer finds it in the directory: its name, and where the customer stands with it: connected
 * already, restricted (banned), or its request's status ({@code null}: never asked).
 */
public record VendorHit(long id, String name, boolean connected, boolean restricted, AccessRequestStatus request)
        implements Serializable {

    /** Whether asking now would open a request: not connected, not restricted, none open. */
    public boolean mayAsk() {
        return !connected && !restricted && request != AccessRequestStatus.OPEN;
    }
}
