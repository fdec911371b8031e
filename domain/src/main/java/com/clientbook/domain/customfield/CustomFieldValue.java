package com.clientbook.domain.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One customer's value of one custom field, in the column of its kind (custom_field_value, V39): the list filters
 * by an index on (field, value) of that column. Written only with a value; clearing a field removes the row.
 */
@Entity
@Table(name = "custom_field_value")
public class CustomFieldValue {

    @Id
    @SequenceGenerator(name = "custom_field_value_seq", sequenceName = "custom_field_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_value_seq")
    private Long id;

    @Column(name = "relationship_id", nullable = false, updatable = false)
    private long relationshipId;

    @Column(name = "field_id", nullable = false, updatable = false)
    private long fieldId;

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "number_value")
    private BigDecimal numberValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "bool_value")
    private Boolean boolValue;

    protected CustomFieldValue() {
        // for JPA
    }

    public CustomFieldValue(long relationshipId, long fieldId) {
        this.relationshipId = relationshipId;
        this.fieldId = fieldId;
    }

    /** Stores a value as {@link CustomFieldValues#accept} makes it for {@code type}; never {@code null}. */
    public void set(CustomFieldType type, Object value) {
        Objects.requireNonNull(value);
        textValue = null;
        numberValue = null;
        dateValue = null;
        boolValue = null;
        switch (type) {
            case TEXT, LONG_TEXT, CHOICE -> textValue = (String) value;
            case CHOICES -> textValue = String.join("\n", CustomFieldValues.strings(value));
            case NUMBER, DECIMAL -> numberValue = (BigDecimal) value;
            case DATE -> dateValue = (LocalDate) value;
            case YES_NO -> boolValue = (Boolean) value;
            default -> throw new IllegalArgumentException(type.name());
        }
    }

    /**
     * The value as {@code type} has it (String, BigDecimal, LocalDate, Boolean or a list of strings); {@code null} when
     * the stored column is another type's (a type changed while no value was in place cannot leave one behind).
     */
    public Object value(CustomFieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT, CHOICE -> textValue;
            case CHOICES -> textValue == null ? null : List.copyOf(Arrays.asList(textValue.split("\n")));
            case NUMBER -> numberValue == null ? null : CustomFieldValues.whole(numberValue);
            case DECIMAL -> numberValue == null ? null : numberValue.stripTrailingZeros().scale() < 0
                    ? numberValue.setScale(0) : numberValue.stripTrailingZeros();
            case DATE -> dateValue;
            case YES_NO -> boolValue;
        };
    }

    public Long id() {
        return id;
    }

    public long relationshipId() {
        return relationshipId;
    }

    public long fieldId() {
        return fieldId;
    }
}
