package com.clientbook.web.profile;

import com.clientbook.services.profile.ProfileInput;
import com.clientbook.services.profile.ProfileView;
import com.clientbook.web.shared.AddressForm;

/** The fields of the company profile page, and the version they were read at. */
public class ProfileForm extends AddressForm {

    private static final long serialVersionUID = 1L;

    private long version;
    private String name;
    private String legalName;
    private String vatId;
    private String industry;
    private String language;
    private String email;
    private String phone;

    static ProfileForm of(ProfileView profile) {
        ProfileForm form = new ProfileForm();
        form.version = profile.version();
        form.name = profile.name();
        form.legalName = profile.legalName();
        form.vatId = profile.vatId();
        form.industry = profile.industry();
        form.language = profile.language();
        form.email = profile.email();
        form.phone = profile.phone();
        form.address(profile.street(), profile.postalCode(), profile.city(), profile.country());
        return form;
    }

    ProfileInput toInput() {
        return new ProfileInput(name, legalName, vatId, industry, language, getStreet(), getPostalCode(), getCity(),
                getCountry(), email, phone);
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }


    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
