package com.clientbook.web.profile;

import com.clientbook.services.profile.ProfileInput;
import com.clientbook.services.profile.ProfileView;
import com.clientbook.web.shared.CompanyForm;

/** The fields of the company profile page, and the version they were read at. */
public class ProfileForm extends CompanyForm {

    private static final long serialVersionUID = 1L;

    private String industry;

    static ProfileForm of(ProfileView profile) {
        ProfileForm form = new ProfileForm();
        form.company(profile.version(), profile.name(), profile.legalName(), profile.vatId(), profile.language(),
                profile.email(), profile.phone());
        form.industry = profile.industry();
        form.address(profile.street(), profile.postalCode(), profile.city(), profile.country());
        return form;
    }

    ProfileInput toInput() {
        return new ProfileInput(getName(), getLegalName(), getVatId(), industry, getLanguage(), getStreet(),
                getPostalCode(), getCity(), getCountry(), getEmail(), getPhone());
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }
}
