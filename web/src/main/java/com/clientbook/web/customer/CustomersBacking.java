package com.clientbook.web.customer;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.customer.NewCustomer;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

/** {@code /vendor/customers.xhtml}: the vendor's customer list and the "Add customer" dialog. */
@Named
@ViewScoped
public class CustomersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "addCustomerForm";
    static final String TABLE = "customersForm:customers";
    private static final Set<String> FIELDS = Set.of("companyName", "email", "contactFirstName", "contactLastName",
            "phone", "street", "postalCode", "city", "country", "customerNumber");

    @Inject
    CustomerService customerService;

    @Inject
    CustomerLinkService links;

    @Inject
    com.clientbook.services.accessrequest.AccessRequestService accessRequests;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private CustomerListModel customers;
    private AddCustomerForm form = new AddCustomerForm();
    /** Existing customer companies offered instead of adding a copy (DESIGN.md rule 1); empty when none. */
    private List<DuplicateCandidate> duplicates = List.of();

    @PostConstruct
    void init() {
        customers = new CustomerListModel(customerService, accessRequests, currentUser);
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
            linked = links.link(currentUser.actor(), new CustomerLink(candidate.getId(), form.toNewCustomer().customerNumber()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(fieldId(error.field()), error.message()));
            return;
        } catch (CustomerNumberTakenException e) {
            messages.error(fieldId(e.field()), e);
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
        var problems = validation.problems(input, locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(fieldId(p.field()), p.message()));
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
                messages.error(fieldId(e.field()), e);
            }
            return;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(fieldId(error.field()), error.message()));
            return;
        } catch (BusinessException e) {
            messages.error(fieldId(e.field()), e);
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
            messages.error(fieldId(e.field()), e);
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
    private void showFirstPage() {
        var table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** The client id of a dialog field, or {@code null} (above the form) when the refusal names none. */
    private static String fieldId(String field) {
        return field != null && FIELDS.contains(field) ? FORM + ":" + field + ":input" : null;
    }

    /** A value as the CSV and Excel exports write it; see {@link ExportCells}. */
    public String exportCell(Object value) {
        return ExportCells.cell(value);
    }

    public String createdOn(CustomerRow row) {
        return row.getCreatedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(ZoneId.systemDefault()).format(row.getCreatedAt());
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(locale());
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
