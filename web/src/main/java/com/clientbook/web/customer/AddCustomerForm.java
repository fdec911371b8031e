package com.clientbook.web.customer;

import com.clientbook.services.customer.NewCustomer;

import java.io.Serializable;

/** What the "Add customer" dialog collects, field by field, until it becomes a {@link NewCustomer}. */
public class AddCustomerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String companyName;
    private String email;
    private String contactFirstName;
    private String contactLastName;
    private String phone;
    private String street;
    private String postalCode;
    private String city;
    private String country;
    private String customerNumber;
    private boolean sendInvitation = true;

    public NewCustomer toNewCustomer() {
        return new NewCustomer(companyName, email, contactFirstName, contactLastName, phone, street, postalCode, city,
                country, customerNumber, sendInvitation);
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

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public boolean isSendInvitation() {
        return sendInvitation;
    }

    public void setSendInvitation(boolean sendInvitation) {
        this.sendInvitation = sendInvitation;
    }
}
