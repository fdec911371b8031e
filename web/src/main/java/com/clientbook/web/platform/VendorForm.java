package com.clientbook.web.platform;

import com.clientbook.services.platform.NewVendor;
import com.clientbook.services.platform.VendorData;
import com.clientbook.web.shared.CompanyForm;

/** The fields of the New vendor form and of a vendor's data on its details page, as typed. */
public class VendorForm extends CompanyForm {

    private static final long serialVersionUID = 1L;

    private String website;
    private String adminFirstName;
    private String adminLastName;
    private String adminEmail;

    static VendorForm of(VendorData data, long version) {
        VendorForm form = new VendorForm();
        form.company(version, data.name(), data.legalName(), data.vatId(), data.language(), data.email(), data.phone());
        form.website = data.website();
        form.address(data.street(), data.postalCode(), data.city(), data.country());
        return form;
    }

    VendorData toData() {
        return new VendorData(getName(), getLegalName(), getVatId(), getStreet(), getPostalCode(), getCity(),
                getCountry(), getPhone(), getEmail(), website, getLanguage());
    }

    NewVendor toNewVendor() {
        return new NewVendor(toData(), adminFirstName, adminLastName, adminEmail);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
