package com.clientbook.domain.product;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.RuleViolationException;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An article a vendor sells. The article number is the vendor's key for it (unique per vendor, compared trimmed and
 * case-insensitively; the database's index holds it). A price is optional, but never without its currency, nor a
 * currency without a price. A deactivated product stays, with its history and the orders that name it, but cannot be
 * ordered. With a label restriction, only the vendor's customers carrying that label see it.
 */
@Entity
@Table(name = "product")
public class Product {

    public static final int ARTICLE_NUMBER_MAX = 40;
    public static final int NAME_MAX = 200;
    public static final int LABEL_MAX = CustomerRelationship.LABEL_MAX;
    /** Largest pack size: numeric(10,3). */
    public static final BigDecimal PACK_SIZE_MAX = new BigDecimal("9999999.999");
    /** Largest price: numeric(12,2). */
    public static final BigDecimal PRICE_MAX = new BigDecimal("9999999999.99");

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false, updatable = false)
    private Company vendor;

    @NotBlank(message = "{product.articleNumber.required}")
    @Size(max = ARTICLE_NUMBER_MAX, message = "{product.articleNumber.size}")
    @Column(name = "article_number", nullable = false)
    private String articleNumber;

    @NotBlank(message = "{product.name.required}")
    @Size(max = NAME_MAX, message = "{product.name.size}")
    @Column(name = "name", nullable = false)
    private String name;

    @NotNull(message = "{product.unit.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false)
    private ProductUnit unit;

    @NotNull(message = "{product.packSize.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{product.packSize.positive}")
    @Digits(integer = 7, fraction = 3, message = "{product.packSize.digits}")
    @Column(name = "pack_size", nullable = false)
    private BigDecimal packSize;

    @DecimalMin(value = "0", message = "{product.price.negative}")
    @Digits(integer = 10, fraction = 2, message = "{product.price.digits}")
    @Column(name = "price")
    private BigDecimal price;

    @Column(name = "currency")
    private String currency;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Size(max = LABEL_MAX, message = "{product.label.size}")
    @Column(name = "restricted_to_label")
    private String restrictedToLabel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(Company vendor, ProductDescription description, Instant now) {
        this.vendor = Objects.requireNonNull(vendor, "A product belongs to a vendor");
        this.createdAt = Objects.requireNonNull(now);
        describe(description, now);
    }

    /**
     * Replaces what the vendor says of the product (all of it; the active switch stays). Refuses, changing nothing, a
     * pack size of 0 or less, a negative price, an unknown currency, and a price without currency or the other way.
     * Returns whether anything changed; {@code updatedAt} moves only then.
     */
    public boolean describe(ProductDescription description, Instant now) {
        Objects.requireNonNull(description);
        String currencyCode = Text.trimToNull(description.currency());
        currencyCode = currencyCode == null ? null : currencyCode.toUpperCase(Locale.ROOT);
        check(description, currencyCode);
        ProductDescription stored = normalized(description);
        if (stored.equals(description())) {
            return false;
        }
        this.articleNumber = stored.articleNumber();
        this.name = stored.name();
        this.unit = stored.unit();
        this.packSize = stored.packSize();
        this.price = stored.price();
        this.currency = stored.currency();
        this.restrictedToLabel = stored.restrictedToLabel();
        this.updatedAt = Objects.requireNonNull(now);
        return true;
    }

    /**
     * A description as {@link #describe} stores it: trimmed, the currency in capitals, the price with two decimals, the
     * pack size without trailing zeros; so an import can tell whether a row would change anything. Expects a
     * description {@link #describe} accepts.
     */
    public static ProductDescription normalized(ProductDescription description) {
        String currencyCode = Text.trimToNull(description.currency());
        return new ProductDescription(Text.trimToNull(description.articleNumber()), Text.trimToNull(description.name()),
                description.unit(), plain(description.packSize()),
                description.price() == null ? null : description.price().setScale(2, RoundingMode.UNNECESSARY),
                currencyCode == null ? null : currencyCode.toUpperCase(Locale.ROOT),
                Text.trimToNull(description.restrictedToLabel()));
    }

    private static void check(ProductDescription description, String currencyCode) {
        List<FieldError> errors = new ArrayList<>();
        if (Text.trimToNull(description.articleNumber()) == null) {
            errors.add(FieldError.worded("articleNumber", "product.articleNumber.required", "Please enter the article number."));
        } else if (Text.trimToNull(description.articleNumber()).length() > ARTICLE_NUMBER_MAX) {
            errors.add(FieldError.worded("articleNumber", "product.articleNumber.size",
                    "An article number has at most " + ARTICLE_NUMBER_MAX + " characters.", ARTICLE_NUMBER_MAX));
        }
        if (Text.trimToNull(description.name()) == null) {
            errors.add(FieldError.worded("name", "product.name.required", "Please enter the product's name."));
        } else if (Text.trimToNull(description.name()).length() > NAME_MAX) {
            errors.add(FieldError.worded("name", "product.name.size", "A product name has at most " + NAME_MAX + " characters.", NAME_MAX));
        }
        if (description.unit() == null) {
            errors.add(FieldError.worded("unit", "product.unit.required", "Please choose the unit."));
        }
        BigDecimal packSize = description.packSize();
        if (packSize == null) {
            errors.add(FieldError.worded("packSize", "product.packSize.required", "Please enter the pack size."));
        } else if (packSize.signum() <= 0) {
            errors.add(FieldError.worded("packSize", "product.packSize.positive", "The pack size must be more than 0."));
        } else if (packSize.compareTo(PACK_SIZE_MAX) > 0 || packSize.stripTrailingZeros().scale() > 3) {
            errors.add(FieldError.worded("packSize", "product.packSize.digits",
                    "A pack size has at most 7 digits before the decimal point and 3 after it."));
        }
        BigDecimal price = description.price();
        if (price != null && price.signum() < 0) {
            errors.add(FieldError.worded("price", "product.price.negative", "A price cannot be negative."));
        } else if (price != null && (price.compareTo(PRICE_MAX) > 0 || price.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.worded("price", "product.price.digits",
                    "A price has at most 10 digits before the decimal point and 2 after it."));
        }
        if (currencyCode != null && !isCurrency(currencyCode)) {
            errors.add(FieldError.worded("currency", "product.currency.unknown",
                    "Unknown currency " + currencyCode + ": give its ISO 4217 code, such as EUR.", currencyCode));
        }
        String label = Text.trimToNull(description.restrictedToLabel());
        if (label != null && label.length() > LABEL_MAX) {
            errors.add(FieldError.worded("restrictedToLabel", "product.label.size", "A label has at most " + LABEL_MAX + " characters.", LABEL_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (price != null && currencyCode == null) {
            throw new RuleViolationException("product.priceWithoutCurrency", "currency",
                    "A price needs its currency, such as EUR.");
        }
        if (price == null && currencyCode != null) {
            throw new RuleViolationException("product.currencyWithoutPrice", "price",
                    "A currency is given without a price: give the price, or leave both empty.");
        }
    }

    /** Whether the text is an ISO 4217 currency code in capitals, such as EUR. */
    public static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Customers can no longer order it; it stays in the vendor's list, marked inactive. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            updatedAt = Objects.requireNonNull(now);
        }
    }

    public void reactivate(Instant now) {
        if (!active) {
            active = true;
            updatedAt = Objects.requireNonNull(now);
        }
    }

    /** Whether a customer carrying {@code labels} (the vendor's labels on that customer) sees the product. */
    public boolean isVisibleTo(Collection<String> labels) {
        if (!active) {
            return false;
        }
        return restrictedToLabel == null || (labels != null && labels.stream()
                .anyMatch(label -> label != null && label.strip().equalsIgnoreCase(restrictedToLabel)));
    }

    /** What the vendor says of the product, the pack size without trailing zeros (as the database gives 12.000). */
    public ProductDescription description() {
        return new ProductDescription(articleNumber, name, unit, plain(packSize), price, currency, restrictedToLabel);
    }

    /** 12.500 as 12.5 and 12.000 as 12, never 1.2E+1. */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Long id() {
        return id;
    }

    public Company vendor() {
        return vendor;
    }

    public String articleNumber() {
        return articleNumber;
    }

    public String name() {
        return name;
    }

    public ProductUnit unit() {
        return unit;
    }

    public BigDecimal packSize() {
        return plain(packSize);
    }

    /** The price, or {@code null} where the vendor gives none. */
    public BigDecimal price() {
        return price;
    }

    /** The price's ISO 4217 currency, or {@code null} exactly where there is no price. */
    public String currency() {
        return currency;
    }

    public boolean isActive() {
        return active;
    }

    /** The label a customer must carry to see the product, or {@code null} for all the vendor's customers. */
    public String restrictedToLabel() {
        return restrictedToLabel;
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
