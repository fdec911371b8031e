package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.services.customer.CustomerStatus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query parameters of {@code GET /customers} as the caller sent them, turned into a {@link CustomerQuery}.
 * They arrive as text so that a wrong value is answered with a problem naming the parameter, where JAX-RS's
 * own conversion would answer 404. A page size above the maximum is lowered to it, not refused.
 *
 * @param q                free text, found in company name, customer number, e-mail address or city
 * @param label            one label, exact but ignoring case
 * @param noCustomerNumber "true" for customers without a number yet
 * @param status           one of {@link CustomerStatus}: REQUESTED and REJECTED are access requests, listed apart
 * @param updatedSince     an ISO-8601 instant; the list is then sorted by change time, oldest first
 * @param banned           false (the default): customers without a ban in force; true: only those; all: both. With
 *                         updatedSince the default is all, so an ERP's delta sync also sees who was banned
 * @param route            a route id of the vendor: customers with a delivery location on it; "none": customers on
 *                         none of the vendor's current routes. Another vendor's route id is not found (404)
 * @param deliveryDays     "none": customers without delivery days at the vendor (the dashboard's count); "some":
 *                         those with
 */
record CustomerListRequest(String page, String size, String sort, String name, String customerNumber, String city,
                           String q, String label, String noCustomerNumber, String status, String updatedSince,
                           String banned, String route, String deliveryDays) {

    CustomerListRequest(String page, String size, String sort, String name, String customerNumber, String city, String q) {
        this(page, size, sort, name, customerNumber, city, q, null, null, null, null, null, null, null);
    }

    CustomerListRequest(String page, String size, String sort, String name, String customerNumber, String city, String q,
                        String label, String noCustomerNumber, String status, String updatedSince, String banned,
                        String route) {
        this(page, size, sort, name, customerNumber, city, q, label, noCustomerNumber, status, updatedSince, banned, route, null);
    }

    CustomerListRequest(String page, String size, String sort, String name, String customerNumber, String city, String q,
                        String label, String noCustomerNumber, String status, String updatedSince, String banned) {
        this(page, size, sort, name, customerNumber, city, q, label, noCustomerNumber, status, updatedSince, banned, null, null);
    }

    static final String ROUTE_VALUES = "a route id, or none";

    static final String STATUS_VALUES = "REQUESTED, REJECTED, PROSPECT, INVITED, REGISTERED or HAS_ORDERED";

    /** The status asked for, or {@code null} for any; an unknown one is named at the field. */
    CustomerStatus statusFilter() {
        String statusText = Text.trimToNull(status);
        if (statusText == null) {
            return null;
        }
        try {
            return CustomerStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldError("status", "must be " + STATUS_VALUES)));
        }
    }

    static final String SORT_VALUES = "companyName, customerNumber, city or createdAt, then optionally ,asc or ,desc";

    private static final Map<String, CustomerSort> SORTS = Map.of(
            "companyname", CustomerSort.COMPANY_NAME,
            "customernumber", CustomerSort.CUSTOMER_NUMBER,
            "city", CustomerSort.CITY,
            "createdat", CustomerSort.CREATED_AT);

    CustomerQuery toQuery() {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = number("page", page, 0, errors);
        if (pageNumber < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        int pageSize = number("size", size, CustomerQuery.DEFAULT_PAGE_SIZE, errors);
        if (pageSize < 1) {
            errors.add(new FieldError("size", "must be between 1 and " + CustomerQuery.MAX_PAGE_SIZE));
        }
        if ((long) pageNumber * Math.min(pageSize, CustomerQuery.MAX_PAGE_SIZE) > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "is beyond the end of any list"));
        }
        CustomerSort column = CustomerSort.COMPANY_NAME;
        boolean ascending = true;
        String sortText = Text.trimToNull(sort);
        if (sortText != null) {
            String[] parts = sortText.split(",", -1);
            column = SORTS.get(parts[0].strip().toLowerCase(Locale.ROOT));
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
            if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                errors.add(new FieldError("sort", "must be " + SORT_VALUES));
            }
            ascending = direction.equals("asc");
        }
        boolean withoutNumber = false;
        String noNumber = Text.trimToNull(noCustomerNumber);
        if (noNumber != null) {
            if (!noNumber.equalsIgnoreCase("true") && !noNumber.equalsIgnoreCase("false")) {
                errors.add(new FieldError("noCustomerNumber", "must be true or false"));
            }
            withoutNumber = noNumber.equalsIgnoreCase("true");
        }
        CustomerStatus statusFilter = null;
        try {
            statusFilter = statusFilter();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        CustomerQuery.BanFilter bans = null;
        String bannedText = Text.trimToNull(banned);
        if (bannedText != null) {
            switch (bannedText.toLowerCase(Locale.ROOT)) {
                case "true" -> bans = CustomerQuery.BanFilter.BANNED;
                case "false" -> bans = CustomerQuery.BanFilter.NOT_BANNED;
                case "all" -> bans = CustomerQuery.BanFilter.ALL;
                default -> errors.add(new FieldError("banned", "must be true, false or all"));
            }
        }
        CustomerQuery.RouteFilter routeFilter = null;
        String routeText = Text.trimToNull(route);
        if (routeText != null) {
            if (routeText.equalsIgnoreCase("none")) {
                routeFilter = CustomerQuery.RouteFilter.NONE;
            } else {
                try {
                    routeFilter = CustomerQuery.RouteFilter.on(Long.parseLong(routeText));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("route", "must be " + ROUTE_VALUES));
                }
            }
        }
        Boolean withDeliveryDays = null;
        String deliveryDaysText = Text.trimToNull(deliveryDays);
        if (deliveryDaysText != null) {
            switch (deliveryDaysText.toLowerCase(Locale.ROOT)) {
                case "none" -> withDeliveryDays = Boolean.FALSE;
                case "some" -> withDeliveryDays = Boolean.TRUE;
                default -> errors.add(new FieldError("deliveryDays", "must be none or some"));
            }
        }
        Instant since = null;
        String sinceText = Text.trimToNull(updatedSince);
        if (sinceText != null) {
            try {
                since = Instant.parse(sinceText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("updatedSince", "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (bans == null && since != null) {
            bans = CustomerQuery.BanFilter.ALL;
        }
        CustomerQuery query = new CustomerQuery(name, customerNumber, city, column, ascending,
                pageNumber, Math.min(pageSize, CustomerQuery.MAX_PAGE_SIZE))
                .withText(q)
                .withLabel(label)
                .withoutCustomerNumber(withoutNumber)
                .withUpdatedSince(since)
                .withBans(bans)
                .withRoute(routeFilter)
                .withDeliveryDays(withDeliveryDays);
        return statusFilter != null && statusFilter.isRelationship() ? statusFilter.narrow(query) : query;
    }

    static final String AFTER_VALUE = "must be a nextCursor of this list, unchanged";

    /**
     * The cursor sent as {@code after} ({@code null} without one); a text that is no cursor of this list, or a page
     * number beside it, is added to {@code errors} naming the parameter.
     */
    static CustomerCursor cursor(String after, String page, List<FieldError> errors) {
        String text = Text.trimToNull(after);
        if (text == null) {
            return null;
        }
        String pageText = Text.trimToNull(page);
        if (pageText != null && !pageText.equals("0")) {
            errors.add(new FieldError("page", "must be 0 or absent with after"));
        }
        try {
            return CustomerCursor.decode(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("after", AFTER_VALUE));
            return null;
        }
    }

    private static int number(String field, String value, int absent, List<FieldError> errors) {
        String text = Text.trimToNull(value);
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return absent;
        }
    }
}
