package com.clientbook.web.customer;

import com.clientbook.services.customer.CompanyCorrection;
import com.clientbook.web.shared.AddressForm;

/** The fields of the "Correct company data" dialog on the customer's details page, read and written by the page. */
public class CompanyDataForm extends AddressForm {

    private static final long serialVersionUID = 1L;

    private String companyName;
    private String email;
    private String phone;
    private String contactFirstName;
    private String contactLastName;

    static CompanyDataForm of(CompanyCorrection data) {
        CompanyDataForm form = new CompanyDataForm();
        if (data != null) {
            form.companyName = data.companyName();
            form.email = data.email();
            form.phone = data.phone();
            form.address(data.street(), data.postalCode(), data.city(), data.country());
            form.contactFirstName = data.contactFirstName();
            form.contactLastName = data.contactLastName();
        }
        return form;
    }

    CompanyCorrection toCorrection() {
        return new CompanyCorrection(companyName, email, phone, getStreet(), getPostalCode(), getCity(), getCountry(),
                contactFirstName, contactLastName);
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
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

    public String getContactFirstName() {
        return contactFirstName;
    }

    public void setContactFirstName(String contactFirstName) {
        this.contactFirstName = contactFirstName;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public void setContactLastName(String contactLastName) {
        this.contactLastName = contactLastName;
    }
}
