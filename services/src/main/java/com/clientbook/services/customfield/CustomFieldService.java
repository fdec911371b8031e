package com.clientbook.services.customfield;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customfield.CustomField;
import com.clientbook.domain.customfield.CustomFieldFilter;
import com.clientbook.domain.customfield.CustomFieldType;
import com.clientbook.domain.customfield.CustomFieldValues;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customfield.CustomFieldRepository;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * The definitions of a vendor's custom fields: listed by everyone of the vendor (pages and API keys show the values
 * with them), defined, changed and retired by its admins and its API keys (which only admins issue); vendor staff are
 * refused (product rules: staff do not manage custom fields). Another vendor's field is "not found". A type does not
 * change while customers have a value of the field: the refusal says how many.
 */
@Stateless
public class CustomFieldService {

    static final String MANAGE = "manage custom fields";
    static final String READ = "read custom fields";
    public static final int FIELDS_MAX = 100;

    @Inject
    CustomFieldRepository fields;

    @Inject
    CompanyRepository companies;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** The vendor's fields in the order they were defined; retired ones only when asked (the admin's page). */
    public List<CustomFieldView> list(Actor actor, boolean withRetired) {
        return fields.ofVendor(actor.vendorId(READ), withRetired).stream().map(CustomFieldView::of).toList();
    }

    public CustomFieldView get(Actor actor, long fieldId) {
        return CustomFieldView.of(fields.get(actor.vendorId(READ), fieldId));
    }

    /** Defines a field; its key is the vendor's own (refused with 409 when taken, retired fields included). */
    public CustomFieldView create(Actor actor, CustomFieldInput input) {
        long vendorId = vendorOf(actor);
        Company vendor = companies.get(vendorId);
        String key = input.key() == null ? "" : input.key().strip();
        List<FieldError> errors = new ArrayList<>();
        if (!CustomField.KEY.matcher(key).matches()) {
            errors.add(FieldError.worded("key", "customField.key.format", "Start the key with a lower-case letter "
                    + "and use letters, digits and _ only, at most 40 characters, such as deliveryZone."));
        }
        CustomFieldType type = checked(input, errors);
        if (fields.keyTaken(vendorId, key)) {
            throw new ConflictException("customField.key.taken", "key", "You have a custom field with the key " + key
                    + " already (perhaps retired).", key);
        }
        if (fields.ofVendor(vendorId, true).size() >= FIELDS_MAX) {
            throw new RuleViolationException("customField.tooMany", null, "A vendor has at most " + FIELDS_MAX
                    + " custom fields; retire or reuse one.", FIELDS_MAX);
        }
        Instant now = clock.instant();
        CustomField field = new CustomField(vendor, key, now);
        describe(field, input, type, now);
        field.retire(input.retired(), now);
        fields.add(field);
        fields.flush();
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), "CUSTOM_FIELD_CREATED", "customField", key, now));
        return CustomFieldView.of(field);
    }

    /**
     * Describes a field anew (its key stays). A new type is refused while customers have a value of the field, with
     * their number; retired true hides it and keeps its values, false brings it back.
     */
    public CustomFieldView change(Actor actor, long fieldId, CustomFieldInput input, Long expectedVersion) {
        long vendorId = vendorOf(actor);
        CustomField field = fields.get(vendorId, fieldId);
        requireVersion(field, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        CustomFieldType type = checked(input, errors);
        if (type != field.type()) {
            long count = fields.valueCount(field.id());
            if (count > 0) {
                throw new RuleViolationException("customField.typeInUse", "type", "The type of " + field.key()
                        + " cannot change: " + count + " customers have a value. Define a new field instead.",
                        field.key(), count);
            }
        }
        Instant now = clock.instant();
        boolean wasRetired = field.isRetired();
        describe(field, input, type, now);
        boolean retiredChanged = field.retire(input.retired(), now);
        fields.flush();
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), !retiredChanged ? "CUSTOM_FIELD_CHANGED"
                : wasRetired ? "CUSTOM_FIELD_REINSTATED" : "CUSTOM_FIELD_RETIRED", "customField", field.key(), now));
        return CustomFieldView.of(field);
    }

    /** Retires a field: hidden everywhere, its values kept; retiring a retired field is no error. */
    public CustomFieldView retire(Actor actor, long fieldId, Long expectedVersion) {
        long vendorId = vendorOf(actor);
        CustomField field = fields.get(vendorId, fieldId);
        requireVersion(field, expectedVersion);
        Instant now = clock.instant();
        if (field.retire(true, now)) {
            fields.flush();
            audit.record(AuditEvent.onCompany(vendorId, actor.label(), "CUSTOM_FIELD_RETIRED", "customField", field.key(), now));
        }
        return CustomFieldView.of(field);
    }

    /**
     * The customer list's filters by custom field, from their written form: {@code key} (equal to; for several
     * choices, has that option), {@code key.from} and {@code key.to} (numbers and dates, both ends included),
     * {@code key.contains} (text); values written as the API writes them (1234.5, 2026-12-31, true). An unknown or
     * retired key, an operator the type has not, or a value of the wrong kind is refused, naming {@code cf.<key…>}.
     */
    public List<CustomFieldFilter> filters(Actor actor, Map<String, String> written) {
        if (written.isEmpty()) {
            return List.of();
        }
        Map<String, CustomField> byKey = new HashMap<>();
        fields.ofVendor(actor.vendorId(READ), false).forEach(f -> byKey.put(f.key(), f));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object[]> ranges = new LinkedHashMap<>();
        List<CustomFieldFilter> filters = new ArrayList<>();
        written.forEach((name, text) -> {
            String parameter = "cf." + name;
            int dot = name.indexOf('.');
            String key = dot < 0 ? name : name.substring(0, dot);
            String operator = dot < 0 ? "" : name.substring(dot + 1);
            CustomField field = byKey.get(key);
            if (field == null) {
                errors.add(FieldError.worded(parameter, "customField.filter.unknownField", "You have no custom field "
                        + "with the key " + key + ".", key));
                return;
            }
            if (text == null || text.isBlank()) {
                return;
            }
            try {
                switch (operator) {
                    case "" -> filters.add(CustomFieldFilter.equalTo(field.id(), field.type(), filterValue(field, text)));
                    case "contains" -> {
                        if (!field.type().containsFiltered()) {
                            throw new IllegalArgumentException();
                        }
                        filters.add(CustomFieldFilter.containing(field.id(), field.type(), text.strip()));
                    }
                    case "from", "to" -> {
                        if (!field.type().rangeFiltered()) {
                            throw new IllegalArgumentException();
                        }
                        ranges.computeIfAbsent(key, k -> new Object[]{field, null, null})["from".equals(operator) ? 1 : 2] =
                                filterValue(field, text);
                    }
                    default -> throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.worded(parameter, "customField.filter.operator", "Filter " + key + " (" + field.type()
                        + ") by cf." + key + "=" + (field.type().rangeFiltered() ? ", cf." + key + ".from= or cf." + key + ".to=" : "")
                        + (field.type().containsFiltered() ? " or cf." + key + ".contains=" : "") + ".", key));
            } catch (CustomFieldValues.RefusedValue refused) {
                errors.add(FieldError.worded(parameter, refused.error().messageKey(), refused.error().message(),
                        refused.error().arguments().toArray()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ranges.values().forEach(r -> filters.add(CustomFieldFilter.between(((CustomField) r[0]).id(),
                ((CustomField) r[0]).type(), r[1], r[2])));
        return filters;
    }

    /** A filter's value as the field stores it: numbers, ISO dates, true/false, an option (any case), text. */
    private static Object filterValue(CustomField field, String text) throws CustomFieldValues.RefusedValue {
        Object wire = switch (field.type()) {
            case NUMBER, DECIMAL -> {
                try {
                    yield new java.math.BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    yield text;
                }
            }
            case YES_NO -> "true".equalsIgnoreCase(text.strip()) ? Boolean.TRUE
                    : "false".equalsIgnoreCase(text.strip()) ? Boolean.FALSE : text;
            case CHOICES -> List.of(text.strip());
            default -> text.strip();
        };
        Object value = CustomFieldValues.accept(field, wire).orElseThrow(IllegalArgumentException::new);
        return value instanceof List<?> list ? list.get(0) : value;
    }

    private void describe(CustomField field, CustomFieldInput input, CustomFieldType type, Instant now) {
        field.describe(input.labelEn().strip(), input.labelDe().strip(), type,
                CustomFieldValues.options(input.options()), input.required(), input.inList(), input.filterable(), now);
    }

    private CustomFieldType checked(CustomFieldInput input, List<FieldError> errors) {
        validation.check(input);
        CustomFieldType type = Arrays.stream(CustomFieldType.values())
                .filter(t -> t.name().equals(input.type().strip().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        if (type == null) {
            errors.add(FieldError.worded("type", "customField.type.unknown", "Unknown type " + input.type()
                    + "; known are " + Arrays.toString(CustomFieldType.values()) + ".", input.type()));
        } else if (type.hasOptions()) {
            List<String> options = CustomFieldValues.options(input.options());
            if (options.isEmpty()) {
                errors.add(FieldError.worded("options", "customField.options.required", "Give the options to choose from."));
            } else if (options.size() > CustomField.OPTIONS_MAX
                    || options.stream().anyMatch(o -> o.length() > CustomField.OPTION_MAX || o.contains("\n"))) {
                errors.add(FieldError.worded("options", "customField.options.size", "Give at most "
                        + CustomField.OPTIONS_MAX + " options of at most " + CustomField.OPTION_MAX + " characters each, "
                        + "one per line.", CustomField.OPTIONS_MAX, CustomField.OPTION_MAX));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return type;
    }

    private static void requireVersion(CustomField field, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != field.version()) {
            throw new ConcurrentChangeException("Custom field", field.id());
        }
    }

    /** Vendor admins, and the vendor's API keys (issued only by its admins, for the systems that set up fields). */
    private static long vendorOf(Actor actor) {
        if (actor.userId() == null && actor.restrictsCustomers()) {
            return actor.vendorId(MANAGE);
        }
        return actor.vendorAdminOf(MANAGE);
    }
}
