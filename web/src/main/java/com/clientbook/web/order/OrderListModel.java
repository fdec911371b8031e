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

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) orders.list(currentUser.actor(), query.apply(1)).totalItems();
    }

    @Override
    public List<OrderView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        OrderQuery filters = query.apply(size);
        Page<OrderView> page = orders.list(currentUser.actor(), new OrderQuery(filters.deliveryDay(), filters.status(),
                filters.routeId(), filters.relationshipId(), filters.byVendor(), null, first / size, size));
        setRowCount((int) page.totalItems());
        return page.items();
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
