package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.accessrequest.AccessRequestService;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerNumberChange;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.services.delivery.NextDelivery;
import com.clientbook.services.settings.CustomerListLayout;
import com.clientbook.services.settings.UserSettingsService;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import com.clientbook.services.delivery.DeliveryPlans;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.CellEditEvent;
import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.event.data.PageEvent;
import org.primefaces.model.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code /vendor/customers.xhtml}: the vendor's customer list, with the columns and page size each person chose,
 * customer numbers edited in place, and the "Add customer" dialog.
 */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "addCustomerForm";
    static final String TABLE = "customersForm:customers";
    private static final FormFields FIELDS = FormFields.of(FORM, "companyName", "email", "contactFirstName",
            "contactLastName", "phone", "street", "postalCode", "city", "country", "customerNumber");

    @Inject
    CustomerService customerService;

    @Inject
    CustomerLinkService links;

    @Inject
    CustomerDetailsService details;

    @Inject
    UserSettingsService settings;

    @Inject
    AccessRequestService accessRequests;

    @Inject
    CurrentUser currentUser;

    /**
     * The route filter's choices: the routes' ids, codes and names alone, one statement. RouteService.list gave each
     * route with all its stops (one statement per route): at 300 routes with 82,000 stops the list page took 300 ms
     * and more of the server's CPU per view; whole route entities still cost their building (docs/benchmarks.md).
     */
    @Inject
    DeliveryPlans deliveryPlans;

    @Inject
    LocalizedValidation validation;

    @Inject
    com.clientbook.services.customfield.CustomFieldService customFields;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private CustomerListModel customers;
    /** The vendor's active custom fields (issue 17): list columns, export columns and filters; read once per view. */
    private List<CustomFieldColumn> fieldColumns;
    private CustomerListLayout layout;
    private AddCustomerForm form = new AddCustomerForm();
    /** Existing customer companies offered instead of adding a copy (docs/product-rules.md rule 1); empty when none. */
    private List<DuplicateCandidate> duplicates = List.of();
    /** The status filter's value, as the dashboard's links set it ({@code ?status=INVITED}); null for all. */
    private String statusFilter;
    /** The route filter's value: a route id, "none", or null for all ({@code ?route=none} from the dashboard). */
    private String routeFilter;
    /** The next-delivery filter's value: "none", "some", or null for all ({@code ?deliveryDays=none} from the dashboard). */
    private String deliveryDaysFilter;
    /** The route filter's choices (the vendor's current routes as "code – name"); read once per view, as values. */
    private List<SelectItem> routeItems;
    /** The next-delivery column's date and deadline formats, made once per view and language, not once per row. */
    private transient Locale formatsLocale;
    private transient DateTimeFormatter dateFormat;
    private transient DateTimeFormatter deadlineFormat;

    @PostConstruct
    void init() {
        customers = new CustomerListModel(customerService, accessRequests, currentUser);
        CustomerListExporters.register();
        layout = settings.customerListLayout(currentUser.actor());
        fieldColumns = customFields.list(currentUser.actor(), false).stream()
                .map(field -> new CustomFieldColumn(field, messages.locale())).toList();
        customers.setWithFieldValues(!fieldColumns.isEmpty());
    }

    // ---- custom fields (issue 17): columns for the fields shown in the list, all of them in the exports, and filters

    /** Every active field of the vendor, in the order they were defined: the list shows those "shown in the list". */
    public List<CustomFieldColumn> getFieldColumns() {
        return fieldColumns;
    }

    /** The fields marked "filterable", each with its filter above the table. */
    public List<CustomFieldColumn> getFilterColumns() {
        return fieldColumns.stream().filter(CustomFieldColumn::isFilterable).toList();
    }

    /** Whether a custom field filter is in force or typed (the filters' panel stays open then). */
    public boolean isFieldFiltering() {
        return !customers.getFieldFilters().isEmpty() || fieldColumns.stream().anyMatch(CustomFieldColumn::isFiltering);
    }

    /** A custom field's value in a row, written as the details page writes it in the page's language. */
    public String fieldValue(CustomerRow row, CustomFieldColumn column) {
        Object value = row.customField(column.getKey());
        if (value == null) {
            return "";
        }
        var type = column.type();
        return switch (type) {
            case YES_NO -> messages.text(Boolean.TRUE.equals(value) ? "customerFields.yes" : "customerFields.no");
            case DATE -> com.clientbook.domain.customfield.CustomFieldValues.format(type,
                    java.time.LocalDate.parse(String.valueOf(value)), messages.locale());
            default -> com.clientbook.domain.customfield.CustomFieldValues.format(type, value, messages.locale());
        };
    }

    /**
     * A custom field's cell in the CSV and Excel exports: as the list writes it, text neutralised as every exported
     * cell is ({@link ExportCells}); a number cannot be a formula, so a negative one keeps its minus sign unquoted.
     */
    public String fieldExport(CustomerRow row, CustomFieldColumn column) {
        String text = fieldValue(row, column);
        return switch (column.type()) {
            case NUMBER, DECIMAL -> text;
            default -> ExportCells.cell(text);
        };
    }

    /**
     * "Filter": what was typed into the custom field filters, read in the page's language, resolved as the API's
     * {@code cf.} parameters are (CustomFieldService.filters), and given to the table, which starts from its first
     * page. A number or date that cannot be read is refused at its input, and the table keeps its filters.
     */
    public void applyFieldFilters() {
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        boolean wrong = false;
        List<CustomFieldColumn> filterable = getFilterColumns();
        for (int i = 0; i < filterable.size(); i++) {
            CustomFieldColumn column = filterable.get(i);
            try {
                column.writeFilter(written, messages.locale());
            } catch (CustomFieldColumn.RefusedPart refused) {
                messages.errorText(FIELD_FILTERS + ":" + i + ":" + refused.part(), column.getLabel() + ": "
                        + messages.text(refused.error()));
                wrong = true;
            }
        }
        if (!wrong) {
            try {
                customers.setFieldFilters(customFields.filters(currentUser.actor(), written));
                showFirstPage();
                return;
            } catch (InvalidInputException e) {
                // only a hand-made request chooses what the page does not offer
                e.errors().forEach(error -> messages.errorText(null, messages.text(error)));
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** "Clear": no custom field filter any more. */
    public void clearFieldFilters() {
        fieldColumns.forEach(CustomFieldColumn::clear);
        customers.setFieldFilters(List.of());
        showFirstPage();
    }

    /** The repeat that holds the custom field filters, for messages at their inputs. */
    static final String FIELD_FILTERS = "customersForm:fieldFilter";

    /**
     * {@code ?status=…} from a dashboard count: the list opens filtered to that status. Anything that is no status
     * is ignored (the list shows all), as the filter itself ignores it.
     */
    public void setStatusParam(String value) {
        CustomerStatus status = CustomerListModel.status(value);
        statusFilter = status == null ? null : status.name();
    }

    public String getStatusParam() {
        return statusFilter;
    }

    /**
     * {@code ?bans=ALL|BANNED|NOT_BANNED}: which customers a ban keeps out. The dashboard counts banned customers at
     * their status, so its links ask for ALL, and the list shows what the dashboard counted.
     */
    public void setBansParam(String value) {
        customers.setBans(Arrays.stream(CustomerQuery.BanFilter.values()).filter(b -> b.name().equals(value))
                .findFirst().orElse(null));
    }

    public String getBansParam() {
        return customers.getBans().name();
    }

    /**
     * {@code ?number=none}: the list opens with "without customer number" ticked (the dashboard's "needs attention"
     * link); anything else leaves it as it is.
     */
    public void setNumberParam(String value) {
        if ("none".equals(value == null ? null : value.strip())) {
            customers.setWithoutCustomerNumber(true);
        }
    }

    public String getNumberParam() {
        return customers.isWithoutCustomerNumber() ? "none" : null;
    }

    // ---- the dashboard's links (issue 16): filters shown above the table, each cleared with its button

    private String movedParam;
    private String sinceParam;

    /**
     * {@code ?moved=INVITED&since=2026-12-02T10:00:00Z}: the customers that moved into that step of the funnel at or
     * after the instant (the dashboard's moves of the last 7 and 30 days, which put the instant they counted from
     * into the link). Requested and Rejected open the access requests made or rejected since. A step or instant that
     * cannot be read is ignored.
     */
    public void setMovedParam(String value) {
        movedParam = value;
        applyMoved();
    }

    public String getMovedParam() {
        return movedParam;
    }

    public void setSinceParam(String value) {
        sinceParam = value;
        applyMoved();
    }

    public String getSinceParam() {
        return sinceParam;
    }

    private void applyMoved() {
        CustomerStatus status = CustomerListModel.status(movedParam);
        Instant since = CustomerListModel.instant(sinceParam);
        customers.setMoved(status, since);
        if (status != null && since != null && !status.isRelationship()) {
            statusFilter = status.name();
        }
    }

    /** {@code ?location=none}: only customers without a current delivery location ("some": with one). */
    public void setLocationParam(String value) {
        // "none" and "some", as the next-delivery filter reads them
        customers.setLocation(CustomerListModel.deliveryDays(value));
    }

    public String getLocationParam() {
        Boolean location = customers.getLocation();
        return location == null ? null : location ? CustomerListModel.DELIVERY_DAYS_SOME : CustomerListModel.DELIVERY_DAYS_NONE;
    }

    /** The move filter as the page says it: "Moved to Invited since 2 Dec 2026, 10:00"; null without one. */
    public String getMovedFilterText() {
        CustomerStatus status = customers.getMovedInto();
        return status == null ? null : messages.text("customers.filter.moved",
                messages.text("customer.status." + status.name()), dateTimes.dateTime(customers.getMovedSince()));
    }

    /** The location filter as the page says it; null without one. */
    public String getLocationFilterText() {
        Boolean location = customers.getLocation();
        return location == null ? null : messages.text(location ? "customers.filter.withLocation" : "customers.filter.withoutLocation");
    }

    public void clearMoved() {
        if (customers.getMovedInto() != null && !customers.getMovedInto().isRelationship()) {
            statusFilter = null;
        }
        movedParam = null;
        sinceParam = null;
        customers.setMoved(null, null);
        showFirstPage();
    }

    public void clearLocation() {
        customers.setLocation(null);
        showFirstPage();
    }

    /** {@code ?deliveryDays=none|some}: the list opens filtered to customers without (with) delivery days. */
    public void setDeliveryDaysParam(String value) {
        deliveryDaysFilter = CustomerListModel.deliveryDays(value) == null ? null : value.strip();
    }

    public String getDeliveryDaysParam() {
        return deliveryDaysFilter;
    }

    public String getDeliveryDaysFilter() {
        return deliveryDaysFilter;
    }

    public void setDeliveryDaysFilter(String deliveryDaysFilter) {
        this.deliveryDaysFilter = deliveryDaysFilter;
    }

    /**
     * The next-delivery cell: "Thu 10 Dec · order by Wed 14:00" (the deadline on the vendor's clock, as the details
     * page gives it first), in the page's language; empty without a next delivery.
     */
    public String nextDelivery(CustomerRow row) {
        NextDelivery next = row.getNextDelivery();
        if (next == null) {
            return "";
        }
        Locale locale = messages.locale();
        if (!locale.equals(formatsLocale)) {
            dateFormat = DateTimeFormatter.ofPattern(messages.text("customers.nextDelivery.datePattern"), locale);
            deadlineFormat = DateTimeFormatter.ofPattern(messages.text("customers.nextDelivery.deadlinePattern"), locale);
            formatsLocale = locale;
        }
        return messages.text("customers.nextDelivery.value", dateFormat.format(next.date()),
                deadlineFormat.format(next.deadlineVendorTime()));
    }

    /** {@code ?route=none} or {@code ?route=<id>}: the list opens filtered to that route; anything else shows all. */
    public void setRouteParam(String value) {
        routeFilter = CustomerListModel.route(value) == null ? null : value.strip();
    }

    public String getRouteParam() {
        return routeFilter;
    }

    public String getRouteFilter() {
        return routeFilter;
    }

    public void setRouteFilter(String routeFilter) {
        this.routeFilter = routeFilter;
    }

    /** The vendor's current routes by name, for the route filter: each as "code – name", its id as the value. */
    public List<SelectItem> getRouteItems() {
        if (routeItems == null) {
            routeItems = deliveryPlans.routeNames(currentUser.actor()).stream()
                    .map(route -> new SelectItem(String.valueOf(route.id()), route.code() + " – " + route.name()))
                    .toList();
        }
        return routeItems;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    /** Whether the person shows this column; they choose with the column toggler, and it is kept for them. */
    public boolean shows(String column) {
        return layout.shows(column);
    }

    public int getPageSize() {
        return layout.pageSize();
    }

    public void columnToggled(ColumnToggleEvent event) {
        remember(layout.withColumn(event.getColumn().getField(), event.getVisibility() == Visibility.VISIBLE));
    }

    public void paged(PageEvent event) {
        Integer rows = event.getRowsPerPage();
        if (rows != null && rows != layout.pageSize()) {
            remember(layout.withPageSize(rows));
        }
    }

    private void remember(CustomerListLayout chosen) {
        try {
            settings.rememberCustomerListLayout(currentUser.actor(), chosen);
            layout = chosen;
        } catch (InvalidInputException e) {
            // only a hand-made request names a column or size the page does not offer; the page stays as it is
            messages.fieldErrorsAt(null, e);
        }
    }

    /** "No customer number yet" was ticked or unticked: the table starts again from its first page. */
    public void withoutNumberChanged() {
        showFirstPage();
    }

    /**
     * A customer number typed into the list's cell: saved at the version the row was read at, so a colleague's
     * newer change is never overwritten unseen; any refusal puts the row back to what stands.
     */
    public void customerNumberEdited(CellEditEvent<String> event) {
        CustomerRow row = (CustomerRow) event.getRowData();
        CustomerNumberChange change = new CustomerNumberChange(event.getNewValue());
        var problems = validation.problems(change, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.refusalText(p.message()));
            restore(row);
            return;
        }
        try {
            row.saved(customerService.changeCustomerNumber(currentUser.actor(), row.getId(), change, row.getVersion()));
            messages.notice("customer.numberSaved");
        } catch (ConcurrentChangeException e) {
            var current = details.details(currentUser.actor(), row.getId());
            messages.refusalText(CustomerBacking.changedMeanwhile(messages, current));
            row.saved(current.customer());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.refusalText(messages.text(error)));
            restore(row);
        } catch (BusinessException e) {
            // taken by another customer (the message names it), or no longer a customer of this vendor
            messages.refusal(e);
            restore(row);
        }
    }

    /** Puts a row back to what the database holds after a refused edit. */
    private void restore(CustomerRow row) {
        try {
            row.saved(customerService.get(currentUser.actor(), row.getId()));
        } catch (NotFoundException gone) {
            row.setCustomerNumber(null);
        }
    }

    /** Opens the dialog empty. */
    public void startAdding() {
        form = new AddCustomerForm();
        duplicates = List.of();
    }

    /** "Save": first looks for the same company on the platform, and offers to link it instead of copying it. */
    public void add() {
        save(true);
    }

    /** "Create new anyway": the person looked at the offered companies and this one truly differs. */
    public void addAnyway() {
        save(false);
    }

    /** "Link this company instead": links the offered company, with the customer number typed in the dialog. */
    public void linkInstead(DuplicateCandidate candidate) {
        CustomerView linked;
        try {
            linked = links.link(currentUser.actor(), CustomerLink.ofHit(candidate.handle(), form.toNewCustomer().customerNumber()));
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
            return;
        } catch (CustomerNumberTakenException e) {
            messages.error(FIELDS.clientId(e.field()), e);
            return;
        } catch (BusinessException e) {
            messages.error(null, e);
            return;
        }
        messages.notice("customer.linked", linked.companyName());
        saved();
    }

    private void save(boolean lookForDuplicates) {
        NewCustomer input = form.toNewCustomer();
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        if (lookForDuplicates && offeredDuplicatesOf(input)) {
            return;
        }
        CustomerView added;
        try {
            added = customerService.add(currentUser.actor(), input);
        } catch (EmailAlreadyRegisteredException e) {
            // A customer company has this address: the same offer as before saving, if it is one we may show.
            if (e.existingCompanyId() == null || !offeredDuplicatesOf(input)) {
                messages.error(FIELDS.clientId(e.field()), e);
            }
            return;
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
            return;
        }
        messages.notice("customer.added", added.companyName());
        saved();
    }

    /** Looks for the company on the platform; when found, keeps the dialog open with the offer and says true. */
    private boolean offeredDuplicatesOf(NewCustomer input) {
        try {
            duplicates = links.findPossibleDuplicates(currentUser.actor(), input.companyName(), input.email(),
                    input.postalCode(), input.city(), input.customerNumber()).stream().map(DuplicateCandidate::of).toList();
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
            return true;
        }
        if (duplicates.isEmpty()) {
            return false;
        }
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    private void saved() {
        form = new AddCustomerForm();
        duplicates = List.of();
        showFirstPage();
        PrimeFaces.current().ajax().update(TABLE, "growl");
    }

    /** New customers come first in the default order, so the first page shows the one just added. */
    void showFirstPage() {
        var table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** A value as the CSV and Excel exports write it; see {@link ExportCells}. */
    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    public String createdOn(CustomerRow row) {
        return dateTimes.date(row.getCreatedAt());
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public CustomerListModel getCustomers() {
        return customers;
    }

    public List<DuplicateCandidate> getDuplicates() {
        return duplicates;
    }

    public AddCustomerForm getForm() {
        return form;
    }

}
