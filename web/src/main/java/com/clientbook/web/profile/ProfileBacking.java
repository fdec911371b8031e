package com.clientbook.web.profile;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.profile.CompanyProfileService;
import com.clientbook.services.profile.ProfileInput;
import com.clientbook.services.profile.ProfileView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Countries;
import com.clientbook.web.shared.Languages;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    private static final Set<String> FIELDS = Set.of("name", "legalName", "vatId", "industry", "language", "street",
            "postalCode", "city", "country");

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
        var problems = validation.problems(input, locale());
        problems.forEach(p -> messages.errorText(fieldId(p.field()), p.message()));
        if (!problems.isEmpty()) {
            return;
        }
        try {
            ProfileView saved = profileService.change(currentUser.actor(), input, form.getVersion());
            form = ProfileForm.of(saved);
            messages.notice("profile.saved");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(fieldId(error.field()), error.message()));
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("profile.changedMeanwhile"));
            reload();
        } catch (BusinessException e) {
            messages.error(fieldId(e.field()), e);
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
        return Countries.choices(locale());
    }

    public List<SelectItem> getLanguages() {
        return Languages.choices(locale());
    }

    private static String fieldId(String field) {
        return field != null && FIELDS.contains(field) ? FORM + ":" + field + ":input" : null;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
