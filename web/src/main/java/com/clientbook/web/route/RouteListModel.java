package com.clientbook.web.route;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.route.RouteService;
import com.clientbook.services.route.RouteSummary;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The vendor's routes one page at a time, by name, searched by the text above the table; the database pages. */
public class RouteListModel extends LazyDataModel<RouteSummary> {

    private static final long serialVersionUID = 1L;

    private final RouteService routes;
    private final CurrentUser currentUser;
    private final Supplier<String> search;

    RouteListModel(RouteService routes, CurrentUser currentUser, Supplier<String> search) {
        this.routes = routes;
        this.currentUser = currentUser;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) routes.page(currentUser.actor(), search.get(), 0, 1).totalItems();
    }

    @Override
    public List<RouteSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, RouteService.MAX_PAGE_SIZE);
        Page<RouteSummary> page = routes.page(currentUser.actor(), search.get(), first / size, size);
        setRowCount((int) page.totalItems());
        return page.items();
    }

    @Override
    public String getRowKey(RouteSummary route) {
        return String.valueOf(route.id());
    }

    @Override
    public RouteSummary getRowData(String rowKey) {
        return getWrappedData().stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }
}
