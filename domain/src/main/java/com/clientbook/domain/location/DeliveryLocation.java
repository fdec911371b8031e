package com.clientbook.domain.location;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;

/**
 * A place where a customer company takes deliveries. Belongs to the customer company: only its own
 * people change it, every connected vendor reads it.
 */
@Entity
@Table(name = "delivery_location")
public class DeliveryLocation {

    public static final int NAME_MAX = 100;
    public static final int INSTRUCTIONS_MAX = 2000;

    @Id
    @SequenceGenerator(name = "delivery_location_seq", sequenceName = "delivery_location_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_location_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, updatable = false)
    private Company company;

    @NotBlank(message = "{location.name.required}")
    @Size(max = NAME_MAX, message = "{location.name.size}")
    @Column(name = "name", nullable = false)
    private String name;

    @Valid
    @Embedded
    private Address address = Address.empty();

    @Size(max = INSTRUCTIONS_MAX, message = "{location.instructions.size}")
    @Column(name = "delivery_instructions")
    private String deliveryInstructions;

    @Size(max = Company.PHONE_MAX, message = "{phone.size}")
    @Column(name = "contact_phone")
    private String contactPhone;

    @Size(max = 100, message = "{location.externalId.size}")
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "is_default", nullable = false)
    private boolean defaultLocation;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DeliveryLocation() {
        // for JPA
    }

    public DeliveryLocation(Company company, String name, Address address, Instant now) {
        this.company = Objects.requireNonNull(company, "A delivery location belongs to a company");
        if (!company.isCustomer()) {
            throw new IllegalArgumentException("Only customer companies take deliveries");
        }
        this.name = Text.trimToNull(name);
        if (this.name == null) {
            throw new IllegalArgumentException("A delivery location needs a name");
        }
        this.address = address == null ? Address.empty() : address;
        this.createdAt = Objects.requireNonNull(now);
    }

    public void makeDefault() {
        this.defaultLocation = true;
    }

    public void noLongerDefault() {
        this.defaultLocation = false;
    }

    public Long id() {
        return id;
    }

    public Company company() {
        return company;
    }

    public String name() {
        return name;
    }

    /** Never {@code null}: JPA loads an embedded address whose columns are all empty as {@code null}. */
    public Address address() {
        return address == null ? Address.empty() : address;
    }

    public String deliveryInstructions() {
        return deliveryInstructions;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String externalId() {
        return externalId;
    }

    public boolean isDefault() {
        return defaultLocation;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
