package com.clientbook.web.shared;

import com.clientbook.domain.user.Role;
import com.clientbook.services.apikey.ApiKeyActorLabel;
import com.clientbook.services.customer.BanInHistory;
import com.clientbook.services.imports.ImportActorLabel;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A line of a history (a customer's, a vendor's) in the reader's language. The history stores stable codes and
 * values (docs/api.md, "History"): an action such as {@code CUSTOMER_BANNED}, a field such as {@code customerNumber},
 * values as they were. This says them from the pages' bundle, generically, so that a new kind of event needs only
 * its texts: {@code history.action.<ACTION>} for what happened, {@code history.field.<field>} for a changed field.
 * Known stored shapes are put in words too: an API key as actor, a ban with its last day, a role.
 */
public final class HistoryWords {

    private final ResourceBundle bundle;
    private final Locale locale;

    public HistoryWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Who acted: a person as stored ("Anna Admin &lt;anna@…&gt;"); an API key and an import in the reader's words. */
    public String actor(String actor) {
        Optional<ImportActorLabel> importing = ImportActorLabel.read(actor);
        if (importing.isPresent()) {
            ImportActorLabel by = importing.get();
            return text("history.actor.import", actor(by.startedBy()), String.valueOf(by.importId()), by.fileName());
        }
        return ApiKeyActorLabel.read(actor)
                .map(key -> text(key.platform() ? "history.actor.platformApiKey" : "history.actor.apiKey", key.name(), key.prefix()))
                .orElse(actor == null ? "" : actor);
    }

    /**
     * What happened: the action's own text; for an action without one (a change of a field), the field's text; for
     * neither, the code itself in a generic sentence, so that an event added later is never a blank.
     */
    public String action(String action, String field) {
        if (has("history.action." + action)) {
            return bundle.getString("history.action." + action);
        }
        if (field != null && has("history.field." + field)) {
            return bundle.getString("history.field." + field);
        }
        return text("history.action.other", action == null ? "" : action.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    /**
     * "old → new" of a changed value, with the empty side as a dash; "" when the event changed no field. A field
     * without a text of its own is what the event is about (a person's address, say) and comes first:
     * "sam@example.com: – → Staff", or alone when no value changed.
     */
    public String change(String field, String oldValue, String newValue) {
        if (field == null) {
            return "";
        }
        if (oldValue == null && newValue == null) {
            return has("history.field." + field) ? "" : field;
        }
        if (has("history.field." + field)) {
            return value(field, oldValue) + " → " + value(field, newValue);
        }
        return field + ": " + value(field, oldValue) + " → " + value(field, newValue);
    }

    private String value(String field, String value) {
        if (value == null) {
            return "–";
        }
        if ("ban".equals(field)) {
            return BanInHistory.read(value).map(this::ban).orElse(value);
        }
        if (isRole(value)) {
            return bundle.getString("people.role." + value);
        }
        return value;
    }

    /** "Rude to drivers (until 31 Dec 2026, last day included; reason shared with the customer)" in the reader's words. */
    private String ban(BanInHistory ban) {
        if (ban.until() == null && !ban.reasonShared()) {
            return ban.reason();
        }
        String until = ban.until() == null ? null : text("history.ban.until",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(ban.until()));
        String shared = ban.reasonShared() ? bundle.getString("history.ban.shared") : null;
        String details = until != null && shared != null ? text("history.ban.both", until, shared) : until != null ? until : shared;
        return text("history.ban.details", ban.reason(), details);
    }

    private static boolean isRole(String value) {
        return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(value));
    }

    private boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
