package com.clientbook.web.api.customer;

import com.clientbook.domain.customer.CustomerCursor;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The after parameter of {@code GET /customers} (issue 19), without a server. */
class CustomerListRequestCursorTest {

    @Test
    void aNextCursorSentBackIsReadAsItWasGiven() {
        CustomerCursor given = new CustomerCursor(CustomerSort.COMPANY_NAME, false, "gasthof krone|wirt", 42);
        List<FieldError> errors = new ArrayList<>();
        assertEquals(given, CustomerListRequest.cursor(given.encode(), null, errors));
        CustomerCursor created = new CustomerCursor(CustomerSort.CREATED_AT, true, Instant.parse("2026-12-07T21:00:00.123456Z"), 7);
        assertEquals(created, CustomerListRequest.cursor(created.encode(), "0", errors));
        assertTrue(errors.isEmpty(), errors.toString());
        assertNull(CustomerListRequest.cursor("  ", "3", errors), "no cursor: the page number counts");
        assertTrue(errors.isEmpty());
    }

    @Test
    void aTextThatIsNoCursorAndAPageBesideOneAreNamed() {
        List<FieldError> errors = new ArrayList<>();
        CustomerListRequest.cursor("bm90IGEgY3Vyc29y", null, errors);
        CustomerListRequest.cursor("%%%", null, errors);
        assertEquals(List.of("after", "after"), errors.stream().map(FieldError::field).toList());

        errors.clear();
        CustomerCursor cursor = new CustomerCursor(CustomerSort.CITY, true, null, 9);
        CustomerListRequest.cursor(cursor.encode(), "2", errors);
        assertEquals(List.of("page"), errors.stream().map(FieldError::field).toList());
    }
}
