package com.clientbook.services.imports;

import com.clientbook.persistence.imports.ImportJobRepository;
import com.clientbook.services.shared.ScheduledWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Hands imports that nobody works on to a worker: those queued or running whose worker's hold has lapsed, because
 * their server stopped or restarted in the middle. Every 20 seconds on every server; the hold decides which worker
 * gets an import, so two servers never work on the same one. The timer survives a database outage
 * ({@link ScheduledWork}).
 */
@Singleton
@Startup
public class ImportSweeper {

    private static final Logger LOG = Logger.getLogger(ImportSweeper.class.getName());

    @Inject
    ImportJobRepository imports;

    @Inject
    ImportWorker worker;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    private ScheduledWork schedule;

    @PostConstruct
    void prepare() {
        schedule = new ScheduledWork("Resuming orphaned imports", LOG, clock);
    }

    /*
     * On every server, safe on any number of them: the sweep only finds candidates; ImportWorker.run claims each import
     * with a conditional update of its hold (a lease, claimed_until, renewed with every batch), so of two servers that
     * find the same import one gets it and the other returns, and a dead server's import is taken over when its
     * lease lapses.
     */
    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyTwentySeconds() {
        schedule.run(() -> context.getBusinessObject(ImportSweeper.class).resumeOrphaned());
    }

    /** In a transaction of its own, so that a failure cannot fail the timer's (see OutboxSender.sendDue). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resumeOrphaned() {
        imports.orphaned(clock.instant()).forEach(worker::start);
    }
}
