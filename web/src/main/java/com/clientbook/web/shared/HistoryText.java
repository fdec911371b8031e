package com.clientbook.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The history's lines on a page, in the page's language ({@code #{historyText.action(entry.action(), entry.field())}});
 * the wording is {@link HistoryWords}'. Every page that shows a history (a customer's, a vendor's) uses this, so a
 * new kind of event reads the same everywhere.
 */
@Named
@RequestScoped
public class HistoryText {

    @Inject
    Messages messages;

    private HistoryWords words;

    public String actor(String actor) {
        return words().actor(actor);
    }

    public String action(String action, String field) {
        return words().action(action, field);
    }

    public String change(String field, String oldValue, String newValue) {
        return words().change(field, oldValue, newValue);
    }

    private HistoryWords words() {
        if (words == null) {
            words = new HistoryWords(messages.bundle(), messages.locale());
        }
        return words;
    }
}
