package com.clientbook.domain.delivery;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A day on which one vendor does not deliver, as the vendor keeps it; {@link #closure()} is what the calendar reads. */
@Entity
@Table(name = "vendor_closure")
@NamedQuery(name = VendorClosure.FIND_FROM,
        query = "select c from VendorClosure c where c.vendor.id = :vendorId and c.day >= :from order by c.day")
public class VendorClosure {

    public static final String FIND_FROM = "VendorClosure.findFrom";
    public static final int REASON_MAX = 100;

    @Id
    @SequenceGenerator(name = "vendor_closure_seq", sequenceName = "vendor_closure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_closure_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @NotNull
    @Column(name = "day", nullable = false)
    private LocalDate day;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false)
    private ClosureRule rule;

    @NotBlank(message = "{closure.reason.required}")
    @Size(max = REASON_MAX, message = "{closure.reason.size}")
    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VendorClosure() {
        // for JPA
    }

    public VendorClosure(Company vendor, LocalDate day, ClosureRule rule, String reason, Instant now) {
        this.vendor = Objects.requireNonNull(vendor);
        this.day = day;
        this.rule = rule;
        this.reason = Text.trimToNull(reason);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Closure closure() {
        return new Closure(day, rule, reason);
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public LocalDate day() {
        return day;
    }

    public ClosureRule rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }
}
