package com.clientbook.services.customer;

import java.io.Serializable;

/** A kind of change in a history: an action, and for a changed value ("CHANGED") which field changed. */
public record HistoryKind(String action, String field) implements Serializable {
}
