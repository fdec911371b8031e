package com.clientbook.domain.apikey;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.Text;
import jakarta.persistence.Column;
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

import java.time.Instant;
import java.util.Objects;

/**
 * A vendor's key for its ERP to call the API. Only a hash of the secret is stored: the secret is shown
 * once, when the key is made, and cannot be read back.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.FIND_BY_HASH, query = "select k from ApiKey k join fetch k.vendor where k.secretHash = :hash")
@NamedQuery(name = ApiKey.FIND_BY_VENDOR,
        query = "select k from ApiKey k where k.vendor.id = :vendorId order by k.createdAt desc, k.id desc")
@NamedQuery(name = ApiKey.FIND_OF_VENDOR, query = "select k from ApiKey k where k.vendor.id = :vendorId and k.id = :id")
public class ApiKey {

    public static final String FIND_BY_HASH = "ApiKey.findByHash";
    public static final String FIND_BY_VENDOR = "ApiKey.findByVendor";
    public static final String FIND_OF_VENDOR = "ApiKey.findOfVendor";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @Column(name = "name", nullable = false)
    private String name;

    /** The first characters of the secret, so people can tell their keys apart without the secret. */
    @Column(name = "prefix", nullable = false, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiKey() {
        // for JPA
    }

    public ApiKey(Company vendor, String name, String prefix, String secretHash, Instant now) {
        this.vendor = Objects.requireNonNull(vendor);
        if (!vendor.isVendor()) {
            throw new IllegalArgumentException("Only vendors have API keys");
        }
        this.name = Objects.requireNonNullElse(Text.trimToNull(name), "API key");
        this.prefix = Objects.requireNonNull(prefix);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = Objects.requireNonNull(now);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Stops the key working. Revoking a revoked key changes nothing; says whether this call revoked it. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = Objects.requireNonNull(now);
        return true;
    }

    /** How the key is named where its secret must not appear: in lists and the history. */
    public String label() {
        return name + " (" + prefix + "…)";
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public String name() {
        return name;
    }

    /** The hash of the secret, as the key is looked up by. */
    public String secretHash() {
        return secretHash;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
