package com.clientbook.domain.location;

import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.PhoneNumber;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A place where a customer company takes deliveries. Belongs to the customer company: only its own
 * people change it, every connected vendor reads it. Of a company's current locations exactly one is the
 * default (a partial unique index holds it); a location that was ever used is archived, never deleted, so the
 * history that names it stays readable.
 */
@Entity
@Table(name = "delivery_location")
@NamedQuery(name = DeliveryLocation.FIND_CURRENT,
        query = "select l from DeliveryLocation l where l.company.id = :companyId and l.archivedAt is null"
                + " order by l.defaultLocation desc, lower(l.name), l.id")
public class DeliveryLocation {

    public static final String FIND_CURRENT = "DeliveryLocation.findCurrent";
    public static final int EXTERNAL_ID_MAX = 100;

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

    @PhoneNumber
    @Column(name = "contact_phone")
    private String contactPhone;

    @Size(max = EXTERNAL_ID_MAX, message = "{location.externalId.size}")
    @Column(name = "external_id")
    private String externalId;

    @ElementCollection
    @CollectionTable(name = "delivery_location_hours", joinColumns = @JoinColumn(name = "location_id"))
    private List<ReceivingWindow> receivingHours = new ArrayList<>();

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

    /**
     * Replaces what the customer describes of the place; the company, the default mark and the archive date
     * are not part of it. Hours must not overlap on a day.
     */
    public void describe(String name, Address address, String deliveryInstructions, String contactPhone, String externalId,
                         List<ReceivingWindow> receivingHours) {
        String trimmedName = Text.trimToNull(name);
        if (trimmedName == null) {
            throw new IllegalArgumentException("A delivery location needs a name");
        }
        List<ReceivingWindow> sorted = receivingHours.stream().sorted(ReceivingWindow.IN_WEEK_ORDER).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("Receiving hours overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        this.name = trimmedName;
        this.address = address == null ? Address.empty() : address;
        this.deliveryInstructions = Text.trimToNull(deliveryInstructions);
        this.contactPhone = Text.trimToNull(contactPhone);
        this.externalId = Text.trimToNull(externalId);
        this.receivingHours.clear();
        this.receivingHours.addAll(sorted);
    }

    /** Takes the location out of use; it keeps its data for the history and is no longer anyone's default. */
    public void archive(Instant now) {
        if (archivedAt == null) {
            this.archivedAt = Objects.requireNonNull(now);
            this.defaultLocation = false;
        }
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public List<ReceivingWindow> receivingHours() {
        return List.copyOf(receivingHours);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
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
