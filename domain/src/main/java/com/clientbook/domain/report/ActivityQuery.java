package com.clientbook.domain.report;

/**
 * A page of the customer activity report: all customers, or only those that have "gone quiet" (ordered before, and
 * nothing in the last {@code quietDays} days); sorted by last order, most recent first or longest ago first
 * (customers that never ordered last either way).
 */
public record ActivityQuery(Integer quietDays, boolean recentFirst, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_QUIET_DAYS = 3650;

    public ActivityQuery {
        if (quietDays != null && (quietDays < 1 || quietDays > MAX_QUIET_DAYS)) {
            throw new IllegalArgumentException("quietDays must be between 1 and " + MAX_QUIET_DAYS);
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
