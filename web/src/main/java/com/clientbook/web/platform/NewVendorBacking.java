package com.clientbook.web.platform;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.platform.NewVendor;
import com.clientbook.services.platform.PlatformVendorService;
import com.clientbook.services.platform.VendorDetails;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.Languages;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/new-vendor.xhtml}: the vendor's company data and its first admin. A refused form keeps every typed
 * value and marks the fields at fault; a created vendor opens its details page, where the admin's e-mail is noted.
 */
@Named
@ViewScoped
public class NewVendorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "vendorForm";
    private static final FormFields FIELDS = VendorFormFields.of(FORM, true);

    @Inject
    PlatformVendorService vendors;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private final VendorForm form = new VendorForm();

    public void create() throws IOException {
        NewVendor input = form.toNewVendor();
        if (!VendorFormFields.valid(validation, messages, FIELDS, messages.locale(), input.company(), input)) {
            return;
        }
        VendorDetails created;
        try {
            created = vendors.create(currentUser.actor(), input);
        } catch (BusinessException e) {
            VendorFormFields.refused(messages, FIELDS, e);
            return;
        }
        messages.notice("platform.vendorCreated", created.name(), input.adminEmail());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/admin/vendor.xhtml?id=" + created.id());
    }

    public VendorForm getForm() {
        return form;
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public List<SelectItem> getLanguages() {
        return Languages.choices(messages.locale());
    }
}
