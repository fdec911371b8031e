package com.clientbook.web.api;

import com.clientbook.services.shared.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * The vendor an API request acts for, as {@link ApiKeyAuthentication} recognised it from the request's key.
 * Resources pass {@link #actor()} to the services, which decide from it what the caller may see.
 */
@RequestScoped
public class ApiCaller {

    private Actor actor;

    void authenticatedAs(Actor actor) {
        this.actor = actor;
    }

    /** The authenticated caller; the filter has refused every request without one before a resource runs. */
    public Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("No API key was authenticated for this request");
        }
        return actor;
    }
}
