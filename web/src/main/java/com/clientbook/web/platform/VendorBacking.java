package com.clientbook.web.platform;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.services.platform.Suspension;
import com.clientbook.services.platform.VendorData;
import com.clientbook.services.platform.VendorDetails;
import com.clientbook.services.platform.VendorHistoryEntry;
import com.clientbook.services.platform.VendorPerson;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.Languages;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * {@code /admin/vendor.xhtml?id=}: one vendor for the platform admin. Its data (editable, a stale save reported), its
 * people (read-only, with last sign-in), its history, and Suspend (with a reason, confirmed) or Reactivate. An id
 * that names no vendor (or the platform's own company, or a customer) is "not found".
 */
@Named
@ViewScoped
public class VendorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "vendorForm";
    static final String REASON_INPUT = "suspendForm:reason:input";
    private static final FormFields FIELDS = VendorFormFields.of(FORM, false);

    @Inject
    PlatformVendorService vendors;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private String id;
    private VendorDetails details;
    private VendorForm form;
    private List<VendorPerson> people;
    private List<VendorHistoryEntry> history;
    private String suspensionReason;

    public void open() {
        try {
            load(Long.parseLong(String.valueOf(id).strip()));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    public void save() {
        VendorData data = form.toData();
        if (!VendorFormFields.valid(validation, messages, FIELDS, messages.locale(), data)) {
            return;
        }
        try {
            vendors.change(currentUser.actor(), details.id(), data, form.getVersion());
            messages.notice("platform.vendorSaved");
            load(details.id());
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("platform.changedMeanwhile"));
            load(details.id());
        } catch (BusinessException e) {
            VendorFormFields.refused(messages, FIELDS, e);
        }
    }

    /** Opens the Suspend dialog empty. */
    public void startSuspending() {
        suspensionReason = null;
    }

    public void suspend() {
        Suspension suspension = new Suspension(suspensionReason);
        var problems = validation.problems(suspension, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(REASON_INPUT, p.message()));
            return;
        }
        try {
            vendors.suspend(currentUser.actor(), details.id(), suspension, null);
            messages.notice("platform.vendorSuspended", details.name());
        } catch (BusinessException e) {
            messages.error(REASON_INPUT, e);
            return;
        }
        load(details.id());
        PrimeFaces.current().executeScript("PF('suspendDialog').hide()");
    }

    public void reactivate() {
        try {
            vendors.reactivate(currentUser.actor(), details.id(), null);
            messages.notice("platform.vendorReactivated", details.name());
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        load(details.id());
    }

    private void load(long vendorId) {
        details = vendors.get(currentUser.actor(), vendorId);
        form = VendorForm.of(details.data(), details.version());
        people = vendors.people(currentUser.actor(), vendorId);
        history = vendors.history(currentUser.actor(), vendorId);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "–" : dateTimes.dateTime(instant);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public VendorDetails getDetails() {
        return details;
    }

    public VendorForm getForm() {
        return form;
    }

    public List<VendorPerson> getPeople() {
        return people;
    }

    public List<VendorHistoryEntry> getHistory() {
        return history;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public void setSuspensionReason(String suspensionReason) {
        this.suspensionReason = suspensionReason;
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public List<SelectItem> getLanguages() {
        return Languages.choices(messages.locale());
    }
}
