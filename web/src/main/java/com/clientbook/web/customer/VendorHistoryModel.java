package com.clientbook.web.customer;

import com.clientbook.domain.shared.Page;
import com.clientbook.domain.audit.VendorHistoryQuery;
import com.clientbook.services.customer.VendorHistoryEntry;
import com.clientbook.services.customer.VendorHistoryService;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The vendor's history one page at a time, newest first, with the filters above the table; the database pages. */
public class VendorHistoryModel extends LazyDataModel<VendorHistoryEntry> {

    private static final long serialVersionUID = 1L;

    private final VendorHistoryService history;
    private final CurrentUser currentUser;
    private final Supplier<VendorHistoryQuery> filters;

    VendorHistoryModel(VendorHistoryService history, CurrentUser currentUser, Supplier<VendorHistoryQuery> filters) {
        this.history = history;
        this.currentUser = currentUser;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) history.history(currentUser.actor(), page(0, 1)).totalItems();
    }

    @Override
    public List<VendorHistoryEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, VendorHistoryQuery.MAX_PAGE_SIZE);
        Page<VendorHistoryEntry> page = history.history(currentUser.actor(), page(first / size, size));
        setRowCount((int) page.totalItems());
        return page.items();
    }

    private VendorHistoryQuery page(int page, int size) {
        VendorHistoryQuery chosen = filters.get();
        return new VendorHistoryQuery(chosen.person(), chosen.action(), chosen.field(), chosen.from(), chosen.until(), page, size);
    }

    @Override
    public String getRowKey(VendorHistoryEntry entry) {
        return String.valueOf(entry.id());
    }

    @Override
    public VendorHistoryEntry getRowData(String rowKey) {
        return getWrappedData().stream().filter(e -> Objects.equals(getRowKey(e), rowKey)).findFirst().orElse(null);
    }
}
