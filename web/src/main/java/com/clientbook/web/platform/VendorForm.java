package com.clientbook.web.platform;

import com.clientbook.services.platform.NewVendor;
import com.clientbook.services.platform.VendorData;
import com.clientbook.web.shared.AddressForm;

/** The fields of the New vendor form and of a vendor's data on its details page, as typed. */
public class VendorForm extends AddressForm {

    private static final long serialVersionUID = 1L;

    private long version;
    private String name;
    private String legalName;
    private String vatId;
    private String phone;
    private String email;
    private String website;
    private String language;
    private String adminFirstName;
    private String adminLastName;
    private String adminEmail;

    static VendorForm of(VendorData data, long version) {
        VendorForm form = new VendorForm();
        form.version = version;
        form.name = data.name();
        form.legalName = data.legalName();
        form.vatId = data.vatId();
        form.phone = data.phone();
        form.email = data.email();
        form.website = data.website();
        form.language = data.language();
        form.address(data.street(), data.postalCode(), data.city(), data.country());
        return form;
    }

    VendorData toData() {
        return new VendorData(name, legalName, vatId, getStreet(), getPostalCode(), getCity(), getCountry(), phone, email,
                website, language);
    }

    NewVendor toNewVendor() {
        return new NewVendor(toData(), adminFirstName, adminLastName, adminEmail);
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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
