package com.clientbook.domain.webhook;

import com.clientbook.domain.company.Company;
import jakarta.persistence.Column;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A vendor's URL that receives signed events. The secret stays readable (every delivery is signed with it); after a
 * rotation the former secret signs as well for {@link #ROTATION_OVERLAP}, so the receiver can switch without a gap.
 * An endpoint whose every attempt has failed for {@link #FAILURE_WINDOW} is disabled; the senders record that with
 * one statement each (WebhookRepository), as several of them answer for one endpoint at once.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    public static final Duration FAILURE_WINDOW = Duration.ofDays(3);
    public static final int URL_MAX = 2000;
    public static final int DESCRIPTION_MAX = 500;

    @Id
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "description")
    private String description;

    @Column(name = "events", nullable = false)
    private String events;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "secret", nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookEndpoint() {
        // for JPA
    }

    public WebhookEndpoint(Company vendor, String url, String description, Collection<WebhookEventType> events,
                           boolean active, String secret, Instant now) {
        this.vendor = Objects.requireNonNull(vendor);
        if (!vendor.isVendor()) {
            throw new IllegalArgumentException("Only vendors have webhook endpoints");
        }
        this.secret = Objects.requireNonNull(secret);
        this.createdAt = Objects.requireNonNull(now);
        describe(url, description, events, active, now);
    }

    /** Sets what the admin sets; activating an endpoint again forgets its failures, so it gets three new days. */
    public void describe(String url, String description, Collection<WebhookEventType> events, boolean active, Instant now) {
        this.url = Objects.requireNonNull(url);
        this.description = description;
        this.events = events.stream().distinct().sorted().map(WebhookEventType::wireName).collect(Collectors.joining(","));
        if (active && !this.active) {
            failingSince = null;
            disabledAt = null;
        }
        this.active = active;
        this.updatedAt = now;
    }

    /** A new secret; the current one keeps signing for {@link #ROTATION_OVERLAP}. */
    public void rotateSecret(String newSecret, Instant now) {
        previousSecret = secret;
        previousSecretUntil = now.plus(ROTATION_OVERLAP);
        secret = Objects.requireNonNull(newSecret);
        updatedAt = now;
    }

    /** The secrets a delivery at {@code now} is signed with: the current one, and the former one during a rotation. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    public boolean subscribesTo(WebhookEventType type) {
        return active && events().contains(type);
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<WebhookEventType> events() {
        Set<WebhookEventType> set = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(events.split(",")).map(WebhookEventType::ofWireName).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    public boolean isActive() {
        return active;
    }

    public String secret() {
        return secret;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
