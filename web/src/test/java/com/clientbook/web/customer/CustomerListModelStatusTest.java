package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.services.customer.CustomerStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The list page's status filter with the whole funnel (issue 4), without a server. */
class CustomerListModelStatusTest {

    @Test
    void theStatusFilterNarrowsTheQueryForRelationshipStatuses() {
        CustomerQuery ordered = CustomerListModel.query(Map.of("status", status("HAS_ORDERED")), Map.of(), 0, 25, false);
        assertEquals(Boolean.TRUE, ordered.ordered());

        CustomerQuery prospect = CustomerListModel.query(Map.of("status", status("PROSPECT")), Map.of(), 0, 25, false);
        assertEquals(Boolean.FALSE, prospect.registered());
        assertEquals(Boolean.FALSE, prospect.ordered());
    }

    @Test
    void requestedAndRejectedAreRecognisedAndAnythingElseShowsAll() {
        assertEquals(CustomerStatus.REQUESTED, CustomerListModel.status("REQUESTED"));
        assertEquals(CustomerStatus.REJECTED, CustomerListModel.status("REJECTED"));
        assertNull(CustomerListModel.status(""));
        assertNull(CustomerListModel.status("SLEEPING"));
        CustomerQuery query = CustomerListModel.query(Map.of("status", status("REQUESTED")), Map.of(), 0, 25, false);
        assertNull(query.registered());
        assertNull(query.ordered());
    }

    private static FilterMeta status(String value) {
        return FilterMeta.builder().field("status").filterValue(value).matchMode(MatchMode.EXACT).build();
    }
}
