package com.clientbook.web.customer;

import com.clientbook.services.accessrequest.AccessRequestView;
import com.clientbook.services.customer.CustomerContact;
import com.clientbook.services.customer.CustomerStatus;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.delivery.NextDelivery;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the customer table. Expression Language in Jakarta EE 10 does not read record components,
 * so the page gets bean getters over the service's {@link CustomerView}.
 */
public class CustomerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String companyName;
    private String customerNumber;
    private final String city;
    private final String country;
    private final String status;
    private final Instant createdAt;
    private final List<String> labels;
    /** The codes of the vendor's routes the customer's delivery locations are on. */
    private final List<String> routes;
    /** The customer's next delivery day with its order deadline; null for none (and for access requests). */
    private final NextDelivery nextDelivery;
    private long version;
    private final boolean banned;
    /** For a company that asked for access (Requested) or was turned down (Rejected): its request; else null. */
    private final Long requestId;
    private final String requester;
    private final String message;
    private final String rejectionReason;
    /** For the exports, which offer all of a customer's data: the company's address, e-mail, phone, contact person. */
    private final String email;
    private final String street;
    private final String postalCode;
    private String phone;
    private String contactPerson;
    /** The vendor's custom fields by key, with the customer's value or null; read for the page's rows at once. */
    private Map<String, Object> customFields = Map.of();

    /**
     * A company's access request as a row: only what a company search shows (name, city), the person who asked, and
     * the message; the date is when it asked.
     */
    CustomerRow(AccessRequestView request, CustomerStatus status) {
        this.id = 0;
        this.companyName = request.companyName();
        this.customerNumber = null;
        this.city = request.city();
        this.country = null;
        this.status = status.name();
        this.createdAt = request.requestedAt();
        this.labels = List.of();
        this.routes = List.of();
        this.nextDelivery = null;
        this.banned = false;
        this.requestId = request.id();
        this.requester = request.requesterName() + " <" + request.requesterEmail() + ">";
        this.message = request.message();
        this.rejectionReason = request.rejectionReason();
        this.email = null;
        this.street = null;
        this.postalCode = null;
    }

    CustomerRow(CustomerView customer) {
        this.id = customer.id();
        this.companyName = customer.companyName();
        this.customerNumber = customer.customerNumber();
        this.city = customer.city();
        this.country = customer.country();
        this.status = customer.status().name();
        this.createdAt = customer.createdAt();
        this.labels = List.copyOf(customer.labels());
        this.routes = customer.routes() == null ? List.of() : customer.routes();
        this.nextDelivery = customer.nextDelivery();
        this.version = customer.version();
        this.banned = customer.banned();
        this.requestId = null;
        this.requester = null;
        this.message = null;
        this.rejectionReason = null;
        this.email = customer.email();
        this.street = customer.street();
        this.postalCode = customer.postalCode();
    }

    /** The company's phone and contact person, read for the page's rows in one more query. */
    void contact(CustomerContact contact) {
        this.phone = contact.phone();
        this.contactPerson = contact.contactPerson();
    }

    void customFields(Map<String, Object> values) {
        this.customFields = values == null ? Map.of() : values;
    }

    /** A custom field's value as the API gives it (a number, 2026-12-31, true, a list of options); null for none. */
    public Object customField(String key) {
        return customFields.get(key);
    }

    public String getEmail() {
        return email;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    /** A ban of the vendor is in force; shown beside the status. */
    public boolean isBanned() {
        return banned;
    }

    public Long getRequestId() {
        return requestId;
    }

    /** Whether the row is an open access request the vendor can approve or reject. */
    public boolean isOpenRequest() {
        return requestId != null && CustomerStatus.REQUESTED.name().equals(status);
    }

    /** A request the vendor rejected: it may still approve it (it changed its mind), not reject it again. */
    public boolean isRejectedRequest() {
        return requestId != null && CustomerStatus.REJECTED.name().equals(status);
    }

    public String getRequester() {
        return requester;
    }

    public String getMessage() {
        return message;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public long getId() {
        return id;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    /** Set by the table's inline editor; {@link CustomersBacking#customerNumberEdited} saves it. */
    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    /** The version the row was read at: an inline edit over a newer change is refused, not applied. */
    public long getVersion() {
        return version;
    }

    void saved(CustomerView customer) {
        this.customerNumber = customer.customerNumber();
        this.version = customer.version();
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    /** The funnel status's name, the key of its label in the bundle. */
    public String getStatus() {
        return status;
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<String> getRoutes() {
        return routes;
    }

    public NextDelivery getNextDelivery() {
        return nextDelivery;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
