package com.clientbook.web.shared;

import java.util.Set;

/**
 * The inputs of one form that a message may point at. A field the services name (a record component of the form's
 * input) becomes the client id of its input, {@code <form>:<field>:input}; any other field, or none, becomes
 * {@code null}, which puts the message above the form.
 */
public record FormFields(String form, Set<String> fields) {

    public static FormFields of(String form, String... fields) {
        return new FormFields(form, Set.of(fields));
    }

    public String clientId(String field) {
        return field != null && fields.contains(field) ? form + ":" + field + ":input" : null;
    }
}
