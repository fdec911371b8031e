package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import com.clientbook.domain.customfield.CustomFieldFilter;
import com.clientbook.domain.shared.Page;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.customer.CustomerListPage;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vendor's customers one page at a time: the table's sort and filters become a {@link CustomerQuery},
 * so the database does the paging, however many customers the vendor has. With the status filter at Requested or
 * Rejected, the rows are the companies' access requests instead (they are not customers yet).
 */
public class CustomerListModel extends LazyDataModel<CustomerRow> {

    private static final long serialVersionUID = 1L;

    private final CustomerService customers;
    private final AccessRequestService requests;
    private final CurrentUser currentUser;
    /** The "banned" filter above the table: without banned customers (the default), only them, or all. */
    private CustomerQuery.BanFilter bans = CustomerQuery.BanFilter.NOT_BANNED;
    /** The "no customer number yet" choice above the table, which is no column's filter either. */
    private boolean withoutCustomerNumber;
    /**
     * The dashboard's links (issue 16), shown above the table as filters that can be cleared: the customers that
     * moved into a step since an instant ({@code ?moved=INVITED&since=…}; for Requested and Rejected the access
     * requests made or rejected since), and those without a current delivery location ({@code ?location=none}).
     */
    private CustomerStatus movedInto;
    private Instant movedSince;
    private Boolean location;
    /**
     * The custom field filters above the table (issue 17), resolved by CustomFieldService.filters as the API's
     * {@code cf.<key>} parameters are; and whether the vendor has fields whose values the rows show or export.
     */
    private List<CustomFieldFilter> fieldFilters = List.of();
    private boolean withFieldValues;

    public CustomerListModel(CustomerService customers, AccessRequestService requests, CurrentUser currentUser) {
        this.customers = customers;
        this.requests = requests;
        this.currentUser = currentUser;
    }

    /**
     * The count the table asked for just before it asks for the page (PrimeFaces calls {@link #count}, then
     * {@link #load}, in one request), with the filters it was counted for; used once, so the next request counts
     * afresh.
     */
    private transient CustomerQuery counted;
    /** The filters of the last page read, for "all that match" of the bulk actions; null while access requests show. */
    private CustomerQuery lastQuery;
    private transient long countedTotal;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CustomerStatus status = status(filter(filterBy, "status"));
        if (status != null && !status.isRelationship()) {
            return (int) requests(status, filterBy, 0, 1).totalItems();
        }
        counted = linked(query(filterBy, Map.of(), 0, 1, withoutCustomerNumber).withBans(bans));
        countedTotal = customers.count(currentUser.actor(), counted);
        return (int) countedTotal;
    }

    @Override
    public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CustomerStatus status = status(filter(filterBy, "status"));
        if (status != null && !status.isRelationship()) {
            int size = Math.min(pageSize, CustomerQuery.MAX_PAGE_SIZE);
            Page<AccessRequestView> page = requests(status, filterBy, first / size, size);
            setRowCount((int) page.totalItems());
            lastQuery = null;
            return page.items().stream().map(request -> new CustomerRow(request, status)).toList();
        }
        CustomerQuery query = linked(query(filterBy, sortBy, first, pageSize, withoutCustomerNumber).withBans(bans));
        // the page with its customers' phone and contact person (which only the exports show): one transaction
        CustomerListPage read = customers.listWithContacts(currentUser.actor(), query,
                counted != null && sameFilters(counted, query) ? Long.valueOf(countedTotal) : null);
        Page<CustomerView> page = read.page();
        counted = null;
        lastQuery = query;
        setRowCount((int) page.totalItems());
        // The table asks from page starts, but PrimeFaces' exporter asks from wherever its last batch ended:
        // the rows before "first" on the page that holds it are not asked for.
        long before = first - (long) page.page() * page.size();
        List<CustomerRow> rows = page.items().stream().skip(Math.max(before, 0)).map(CustomerRow::new).toList();
        var contacts = read.contacts();
        rows.forEach(row -> {
            var contact = contacts.get(row.getId());
            if (contact != null) {
                row.contact(contact);
            }
        });
        if (withFieldValues && !rows.isEmpty()) {
            // the custom field values of the whole page, as the API's list reads them
            var values = customers.customFields(currentUser.actor(), rows.stream().map(CustomerRow::getId).toList());
            rows.forEach(row -> row.customFields(values.get(row.getId())));
        }
        return rows;
    }

    private Page<AccessRequestView> requests(CustomerStatus status, Map<String, FilterMeta> filterBy, int page, int size) {
        return requests.listByCustomerStatus(currentUser.actor(), status, filter(filterBy, "companyName"),
                status == movedInto ? movedSince : null, page, size);
    }

    /** The query with the dashboard links' filters; a move into Requested or Rejected narrows only those requests. */
    private CustomerQuery linked(CustomerQuery query) {
        CustomerQuery.Moved moved = movedInto != null && movedInto.isRelationship()
                ? new CustomerQuery.Moved(movedInto.moveStep(), movedSince) : null;
        return query.withMoved(moved).withLocation(location).withCustomFields(fieldFilters);
    }

    /** The customers that moved into the step at or after the instant, or (null) no such filter. */
    public void setMoved(CustomerStatus status, Instant since) {
        this.movedInto = status == null || since == null ? null : status;
        this.movedSince = movedInto == null ? null : since;
    }

    public CustomerStatus getMovedInto() {
        return movedInto;
    }

    public Instant getMovedSince() {
        return movedSince;
    }

    /** Only the customers every one of these custom field filters holds for; an empty list for all. */
    public void setFieldFilters(List<CustomFieldFilter> filters) {
        this.fieldFilters = filters == null ? List.of() : List.copyOf(filters);
    }

    public List<CustomFieldFilter> getFieldFilters() {
        return fieldFilters;
    }

    /** Whether each page reads its customers' custom field values (the vendor has active fields). */
    public void setWithFieldValues(boolean withFieldValues) {
        this.withFieldValues = withFieldValues;
    }

    public Boolean getLocation() {
        return location;
    }

    public void setLocation(Boolean location) {
        this.location = location;
    }

    @Override
    public String getRowKey(CustomerRow customer) {
        return customer.getRequestId() != null ? "request-" + customer.getRequestId() : String.valueOf(customer.getId());
    }

    @Override
    public CustomerRow getRowData(String rowKey) {
        return getWrappedData().stream().filter(c -> Objects.equals(getRowKey(c), rowKey)).findFirst().orElse(null);
    }

    /**
     * The table's state as a query: the rows from {@code first} on, one sort column (newest first when the
     * table names none), the column filters, and whether only customers without a number are asked for.
     */
    static CustomerQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int pageSize,
                               boolean withoutCustomerNumber) {
        int size = Math.min(pageSize, CustomerQuery.MAX_PAGE_SIZE);
        SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        CustomerQuery query = new CustomerQuery(filter(filterBy, "companyName"), filter(filterBy, "customerNumber"),
                filter(filterBy, "city"), sort == null ? CustomerSort.CREATED_AT : sortColumn(sort.getField()),
                sort != null && sort.getOrder().isAscending(), first / size, size)
                .withText(filter(filterBy, "globalFilter"))
                .withLabel(filter(filterBy, "labels"))
                .withoutCustomerNumber(withoutCustomerNumber)
                .withRoute(route(filter(filterBy, "routes")))
                .withDeliveryDays(deliveryDays(filter(filterBy, "nextDelivery")));
        CustomerStatus status = status(filter(filterBy, "status"));
        return status != null && status.isRelationship() ? status.narrow(query) : query;
    }

    /** Whether two queries ask for the same customers, whatever their page and sort. */
    static boolean sameFilters(CustomerQuery a, CustomerQuery b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.customerNumber(), b.customerNumber())
                && Objects.equals(a.city(), b.city()) && Objects.equals(a.text(), b.text())
                && Objects.equals(a.label(), b.label()) && a.withoutCustomerNumber() == b.withoutCustomerNumber()
                && Objects.equals(a.registered(), b.registered()) && Objects.equals(a.updatedSince(), b.updatedSince())
                && a.bans() == b.bans() && Objects.equals(a.today(), b.today()) && Objects.equals(a.ordered(), b.ordered())
                && Objects.equals(a.invited(), b.invited()) && Objects.equals(a.route(), b.route())
                && Objects.equals(a.deliveryDays(), b.deliveryDays())
                && Objects.equals(a.moved(), b.moved()) && Objects.equals(a.location(), b.location())
                && Objects.equals(a.customFields(), b.customFields());
    }

    /** The route filter's value: "none", or a route's id; nothing, or anything else, shows all. */
    static CustomerQuery.RouteFilter route(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals(ROUTE_NONE)) {
            return CustomerQuery.RouteFilter.NONE;
        }
        try {
            return CustomerQuery.RouteFilter.on(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The route filter's value for "on none of the vendor's routes" ({@code ?route=none} from the dashboard). */
    public static final String ROUTE_NONE = "none";

    /**
     * The next-delivery filter's value: "none" (no delivery days at the vendor: {@code ?deliveryDays=none} from the
     * dashboard), "some"; nothing, or anything else, shows all.
     */
    static Boolean deliveryDays(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case DELIVERY_DAYS_NONE -> Boolean.FALSE;
            case DELIVERY_DAYS_SOME -> Boolean.TRUE;
            default -> null;
        };
    }

    public static final String DELIVERY_DAYS_NONE = "none";
    public static final String DELIVERY_DAYS_SOME = "some";

    /** An ISO-8601 instant from a link ({@code 2026-12-02T10:00:00Z}); nothing, or anything else, is null. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The status filter's value as a status; nothing, or anything unknown, shows all. */
    static CustomerStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CustomerStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The filters the list shows now (page and sort aside); null when it shows access requests instead. */
    public CustomerQuery lastQuery() {
        return lastQuery;
    }

    public boolean isWithoutCustomerNumber() {
        return withoutCustomerNumber;
    }

    public void setWithoutCustomerNumber(boolean withoutCustomerNumber) {
        this.withoutCustomerNumber = withoutCustomerNumber;
    }

    public CustomerQuery.BanFilter getBans() {
        return bans;
    }

    public void setBans(CustomerQuery.BanFilter bans) {
        this.bans = bans == null ? CustomerQuery.BanFilter.NOT_BANNED : bans;
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
