package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.Text;
import com.clientbook.persistence.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerSort;

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
 * @param status           PROSPECT, INVITED or REGISTERED
 * @param updatedSince     an ISO-8601 instant; the list is then sorted by change time, oldest first
 */
record CustomerListRequest(String page, String size, String sort, String name, String customerNumber, String city,
                           String q, String label, String noCustomerNumber, String status, String updatedSince) {

    CustomerListRequest(String page, String size, String sort, String name, String customerNumber, String city, String q) {
        this(page, size, sort, name, customerNumber, city, q, null, null, null, null);
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
        Boolean registered = null;
        Boolean invited = null;
        String statusText = Text.trimToNull(status);
        if (statusText != null) {
            switch (statusText.toUpperCase(Locale.ROOT)) {
                case "REGISTERED" -> registered = true;
                case "PROSPECT" -> {
                    registered = false;
                    invited = false;
                }
                case "INVITED" -> {
                    registered = false;
                    invited = true;
                }
                default -> errors.add(new FieldError("status", "must be PROSPECT, INVITED or REGISTERED"));
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
        return new CustomerQuery(name, customerNumber, city, column, ascending,
                pageNumber, Math.min(pageSize, CustomerQuery.MAX_PAGE_SIZE))
                .withText(q)
                .withLabel(label)
                .withoutCustomerNumber(withoutNumber)
                .withRegistered(registered)
                .withInvited(invited)
                .withUpdatedSince(since);
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
