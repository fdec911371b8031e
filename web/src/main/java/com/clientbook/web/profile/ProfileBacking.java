package com.clientbook.web.profile;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.profile.CompanyProfileService;
import com.clientbook.services.profile.ProfileInput;
import com.clientbook.services.profile.ProfileView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.Languages;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /customer/profile.xhtml}: the customer company's profile. Customer admins change it; buyers see the same
 * values read-only (and the service refuses them). A save names the version the page was opened at, so a colleague's
 * save in between is reported instead of overwritten.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profileForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "name", "legalName", "vatId", "industry", "language",
            "street", "postalCode", "city", "country", "email", "phone");

    @Inject
    CompanyProfileService profileService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private ProfileForm form;

    @PostConstruct
    void init() {
        reload();
    }

    public void save() {
        ProfileInput input = form.toInput();
        var problems = validation.problems(input, messages.locale());
        problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
        if (!problems.isEmpty()) {
            return;
        }
        try {
            ProfileView saved = profileService.change(currentUser.actor(), input, form.getVersion());
            form = ProfileForm.of(saved);
            messages.notice("profile.saved");
        } catch (InvalidInputException e) {
            messages.fieldErrors(FIELDS, e);
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("profile.changedMeanwhile"));
            reload();
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
        }
    }

    private void reload() {
        form = ProfileForm.of(profileService.profile(currentUser.actor()));
    }

    public boolean isMayEdit() {
        return currentUser.isCustomerAdmin();
    }

    public ProfileForm getForm() {
        return form;
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public List<SelectItem> getLanguages() {
        return Languages.choices(messages.locale());
    }
}
