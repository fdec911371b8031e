package com.clientbook.web.customer;

import com.clientbook.persistence.customer.CustomerQuery;
import com.clientbook.persistence.customer.CustomerSort;
import com.clientbook.persistence.shared.Page;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vendor's customers one page at a time: the table's sort and filters become a {@link CustomerQuery},
 * so the database does the paging, however many customers the vendor has.
 */
public class CustomerListModel extends LazyDataModel<CustomerRow> {

    private static final long serialVersionUID = 1L;

    private final CustomerService customers;
    private final CurrentUser currentUser;

    public CustomerListModel(CustomerService customers, CurrentUser currentUser) {
        this.customers = customers;
        this.currentUser = currentUser;
    }

    /**
     * The count the table asked for just before it asks for the page (PrimeFaces calls {@link #count}, then
     * {@link #load}, in one request), with the filters it was counted for; used once, so the next request counts
     * afresh.
     */
    private transient CustomerQuery counted;
    private transient long countedTotal;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = query(filterBy, Map.of(), 0, 1);
        countedTotal = customers.count(currentUser.actor(), counted);
        return (int) countedTotal;
    }

    @Override
    public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CustomerQuery query = query(filterBy, sortBy, first, pageSize);
        Page<CustomerView> page = counted != null && sameFilters(counted, query)
                ? customers.list(currentUser.actor(), query, countedTotal)
                : customers.list(currentUser.actor(), query);
        counted = null;
        setRowCount((int) page.totalItems());
        // The table asks from page starts, but PrimeFaces' exporter asks from wherever its last batch ended:
        // the rows before "first" on the page that holds it are not asked for.
        long before = first - (long) page.page() * page.size();
        return page.items().stream().skip(Math.max(before, 0)).map(CustomerRow::new).toList();
    }

    @Override
    public String getRowKey(CustomerRow customer) {
        return String.valueOf(customer.getId());
    }

    @Override
    public CustomerRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(c -> Objects.equals(getRowKey(c), rowKey)).findFirst().orElse(null);
    }

    /**
     * The table's state as a query: the rows from {@code first} on, one sort column (newest first when the
     * table names none), and the column filters.
     */
    static CustomerQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int pageSize) {
        int size = Math.min(pageSize, CustomerQuery.MAX_PAGE_SIZE);
        SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        return new CustomerQuery(filter(filterBy, "companyName"), filter(filterBy, "customerNumber"),
                filter(filterBy, "city"), sort == null ? CustomerSort.CREATED_AT : sortColumn(sort.getField()),
                sort != null && sort.getOrder().isAscending(), first / size, size)
                .withText(filter(filterBy, "globalFilter"))
                .withLabel(filter(filterBy, "labels"))
                .withRegistered(registered(filter(filterBy, "status")));
    }

    /** Whether two queries ask for the same customers, whatever their page and sort. */
    static boolean sameFilters(CustomerQuery a, CustomerQuery b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.customerNumber(), b.customerNumber())
                && Objects.equals(a.city(), b.city()) && Objects.equals(a.text(), b.text())
                && Objects.equals(a.label(), b.label()) && a.withoutCustomerNumber() == b.withoutCustomerNumber()
                && Objects.equals(a.registered(), b.registered()) && Objects.equals(a.updatedSince(), b.updatedSince());
    }

    /** The status filter's value: REGISTERED or PROSPECT; anything else (or nothing) shows both. */
    private static Boolean registered(String status) {
        if ("REGISTERED".equals(status)) {
            return true;
        }
        return "PROSPECT".equals(status) ? false : null;
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }

    private static CustomerSort sortColumn(String field) {
        return switch (field) {
            case "customerNumber" -> CustomerSort.CUSTOMER_NUMBER;
            case "city" -> CustomerSort.CITY;
            case "createdAt" -> CustomerSort.CREATED_AT;
            default -> CustomerSort.COMPANY_NAME;
        };
    }
}
