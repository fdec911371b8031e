package com.clientbook.web.customer;

import com.clientbook.services.customer.CompanyCorrection;

import java.io.Serializable;

/** The fields of the "Correct company data" dialog on the customer's details page, read and written by the page. */
public class CompanyDataForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String companyName;
    private String email;
    private String phone;
    private String street;
    private String postalCode;
    private String city;
    private String country;
    private String contactFirstName;
    private String contactLastName;

    static CompanyDataForm of(CompanyCorrection data) {
        CompanyDataForm form = new CompanyDataForm();
        if (data != null) {
            form.companyName = data.companyName();
            form.email = data.email();
            form.phone = data.phone();
            form.street = data.street();
            form.postalCode = data.postalCode();
            form.city = data.city();
            form.country = data.country();
            form.contactFirstName = data.contactFirstName();
            form.contactLastName = data.contactLastName();
        }
        return form;
    }

    CompanyCorrection toCorrection() {
        return new CompanyCorrection(companyName, email, phone, street, postalCode, city, country, contactFirstName,
                contactLastName);
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

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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
