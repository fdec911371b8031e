package com.clientbook.web.customer;

import com.clientbook.services.customer.NewCustomer;
import com.clientbook.web.shared.AddressForm;

/** What the "Add customer" dialog collects, field by field, until it becomes a {@link NewCustomer}. */
public class AddCustomerForm extends AddressForm {

    private static final long serialVersionUID = 1L;

    private String companyName;
    private String email;
    private String contactFirstName;
    private String contactLastName;
    private String phone;
    private String customerNumber;
    private boolean sendInvitation = true;

    public NewCustomer toNewCustomer() {
        return new NewCustomer(companyName, email, contactFirstName, contactLastName, phone, getStreet(), getPostalCode(),
                getCity(), getCountry(), customerNumber, sendInvitation);
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
