package com.clientbook.web.report;

import com.clientbook.domain.report.ActivityQuery;
import com.clientbook.domain.report.CustomerActivity;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.report.ReportService;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customer activity report one page at a time, sorted by last order (most recent first unless the table asks
 * for ascending), all customers or those gone quiet for the backing's number of days.
 */
public class CustomerActivityModel extends LazyDataModel<CustomerActivity> {

    private static final long serialVersionUID = 1L;

    private final ReportService reports;
    private final CurrentUser currentUser;
    private Integer quietDays;

    public CustomerActivityModel(ReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** Only customers that ordered before and not in this many days; null for all. */
    public void setQuietDays(Integer quietDays) {
        this.quietDays = quietDays;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) reports.countCustomerActivity(currentUser.actor(), new ActivityQuery(quietDays, true, 0, 1));
    }

    @Override
    public List<CustomerActivity> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(pageSize, ActivityQuery.MAX_PAGE_SIZE);
        Page<CustomerActivity> page = reports.customerActivity(currentUser.actor(),
                new ActivityQuery(quietDays, recentFirst(sortBy), first / size, size));
        setRowCount((int) page.totalItems());
        return page.items();
    }

    /** The table sorts by its one sortable column, the last order: newest first unless it asks for ascending. */
    static boolean recentFirst(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return sort == null || sort.getOrder() != SortOrder.ASCENDING;
    }

    @Override
    public String getRowKey(CustomerActivity row) {
        return String.valueOf(row.relationshipId());
    }

    @Override
    public CustomerActivity getRowData(String rowKey) {
        return getWrappedData().stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }
}
