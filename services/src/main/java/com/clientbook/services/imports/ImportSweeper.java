package com.clientbook.services.imports;

import com.clientbook.persistence.imports.ImportJobRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Hands imports that nobody works on to a worker: those queued or running whose worker's hold has lapsed, because
 * their server stopped or restarted in the middle. Every 20 seconds on every server; the hold decides which worker
 * gets an import, so two servers never work on the same one.
 */
@Singleton
@Startup
public class ImportSweeper {

    @Inject
    ImportJobRepository imports;

    @Inject
    ImportWorker worker;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void resumeOrphaned() {
        imports.orphaned(clock.instant()).forEach(worker::start);
    }
}
