package com.clientbook.web.order;

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

/** The customer company's orders, newest first, one page at a time; the database pages. */
public class MyOrderListModel extends LazyDataModel<OrderView> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE = 100;

    private final OrderService orders;
    private final CurrentUser currentUser;

    MyOrderListModel(OrderService orders, CurrentUser currentUser) {
        this.orders = orders;
        this.currentUser = currentUser;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) orders.mine(currentUser.actor(), null, 0, 1).totalItems();
    }

    @Override
    public List<OrderView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, MAX_PAGE);
        Page<OrderView> page = orders.mine(currentUser.actor(), null, first / size, size);
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
