package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.customer.CustomerContact;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.shared.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The dashboard links' filters (issue 16) reach the count and the page alike, so the list counts what the dashboard
 * counted; a move into Requested narrows only the access requests; a link that cannot be read filters nothing.
 */
class CustomerListModelLinksTest {

    private static final Instant SINCE = Instant.parse("2026-12-02T10:00:00Z");

    private final RecordingService service = new RecordingService();
    private final CustomerListModel model = new CustomerListModel(service, null, new CustomerListModelCountTest.SignedInVendor());

    @Test
    void aMoveAndTheLocationFilterReachTheCountAndThePage() {
        model.setMoved(CustomerStatus.INVITED, SINCE);
        model.setLocation(false);
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());

        assertEquals(2, service.queries.size());
        for (CustomerQuery query : service.queries) {
            assertEquals(new CustomerQuery.Moved(CustomerQuery.Moved.Step.INVITED, SINCE), query.moved());
            assertEquals(Boolean.FALSE, query.location());
        }
        assertFalse(CustomerListModel.sameFilters(service.queries.get(0), service.queries.get(0).withLocation(null)));
        assertFalse(CustomerListModel.sameFilters(service.queries.get(0), service.queries.get(0).withMoved(null)));
    }

    @Test
    void aMoveIntoRequestedDoesNotNarrowTheCustomers() {
        model.setMoved(CustomerStatus.REQUESTED, SINCE);
        model.count(Map.of());
        assertNull(service.queries.get(0).moved());
    }

    @Test
    void aLinkThatCannotBeReadFiltersNothing() {
        assertNull(CustomerListModel.instant("yesterday"));
        assertNull(CustomerListModel.instant(" "));
        assertEquals(SINCE, CustomerListModel.instant(" 2026-12-02T10:00:00Z "));
        model.setMoved(CustomerStatus.PROSPECT, null);
        model.count(Map.of());
        assertNull(service.queries.get(0).moved());
        assertNull(model.getMovedInto());
    }

    private static final class RecordingService extends CustomerService {
        final List<CustomerQuery> queries = new ArrayList<>();

        @Override
        public long count(Actor actor, CustomerQuery query) {
            queries.add(query);
            return 3;
        }

        @Override
        public Page<CustomerView> list(Actor actor, CustomerQuery query, long total) {
            queries.add(query);
            return new Page<>(List.of(), query.page(), query.size(), total);
        }

        @Override
        public Page<CustomerView> list(Actor actor, CustomerQuery query) {
            queries.add(query);
            return new Page<>(List.of(), query.page(), query.size(), 3);
        }

        @Override
        public Map<Long, CustomerContact> contacts(Actor actor, java.util.Collection<Long> customerIds) {
            return Map.of();
        }
    }
}
