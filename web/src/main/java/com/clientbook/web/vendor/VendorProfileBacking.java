package com.clientbook.web.vendor;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.vendor.VendorProfileInput;
import com.clientbook.services.vendor.VendorProfileService;
import com.clientbook.services.vendor.VendorProfileView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.AddressForm;
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
 * {@code /vendor/profile.xhtml}: what the vendor tells its customers (they see it on My vendors), and the reply-to
 * address and language of the e-mails sent for it. Vendor admins only; a stale save is reported, not overwritten.
 */
@Named
@ViewScoped
public class VendorProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "vendorProfileForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "name", "street", "postalCode", "city", "country",
            "phone", "email", "website", "about", "replyTo", "language");

    @Inject
    VendorProfileService profiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private Form form;

    @PostConstruct
    void init() {
        reload();
    }

    public void save() {
        VendorProfileInput input = form.toInput();
        var problems = validation.problems(input, messages.locale());
        problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
        if (!problems.isEmpty()) {
            return;
        }
        try {
            form = Form.of(profiles.change(currentUser.actor(), input, form.version));
            messages.notice("vendorProfile.saved");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(FIELDS.clientId(error.field()), messages.text(error)));
        } catch (ConcurrentChangeException e) {
            messages.refusalText(messages.text("profile.changedMeanwhile"));
            reload();
        } catch (BusinessException e) {
            messages.error(FIELDS.clientId(e.field()), e);
        }
    }

    private void reload() {
        form = Form.of(profiles.profile(currentUser.actor()));
    }

    public Form getForm() {
        return form;
    }

    public List<SelectItem> getCountries() {
        return Countries.choices(messages.locale());
    }

    public List<SelectItem> getLanguages() {
        return Languages.choices(messages.locale());
    }

    /** The profile's fields as typed, and the version they were read at. */
    public static class Form extends AddressForm {

        private static final long serialVersionUID = 1L;

        private long version;
        private String name;
        private String phone;
        private String email;
        private String website;
        private String about;
        private String replyTo;
        private String language;

        static Form of(VendorProfileView profile) {
            Form form = new Form();
            form.version = profile.version();
            form.name = profile.name();
            form.phone = profile.phone();
            form.email = profile.email();
            form.website = profile.website();
            form.about = profile.about();
            form.replyTo = profile.replyTo();
            form.language = profile.language();
            form.address(profile.street(), profile.postalCode(), profile.city(), profile.country());
            return form;
        }

        VendorProfileInput toInput() {
            return new VendorProfileInput(name, getStreet(), getPostalCode(), getCity(), getCountry(), phone, email, website,
                    about, replyTo, language);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }

        public String getAbout() {
            return about;
        }

        public void setAbout(String about) {
            this.about = about;
        }

        public String getReplyTo() {
            return replyTo;
        }

        public void setReplyTo(String replyTo) {
            this.replyTo = replyTo;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }
}
