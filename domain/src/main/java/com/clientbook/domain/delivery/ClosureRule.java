package com.clientbook.domain.delivery;

/** What happens to a delivery that falls on a closure day. */
public enum ClosureRule {
    /** No delivery that time; the next one is the next scheduled day. */
    SKIP,
    /** Delivered on the nearest open day before, at most a week earlier. */
    MOVE_EARLIER,
    /** Delivered on the nearest open day after, at most a week later. */
    MOVE_LATER
}
