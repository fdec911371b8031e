package com.clientbook.domain.customer;

import com.clientbook.domain.customfield.CustomFieldFilter;
import com.clientbook.domain.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a vendor asks of its customer list: text filters (each a case-insensitive "contains"; {@code text} looks
 * in company name, customer number, e-mail address and city at once), one label (exact, case-insensitive), "no
 * customer number yet", registered or not (a person of the customer company has an active account; {@code null}
 * for either), changed since an instant (for ERP delta sync), one sort column, and a page. Blank filters are
 * ignored.
 *
 * <p>Bans and orders (issue 4): {@code bans} says whether banned customers are left out (the default), the only ones
 * shown, or shown with the others; a ban is in force on {@code today} (a UTC date, the caller's clock; {@code null}
 * means the database's current date) unless its last day has passed. {@code ordered}: only customers with (true) or
 * without (false) an order in {@code customer_order}; {@code null} for either. {@code invited}: an invitation about
 * the customer is pending (not accepted, revoked or expired now), or not; {@code null} for either.
 *
 * <p>{@code deliveryDays} (issue 14): only customers with (true) or without (false) delivery days at the vendor, that
 * is a current delivery location with an enabled schedule of its own, or without one of its own a stop of an active
 * route that delivers on some weekday; {@code null} for either.
 *
 * <p>The dashboard's links (issue 16): {@code moved}, the customers that moved into a step of the funnel at or after an
 * instant (whatever their status now); {@code location}, only customers with (true) or without (false) a current
 * delivery location of the customer company; {@code null} for either.
 */
public record CustomerQuery(String name, String customerNumber, String city,
                            CustomerSort sort, boolean ascending, int page, int size,
                            String text, String label, boolean withoutCustomerNumber, Boolean registered,
                            Instant updatedSince, BanFilter bans, LocalDate today, Boolean ordered, Boolean invited,
                            RouteFilter route, Boolean deliveryDays, Moved moved, Boolean location,
                            List<CustomFieldFilter> customFields) {

    /**
     * Which routes of the vendor a customer is on (a delivery location of the customer company is a stop of it):
     * one route ({@code routeId}), or none of the vendor's current routes ({@code routeId} null). A query without a
     * route filter has {@code route} null.
     */
    public record RouteFilter(Long routeId) {

        /** On none of the vendor's current (not archived) routes. */
        public static final RouteFilter NONE = new RouteFilter(null);

        public static RouteFilter on(long routeId) {
            return new RouteFilter(routeId);
        }

        public boolean none() {
            return routeId == null;
        }
    }

    /**
     * The customers that moved into a step of the funnel at or after {@code since}, counted by the event that moves
     * them there: added (Prospect), an invitation about them sent (Invited), such an invitation accepted
     * (Registered), their first order (Has ordered). The dashboard's moves of the last 7 and 30 days are these counts.
     */
    public record Moved(Step step, Instant since) {

        public enum Step { ADDED, INVITED, REGISTERED, FIRST_ORDER }

        public Moved {
            if (step == null || since == null) {
                throw new IllegalArgumentException("a move needs its step and instant");
            }
        }
    }

    /** Which customers a ban keeps out of a list. */
    public enum BanFilter {
        /** Customers without a ban in force: the default list. */
        NOT_BANNED,
        /** Only customers with a ban in force. */
        BANNED,
        /** Everyone, banned or not. */
        ALL
    }

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;

    public CustomerQuery {
        name = Text.trimToNull(name);
        customerNumber = Text.trimToNull(customerNumber);
        city = Text.trimToNull(city);
        text = Text.trimToNull(text);
        label = Text.trimToNull(label);
        sort = sort == null ? CustomerSort.COMPANY_NAME : sort;
        bans = bans == null ? BanFilter.NOT_BANNED : bans;
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** The column filters only, as the first version of the list knew them. */
    public CustomerQuery(String name, String customerNumber, String city, CustomerSort sort, boolean ascending, int page, int size) {
        this(name, customerNumber, city, sort, ascending, page, size, null, null, false, null, null, null, null, null, null, null, null, null, null, null);
    }

    public CustomerQuery(String name, String customerNumber, String city,
                         CustomerSort sort, boolean ascending, int page, int size,
                         String text, String label, boolean withoutCustomerNumber, Boolean registered,
                         Instant updatedSince) {
        this(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber, registered,
                updatedSince, null, null, null, null, null, null, null, null, null);
    }

    public static CustomerQuery firstPage() {
        return new CustomerQuery(null, null, null, CustomerSort.COMPANY_NAME, true, 0, DEFAULT_PAGE_SIZE);
    }

    public CustomerQuery withText(String value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, value, label, withoutCustomerNumber, registered, updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    public CustomerQuery withLabel(String value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, value, withoutCustomerNumber, registered, updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    public CustomerQuery withoutCustomerNumber(boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, value, registered, updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    public CustomerQuery withRegistered(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber, value, updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    /** Only customers changed at or after the instant, sorted by when they changed (then id), oldest first. */
    public CustomerQuery withUpdatedSince(Instant value) {
        return new CustomerQuery(name, customerNumber, city, value == null ? sort : CustomerSort.UPDATED_AT,
                value == null ? ascending : true, page, size, text, label, withoutCustomerNumber, registered, value, bans, today, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    /** Which customers a ban keeps out ({@code null}: the default, those without a ban in force). */
    public CustomerQuery withBans(BanFilter value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, value, today, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    /** The day (UTC) on which bans are judged: a ban whose last day is before it is over. */
    public CustomerQuery on(LocalDate value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, value, ordered, invited, route, deliveryDays, moved, location, customFields);
    }

    /** Only customers that have ordered from the vendor (true), or not yet (false); {@code null} for either. */
    public CustomerQuery withOrdered(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, value, invited, route, deliveryDays, moved, location, customFields);
    }

    /** Only customers on one route of the vendor, or on none of its routes; {@code null} for either. */
    public CustomerQuery withRoute(RouteFilter value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, ordered, invited, value, deliveryDays, moved, location, customFields);
    }

    /**
     * Invited or not: an invitation about the customer is pending (not accepted, not revoked, not expired now);
     * {@code null} for either. The status Invited is "not registered, no order, invited", Prospect "none of these".
     */
    public CustomerQuery withInvited(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, ordered, value, route, deliveryDays, moved, location, customFields);
    }

    /** Only customers with (true) or without (false) delivery days at the vendor; {@code null} for either. */
    public CustomerQuery withDeliveryDays(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, ordered, invited, route, value, moved, location, customFields);
    }

    /** Only the customers that moved into a step of the funnel since an instant; {@code null} for all. */
    public CustomerQuery withMoved(Moved value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, ordered, invited, route, deliveryDays, value, location, customFields);
    }

    /** Only customers with (true) or without (false) a current delivery location; {@code null} for either. */
    public CustomerQuery withLocation(Boolean value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, value, customFields);
    }

    /** The same query, filtered by these custom fields as well (each must hold). */
    public CustomerQuery withCustomFields(List<CustomFieldFilter> value) {
        return new CustomerQuery(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber,
                registered, updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, location, value);
    }

    /** The twenty parts before custom fields (issue 17), without custom field filters. */
    public CustomerQuery(String name, String customerNumber, String city,
                         CustomerSort sort, boolean ascending, int page, int size,
                         String text, String label, boolean withoutCustomerNumber, Boolean registered,
                         Instant updatedSince, BanFilter bans, LocalDate today, Boolean ordered, Boolean invited,
                         RouteFilter route, Boolean deliveryDays, Moved moved, Boolean location) {
        this(name, customerNumber, city, sort, ascending, page, size, text, label, withoutCustomerNumber, registered,
                updatedSince, bans, today, ordered, invited, route, deliveryDays, moved, location, null);
    }
}
