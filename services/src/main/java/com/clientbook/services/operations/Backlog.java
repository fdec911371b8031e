package com.clientbook.services.operations;

import com.clientbook.persistence.operations.BacklogRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reads the outboxes' backlog for {@link ServerMetrics}, in a short read-only transaction of its own. */
@Stateless
public class Backlog {

    /** The e-mail outbox and the webhook deliveries, as the database sees them (the same from every server). */
    public record Figures(BacklogRepository.Queue mail, BacklogRepository.Queue webhooks) {
    }

    @Inject
    BacklogRepository repository;

    public Figures figures() {
        return new Figures(repository.mail(), repository.webhooks());
    }
}
