package com.clientbook.web.webhook;

import com.clientbook.services.webhook.WebhookView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One line of the endpoints table, with getters: Expression Language 5 cannot read a record's accessors. */
public class WebhookRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String url;
    private final String description;
    private final List<String> events;
    private final boolean active;
    private final Instant failingSince;
    private final Instant disabledAt;
    private final long version;

    WebhookRow(WebhookView view) {
        this.id = view.id();
        this.url = view.url();
        this.description = view.description();
        this.events = view.events();
        this.active = view.active();
        this.failingSince = view.failingSince();
        this.disabledAt = view.disabledAt();
        this.version = view.version();
    }

    public long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getEvents() {
        return events;
    }

    public String getEventList() {
        return String.join(", ", events);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    /** ACTIVE, FAILING (active, its deliveries failing), DISABLED (by Clientbook after three days) or INACTIVE. */
    public String getStatus() {
        if (active) {
            return failingSince == null ? "ACTIVE" : "FAILING";
        }
        return disabledAt == null ? "INACTIVE" : "DISABLED";
    }

    public long getVersion() {
        return version;
    }
}
