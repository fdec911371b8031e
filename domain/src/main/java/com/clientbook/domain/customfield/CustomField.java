package com.clientbook.domain.customfield;

import com.clientbook.domain.company.Company;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field a vendor's admins define for the vendor's customers: a stable key (the API's and the import's name), a
 * label in English and German, a type, the options of a choice, and whether it is required, shown in the list by
 * default and offered as a filter. Retiring hides it and keeps its values; the key stays taken.
 */
@Entity
@Table(name = "custom_field")
public class CustomField {

    public static final int KEY_MAX = 40;
    public static final int LABEL_MAX = 100;
    public static final int OPTION_MAX = 100;
    public static final int OPTIONS_MAX = 50;
    /** Lower-case letter first, then letters, digits or underscores: usable as a JSON member and a query parameter. */
    public static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_]{0,39}");

    @Id
    @SequenceGenerator(name = "custom_field_seq", sequenceName = "custom_field_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @Column(name = "field_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "label_de", nullable = false)
    private String labelDe;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false)
    private CustomFieldType type;

    @Column(name = "options")
    private String options;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "in_list", nullable = false)
    private boolean inList;

    @Column(name = "filterable", nullable = false)
    private boolean filterable;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomField() {
        // for JPA
    }

    public CustomField(Company vendor, String key, Instant now) {
        this.vendor = Objects.requireNonNull(vendor);
        if (!vendor.isVendor()) {
            throw new IllegalArgumentException("Only vendors have custom fields");
        }
        this.key = Objects.requireNonNull(key);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Sets all the admin describes; the caller has checked the input (and a type change against the values). */
    public void describe(String labelEn, String labelDe, CustomFieldType type, List<String> options, boolean required,
                         boolean inList, boolean filterable, Instant now) {
        this.labelEn = Objects.requireNonNull(labelEn);
        this.labelDe = Objects.requireNonNull(labelDe);
        this.type = Objects.requireNonNull(type);
        this.options = type.hasOptions() && options != null && !options.isEmpty() ? String.join("\n", options) : null;
        this.required = required;
        this.inList = inList;
        this.filterable = filterable;
        this.updatedAt = now;
    }

    /** Retires (hides, keeping the values) or brings back the field; answers whether anything changed. */
    public boolean retire(boolean retire, Instant now) {
        if (retire == isRetired()) {
            return false;
        }
        retiredAt = retire ? now : null;
        updatedAt = now;
        return true;
    }

    public String label(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? labelDe : labelEn;
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public String key() {
        return key;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelDe() {
        return labelDe;
    }

    public CustomFieldType type() {
        return type;
    }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isInList() {
        return inList;
    }

    public boolean isFilterable() {
        return filterable;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant retiredAt() {
        return retiredAt;
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
