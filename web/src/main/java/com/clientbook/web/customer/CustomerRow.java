package com.clientbook.web.customer;

import com.clientbook.services.customer.CustomerView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

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
    private long version;

    CustomerRow(CustomerView customer) {
        this.id = customer.id();
        this.companyName = customer.companyName();
        this.customerNumber = customer.customerNumber();
        this.city = customer.city();
        this.country = customer.country();
        this.status = customer.status().name();
        this.createdAt = customer.createdAt();
        this.labels = List.copyOf(customer.labels());
        this.version = customer.version();
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
