package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.customer.CustomerContact;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PrimeFaces asks a lazy table's model for the count, then for the page, in the same request; at 100,000 customers
 * the count is the costly part (docs/architecture.md), so the database is asked for it once per request.
 */
class CustomerListModelCountTest {

    private final RecordingService service = new RecordingService();
    private final CustomerListModel model = new CustomerListModel(service, null, new SignedInVendor());

    @Test
    void thePageAfterTheCountReusesTheCount() {
        assertEquals(1234, model.count(filters("adler")));
        model.load(50, 25, Map.of("city", SortMeta.builder().field("city").order(SortOrder.ASCENDING).build()), filters("adler"));

        assertEquals(List.of("count", "page of 1234"), service.calls);
    }

    @Test
    void aPageWithoutACountJustBeforeCountsItself() {
        model.count(filters("adler"));
        model.load(0, 25, Map.of(), filters("adler"));
        model.load(25, 25, Map.of(), filters("adler"));

        assertEquals(List.of("count", "page of 1234", "count and page"), service.calls);
    }

    @Test
    void aPageForOtherFiltersThanTheCountCountsItself() {
        model.count(filters("adler"));
        model.load(0, 25, Map.of(), filters("krone"));

        assertEquals(List.of("count", "count and page"), service.calls);
    }

    @Test
    void pageAndSortDoNotChangeTheFilters() {
        CustomerQuery counted = CustomerListModel.query(filters("adler"), Map.of(), 0, 1, false);
        CustomerQuery page = CustomerListModel.query(filters("adler"),
                Map.of("city", SortMeta.builder().field("city").order(SortOrder.DESCENDING).build()), 75, 25, false);

        assertTrue(CustomerListModel.sameFilters(counted, page));
        assertFalse(CustomerListModel.sameFilters(counted, page.withLabel("VIP")));
        assertFalse(CustomerListModel.sameFilters(counted, page.withoutCustomerNumber(true)));
        assertFalse(CustomerListModel.sameFilters(counted, page.withBans(CustomerQuery.BanFilter.BANNED)));
        assertFalse(CustomerListModel.sameFilters(counted, page.withInvited(true)));
    }

    private static Map<String, FilterMeta> filters(String name) {
        return Map.of("companyName", FilterMeta.builder().field("companyName").filterValue(name).matchMode(MatchMode.CONTAINS).build());
    }

    private static final class RecordingService extends CustomerService {
        final List<String> calls = new ArrayList<>();

        @Override
        public long count(Actor actor, CustomerQuery query) {
            calls.add("count");
            return 1234;
        }

        @Override
        public Page<CustomerView> list(Actor actor, CustomerQuery query) {
            calls.add("count and page");
            return new Page<>(List.of(), query.page(), query.size(), 1234);
        }

        @Override
        public Page<CustomerView> list(Actor actor, CustomerQuery query, long total) {
            calls.add("page of " + total);
            return new Page<>(List.of(), query.page(), query.size(), total);
        }

        @Override
        public Map<Long, CustomerContact> contacts(Actor actor, java.util.Collection<Long> customerIds) {
            // the exports' phone and contact person, read for each page; not what these tests count
            return Map.of();
        }
    }

    /** A vendor's API key as the signed-in actor; the other model tests of this package use it too. */
    static final class SignedInVendor extends CurrentUser {
        @Override
        public Actor actor() {
            return Actor.apiKey(7, "test");
        }
    }
}
