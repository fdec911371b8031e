package com.clientbook.web.customer;

import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.location.ReceivingWindow;
import com.clientbook.services.customer.CompanyCorrection;
import com.clientbook.services.customer.CompanyDataOwnedByCustomerException;
import com.clientbook.services.customer.CustomerDetails;
import com.clientbook.services.customer.CustomerDetailsService;
import com.clientbook.services.customer.CustomerNumberChange;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerPatch;
import com.clientbook.services.customer.EmailAlreadyRegisteredException;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.HistoryEntry;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.HistoryWords;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import com.clientbook.web.shared.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.BiConsumer;

/**
 * {@code /vendor/customer.xhtml?id=…}: one customer in full, its customer number edited in place, the company's data
 * corrected while it is the vendor's to correct (product rules 9), and unlinking.
 * The page keeps the version it showed, so a save over somebody else's newer change is refused, not applied.
 * The details are records; the page reads them through method calls ({@code customer().companyName()}), since
 * Expression Language reads no record components as properties.
 */
@Named
@ViewScoped
public class CustomerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NUMBER_INPUT = "numberForm:customerNumber:input";
    static final String LABELS_INPUT = "numberForm:labels:input";

    @Inject
    CustomerDetailsService detailsService;

    @Inject
    CustomerService customerService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    static final String COMPANY_FORM = "companyForm";
    private static final FormFields COMPANY_FIELDS = FormFields.of(COMPANY_FORM, CompanyCorrection.FIELDS.toArray(String[]::new));

    private String id;
    private String invitationMailStatus;
    private CustomerDetails details;
    /** The company's data as typed in the correction dialog, kept as typed when a save is refused. */
    private CompanyDataForm companyData = new CompanyDataForm();
    private String customerNumber;
    private List<String> labels = new ArrayList<>();

    /** Another vendor's customer, an unlinked one and a malformed id all answer the same: not found (404). */
    public void open() {
        try {
            load(Long.parseLong(String.valueOf(id).strip()));
        } catch (NumberFormatException | NotFoundException e) {
            NotFoundResponse.send();
        }
    }

    public void saveCustomerNumber() {
        CustomerNumberChange change = new CustomerNumberChange(customerNumber);
        var problems = validation.problems(change, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(NUMBER_INPUT, p.message()));
            return;
        }
        save(NUMBER_INPUT, "customer.numberSaved",
                (customerId, version) -> customerService.changeCustomerNumber(currentUser.actor(), customerId, change, version));
    }

    public void saveLabels() {
        save(LABELS_INPUT, "customer.labelsSaved",
                (customerId, version) -> customerService.changeLabels(currentUser.actor(), customerId, labels, version));
    }

    /** Saves one of the vendor's values on the customer from the version the page shows, and shows the customer anew. */
    private void save(String input, String savedKey, BiConsumer<Long, Long> change) {
        long customerId = details.customer().id();
        try {
            change.accept(customerId, details.customer().version());
        } catch (CustomerNumberTakenException e) {
            messages.error(input, e);
            return;
        } catch (InvalidInputException e) {
            messages.fieldErrorsAt(input, e);
            return;
        } catch (ConcurrentChangeException e) {
            showChangedMeanwhile(customerId);
            return;
        } catch (NotFoundException e) {
            messages.error(null, e);
            return;
        }
        load(customerId);
        messages.notice(savedKey);
    }

    /** Opens the correction dialog with the company's data as it stands. */
    public void startCorrecting() {
        companyData = CompanyDataForm.of(details.correctable());
    }

    /**
     * Saves the vendor's correction of the company's data (product rules 9), every part at once, from the version the
     * page shows. Refused input stays in the dialog as typed, each problem at its field.
     */
    public void saveCompanyData() {
        CompanyCorrection typed = companyData.toCorrection();
        var problems = validation.problems(typed, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(COMPANY_FIELDS.clientId(p.field()), p.message()));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long customerId = details.customer().id();
        CustomerPatch patch = CustomerPatch.nothing();
        for (String field : CompanyCorrection.FIELDS) {
            patch = patch.withCompanyValue(field, typed.value(field));
        }
        try {
            customerService.change(currentUser.actor(), customerId, patch, details.customer().version());
        } catch (ConcurrentChangeException e) {
            FacesContext.getCurrentInstance().validationFailed();
            messages.errorText(null, messages.text("customer.companyData.changedMeanwhile"));
            load(customerId);
            companyData = CompanyDataForm.of(details.correctable());
            return;
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().validationFailed();
            messages.fieldErrors(COMPANY_FIELDS, e);
            return;
        } catch (EmailAlreadyRegisteredException | CompanyDataOwnedByCustomerException | NotFoundException e) {
            FacesContext.getCurrentInstance().validationFailed();
            messages.refused(COMPANY_FIELDS, e);
            return;
        }
        load(customerId);
        messages.notice("customer.companyData.saved", details.customer().companyName());
    }

    /** Ends the relationship and goes back to the list, where the notice says what happened. */
    public String unlink() {
        long customerId = details.customer().id();
        try {
            customerService.unlink(currentUser.actor(), customerId, details.customer().version());
        } catch (ConcurrentChangeException e) {
            showChangedMeanwhile(customerId);
            return null;
        } catch (NotFoundException | RuleViolationException | NotPermittedException e) {
            // gone meanwhile, banned (the ban would end with the relationship), or the person is no vendor admin
            messages.error(null, e);
            return null;
        }
        messages.notice("customer.unlinked", details.customer().companyName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/vendor/customers?faces-redirect=true";
    }

    /**
     * Somebody saved after this page was loaded: show what is current now, and who changed it, instead of
     * overwriting their change. The typed number is replaced by the current one, so a second click is a decision.
     */
    private void showChangedMeanwhile(long customerId) {
        try {
            load(customerId);
        } catch (NotFoundException gone) {
            messages.error(null, gone);
            return;
        }
        messages.errorText(null, changedMeanwhile(messages, details));
    }

    /**
     * "Not saved: X changed this customer in the meantime; the number is now …": who made the newer change (the
     * latest history line) and the value that stands, so nobody overwrites a colleague's change unseen.
     */
    static String changedMeanwhile(Messages messages, CustomerDetails current) {
        String by = current.history().isEmpty() ? "?"
                : new HistoryWords(messages.bundle(), messages.locale()).actor(current.history().get(0).actor());
        String number = current.customer().customerNumber() == null ? messages.text("customer.noNumber")
                : current.customer().customerNumber();
        return messages.text("customer.changedMeanwhile", by, number);
    }

    /** Reads the shown customer again, after a change made by another part of the page (the ban dialog, say). */
    public void reload() {
        load(details.customer().id());
    }

    /** "until 31 Dec 2026" for a ban's last day, in the page's language. */
    public String date(java.time.LocalDate date) {
        return dateTimes.date(date);
    }

    private void load(long customerId) {
        details = detailsService.details(currentUser.actor(), customerId);
        invitationMailStatus = detailsService.invitationMailStatus(currentUser.actor(), customerId).map(Enum::name).orElse(null);
        customerNumber = details.customer().customerNumber();
        labels = new ArrayList<>(details.customer().labels());
    }

    /**
     * A location's receiving hours, one weekday a line in the page's language: "Mon 06:00–10:00, 14:00–16:00"; empty
     * when the customer gave none.
     */
    public List<String> hours(CustomerDetails.Location location) {
        Map<DayOfWeek, List<ReceivingWindow>> byDay = new TreeMap<>();
        location.receivingHours().forEach(w -> byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(w));
        List<String> lines = new ArrayList<>();
        byDay.forEach((day, windows) -> lines.add(day.getDisplayName(TextStyle.SHORT, messages.locale()) + " "
                + windows.stream().sorted(ReceivingWindow.IN_WEEK_ORDER)
                        .map(w -> w.opens() + "–" + w.closes()).collect(Collectors.joining(", "))));
        return lines;
    }


    public String dateTime(Instant instant) {
        return dateTimes.dateTime(instant);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CustomerDetails getDetails() {
        return details;
    }

    /**
     * Whether the e-mails inviting the customer's people got out: SENT, QUEUED, RETRYING or GAVE_UP (the key of its
     * label, invitations.mail.*), or null when none was sent.
     */
    public String getInvitationMailStatus() {
        return invitationMailStatus;
    }

    /** The funnel status's name, the key of its label in the bundle. */
    public String getStatus() {
        return details.customer().status().name();
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels == null ? new ArrayList<>() : new ArrayList<>(labels);
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public CompanyDataForm getCompanyData() {
        return companyData;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }
}
