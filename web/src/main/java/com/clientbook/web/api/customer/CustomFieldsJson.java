package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code customFields} member of a customer PATCH, read into the wire values the services check
 * (com.clientbook.domain.customfield.CustomFieldValues): strings, numbers, true/false, arrays of strings, null.
 */
final class CustomFieldsJson {

    static final String MEMBER = "customFields";

    private CustomFieldsJson() {
    }

    static Map<String, Object> wireValues(JsonObject body) {
        JsonValue member = body.get(MEMBER);
        if (member.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (!(member instanceof JsonObject fields)) {
            throw new InvalidInputException(List.of(new FieldError(MEMBER, "must be an object of keys and values")));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        fields.forEach((key, value) -> {
            switch (value.getValueType()) {
                case NULL -> values.put(key, null);
                case TRUE -> values.put(key, Boolean.TRUE);
                case FALSE -> values.put(key, Boolean.FALSE);
                case STRING -> values.put(key, ((JsonString) value).getString());
                case NUMBER -> values.put(key, ((JsonNumber) value).bigDecimalValue());
                case ARRAY -> {
                    JsonArray array = (JsonArray) value;
                    if (array.stream().allMatch(JsonString.class::isInstance)) {
                        values.put(key, array.stream().map(v -> ((JsonString) v).getString()).toList());
                    } else {
                        errors.add(new FieldError(MEMBER + "." + key, "must be an array of strings"));
                    }
                }
                default -> errors.add(new FieldError(MEMBER + "." + key, "must be a string, number, true, false, "
                        + "an array of strings or null"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }
}
