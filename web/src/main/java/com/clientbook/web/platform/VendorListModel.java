package com.clientbook.web.platform;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.services.platform.VendorRow;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The platform's vendors one page at a time, searched by name in the database, however many there are. */
public class VendorListModel extends LazyDataModel<VendorRow> {

    private static final long serialVersionUID = 1L;

    private final PlatformVendorService vendors;
    private final CurrentUser currentUser;

    public VendorListModel(PlatformVendorService vendors, CurrentUser currentUser) {
        this.vendors = vendors;
        this.currentUser = currentUser;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) vendors.list(currentUser.actor(), name(filterBy), 0, 1).totalItems();
    }

    @Override
    public List<VendorRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PlatformVendorService.MAX_PAGE_SIZE));
        Page<VendorRow> page = vendors.list(currentUser.actor(), name(filterBy), first / size, size);
        setRowCount((int) page.totalItems());
        return page.items();
    }

    @Override
    public String getRowKey(VendorRow vendor) {
        return String.valueOf(vendor.id());
    }

    @Override
    public VendorRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(v -> Objects.equals(getRowKey(v), rowKey)).findFirst().orElse(null);
    }

    /** The search box above the table, or the name column's own filter. */
    private static String name(Map<String, FilterMeta> filterBy) {
        for (String field : List.of("globalFilter", "name")) {
            FilterMeta meta = filterBy.get(field);
            if (meta != null && meta.getFilterValue() != null && !meta.getFilterValue().toString().isBlank()) {
                return meta.getFilterValue().toString();
            }
        }
        return null;
    }
}
