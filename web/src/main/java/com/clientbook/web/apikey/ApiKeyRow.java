package com.clientbook.web.apikey;

import com.clientbook.services.apikey.ApiKeyView;

import java.io.Serializable;
import java.time.Instant;

/** One line of the API keys table, with getters: Expression Language 5 cannot read a record's accessors. */
public class ApiKeyRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String prefix;
    private final Instant createdAt;
    private final boolean active;

    ApiKeyRow(ApiKeyView key) {
        this.id = key.id();
        this.name = key.name();
        this.prefix = key.prefix();
        this.createdAt = key.createdAt();
        this.active = key.active();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }
}
