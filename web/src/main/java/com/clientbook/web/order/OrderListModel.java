package com.clientbook.web.order;

import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.order.OrderService;
import com.clientbook.services.order.OrderView;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/** The vendor's orders one page at a time, as the filters above the table ask; the database pages. */
public class OrderListModel extends LazyDataModel<OrderView> {

    private static final long serialVersionUID = 1L;
    static final int MAX_PAGE_SIZE = 200;

    private final OrderService orders;
    private final CurrentUser currentUser;
    private final IntFunction<OrderQuery> query;

    /** {@code query} builds the filters' query for a page size; the model sets the page. */
    OrderListModel(OrderService orders, CurrentUser currentUser, IntFunction<OrderQuery> query) {
        this.orders = orders;
        this.currentUser = currentUser;
        this.query = query;
    }

    /**
     * The count the table asked for just before it asks for the page (PrimeFaces calls {@link #count}, then
     * {@link #load}, in one request), with the filters it was counted for; used once, so the next request counts
     * afresh. Counting all of a vendor's orders is most of what the first page costs.
     */
    private transient OrderQuery counted;
    private transient long countedTotal;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = query.apply(1);
        countedTotal = orders.count(currentUser.actor(), counted);
        return (int) countedTotal;
    }

    @Override
    public List<OrderView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        OrderQuery filters = query.apply(size);
        OrderQuery pageQuery = new OrderQuery(filters.deliveryDay(), filters.status(), filters.routeId(),
                filters.relationshipId(), filters.byVendor(), null, first / size, size);
        Page<OrderView> page = counted != null && sameFilters(counted, pageQuery)
                ? orders.list(currentUser.actor(), pageQuery, countedTotal)
                : orders.list(currentUser.actor(), pageQuery);
        counted = null;
        setRowCount((int) page.totalItems());
        return page.items();
    }

    /** Whether two queries ask for the same orders, whatever their page. */
    static boolean sameFilters(OrderQuery a, OrderQuery b) {
        return Objects.equals(a.deliveryDay(), b.deliveryDay()) && a.status() == b.status()
                && Objects.equals(a.routeId(), b.routeId()) && Objects.equals(a.relationshipId(), b.relationshipId())
                && Objects.equals(a.byVendor(), b.byVendor()) && Objects.equals(a.updatedSince(), b.updatedSince());
    }

    @Override
    public String getRowKey(OrderView order) {
        return String.valueOf(order.id());
    }

    @Override
    public OrderView getRowData(String rowKey) {
        return getWrappedData().stream().filter(o -> Objects.equals(getRowKey(o), rowKey)).findFirst().orElse(null);
    }
}
