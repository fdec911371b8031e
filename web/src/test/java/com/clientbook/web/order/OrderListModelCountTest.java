package com.clientbook.web.order;

import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.order.OrderStatus;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.security.CurrentUser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orders page asks for the count, then for the page, in one request; at 1,000,000 orders counting is most of the
 * page's cost (docs/benchmarks.md, "Orders"), so the database is asked for it once per request.
 */
class OrderListModelCountTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 7);

    private final RecordingService service = new RecordingService();
    private OrderQuery filters = new OrderQuery(DAY, null, null, null, null, null, 0, 1);
    private final OrderListModel model = new OrderListModel(service, new SignedInVendor(),
            size -> new OrderQuery(filters.deliveryDay(), filters.status(), null, null, null, null, 0, size));

    @Test
    void ordersPageAfterTheCountReusesTheCount() {
        assertEquals(2000, model.count(Map.of()));
        model.load(50, 25, Map.of(), Map.of());

        assertEquals(List.of("count", "page 2 of 2000"), service.calls);
    }

    @Test
    void ordersPageWithoutACountJustBeforeOrForOtherFiltersCountsItself() {
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());
        model.load(25, 25, Map.of(), Map.of());
        model.count(Map.of());
        filters = new OrderQuery(DAY, OrderStatus.CONFIRMED, null, null, null, null, 0, 1);
        model.load(0, 25, Map.of(), Map.of());

        assertEquals(List.of("count", "page 0 of 2000", "count and page", "count", "count and page"), service.calls);
    }

    @Test
    void ordersPageAndSizeDoNotChangeTheFilters() {
        OrderQuery counted = new OrderQuery(DAY, null, 3L, null, true, null, 0, 1);
        assertTrue(OrderListModel.sameFilters(counted, new OrderQuery(DAY, null, 3L, null, true, null, 4, 25)));
        assertFalse(OrderListModel.sameFilters(counted, new OrderQuery(DAY.plusDays(1), null, 3L, null, true, null, 0, 1)));
        assertFalse(OrderListModel.sameFilters(counted, new OrderQuery(DAY, OrderStatus.PLACED, 3L, null, true, null, 0, 1)));
        assertFalse(OrderListModel.sameFilters(counted, new OrderQuery(DAY, null, null, null, true, null, 0, 1)));
        assertFalse(OrderListModel.sameFilters(counted, new OrderQuery(DAY, null, 3L, 9L, true, null, 0, 1)));
        assertFalse(OrderListModel.sameFilters(counted, new OrderQuery(DAY, null, 3L, null, false, null, 0, 1)));
    }

    /** Answers 2,000 orders for any filters and notes which of its calls the model made. */
    private static final class RecordingService extends OrderService {
        final List<String> calls = new ArrayList<>();

        @Override
        public long count(Actor actor, OrderQuery query) {
            return answer("count", query, 2000).totalItems();
        }

        @Override
        public Page<OrderView> list(Actor actor, OrderQuery query) {
            return answer("count and page", query, 2000);
        }

        @Override
        public Page<OrderView> list(Actor actor, OrderQuery query, long total) {
            return answer("page " + query.page() + " of " + total, query, total);
        }

        private Page<OrderView> answer(String call, OrderQuery query, long total) {
            calls.add(call);
            return new Page<>(List.of(), query.page(), query.size(), total);
        }
    }

    private static final class SignedInVendor extends CurrentUser {
        @Override
        public Actor actor() {
            return Actor.apiKey(7, "test");
        }
    }
}
