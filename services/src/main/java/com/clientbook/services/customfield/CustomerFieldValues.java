package com.clientbook.services.customfield;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.customfield.CustomField;
import com.clientbook.domain.customfield.CustomFieldValue;
import com.clientbook.domain.customfield.CustomFieldValues;
import com.clientbook.domain.customfield.CustomFieldValues.RefusedValue;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customfield.CustomFieldRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The custom field values of a vendor's customers, read for a page of them at once and changed in the caller's
 * transaction (CustomerService.change), with one history entry per changed field ({@code customFields.<key>}, old →
 * new as {@link CustomFieldValues#text} writes them). Only the vendor's fields that are not retired are read or
 * written; a retired field's values stay in place, unseen.
 */
@Dependent
public class CustomerFieldValues {

    public static final String CHANGED = "CUSTOM_FIELD_VALUE_CHANGED";

    @Inject
    CustomFieldRepository fields;

    @Inject
    AuditRepository audit;

    /**
     * Per customer (relationship id), every active field of the vendor by key, in the fields' order, with its wire
     * value or {@code null}. The ids must be the vendor's (the caller read them through the vendor).
     */
    public Map<Long, Map<String, Object>> read(long vendorId, Collection<Long> relationshipIds) {
        List<CustomField> active = fields.ofVendor(vendorId, false);
        Map<Long, Map<String, Object>> answer = new HashMap<>();
        if (active.isEmpty()) {
            relationshipIds.forEach(id -> answer.put(id, Map.of()));
            return answer;
        }
        Map<Long, Map<Long, CustomFieldValue>> stored = new HashMap<>();
        for (CustomFieldValue value : fields.values(relationshipIds)) {
            stored.computeIfAbsent(value.relationshipId(), id -> new HashMap<>()).put(value.fieldId(), value);
        }
        for (Long id : relationshipIds) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<Long, CustomFieldValue> own = stored.getOrDefault(id, Map.of());
            for (CustomField field : active) {
                CustomFieldValue value = own.get(field.id());
                values.put(field.key(), value == null ? null : CustomFieldValues.wire(field.type(), value.value(field.type())));
            }
            answer.put(id, values);
        }
        return answer;
    }

    /** Those of the ids that are the vendor's customers. */
    public List<Long> ownCustomers(long vendorId, Collection<Long> relationshipIds) {
        return fields.ownRelationships(vendorId, relationshipIds);
    }

    /**
     * Sets the named fields of one customer (a {@code null} or blank value clears one), all or none: every refusal is
     * collected and thrown together. Answers the changed fields' names ({@code customFields.<key>}); the relationship
     * counts as changed when one changed.
     */
    public List<String> change(String actorLabel, CustomerRelationship relationship, Map<String, Object> wire, Instant now) {
        Map<String, CustomField> byKey = fields.ofVendor(relationship.vendor().id(), false).stream()
                .collect(Collectors.toMap(CustomField::key, Function.identity()));
        Map<Long, CustomFieldValue> stored = fields.values(List.of(relationship.id())).stream()
                .collect(Collectors.toMap(CustomFieldValue::fieldId, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Map<CustomField, Optional<Object>> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : wire.entrySet()) {
            CustomField field = byKey.get(entry.getKey());
            if (field == null) {
                errors.add(FieldError.worded("customFields." + entry.getKey(), "customField.value.unknownField",
                        "You have no custom field with the key " + entry.getKey() + ".", entry.getKey()));
                continue;
            }
            try {
                Optional<Object> value = CustomFieldValues.accept(field, entry.getValue());
                if (value.isEmpty() && field.isRequired()) {
                    errors.add(FieldError.worded(CustomFieldValues.fieldName(field), "customField.value.required",
                            field.labelEn() + " is required.", field.labelEn()));
                    continue;
                }
                accepted.put(field, value);
            } catch (RefusedValue refused) {
                errors.add(refused.error());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<CustomField, Optional<Object>> entry : accepted.entrySet()) {
            CustomField field = entry.getKey();
            CustomFieldValue value = stored.get(field.id());
            Object former = value == null ? null : value.value(field.type());
            Object given = entry.getValue().orElse(null);
            if (Objects.equals(former, given)) {
                continue;
            }
            if (given == null) {
                fields.remove(value);
            } else {
                if (value == null) {
                    value = fields.add(new CustomFieldValue(relationship.id(), field.id()));
                }
                value.set(field.type(), given);
            }
            String name = CustomFieldValues.fieldName(field);
            audit.record(AuditEvent.onRelationship(relationship.id(), relationship.customer().id(), actorLabel, CHANGED,
                    name, CustomFieldValues.text(field.type(), former), CustomFieldValues.text(field.type(), given), now));
            changed.add(name);
        }
        if (!changed.isEmpty()) {
            relationship.customFieldsChanged(now);
        }
        return changed;
    }
}
