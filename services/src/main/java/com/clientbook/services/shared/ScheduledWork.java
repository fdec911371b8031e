package com.clientbook.services.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The body of an EJB {@code @Schedule} method that must keep running through failures. Payara drops a periodic timer
 * whose timeout fails twice in a row ("EJB5119: Expunging timer"): after a database outage of a few seconds no e-mail
 * was sent and no orphaned import resumed any more until the server restarted. So the timer method runs outside a
 * transaction and calls the transactional work through the bean's business interface, and this catches what that
 * call throws: the next tick simply tries again.
 * <p>
 * A failure is logged once when it starts, then at most once a minute while it lasts (a two-second timer would fill
 * the log), and once more when the work succeeds again.
 */
public final class ScheduledWork {

    private static final Duration REPEAT_WARNING_AFTER = Duration.ofMinutes(1);

    private final String what;
    private final Logger log;
    private final Clock clock;
    private Instant failingSince;
    private Instant lastWarned;

    public ScheduledWork(String what, Logger log, Clock clock) {
        this.what = what;
        this.log = log;
        this.clock = clock;
    }

    /** Runs the work; a failure is logged, never thrown. Callers run one tick at a time (a singleton's timer). */
    public synchronized void run(Runnable work) {
        try {
            work.run();
            if (failingSince != null) {
                log.info(() -> what + " works again, after failing since " + failingSince);
                failingSince = null;
                lastWarned = null;
            }
        } catch (RuntimeException e) {
            Instant now = clock.instant();
            if (failingSince == null) {
                failingSince = now;
                lastWarned = now;
                log.log(Level.WARNING, what + " failed; trying again on the next tick", e);
            } else if (Duration.between(lastWarned, now).compareTo(REPEAT_WARNING_AFTER) >= 0) {
                lastWarned = now;
                log.warning(what + " still fails, since " + failingSince + ": " + e);
            }
        }
    }

    /** Whether the last tick failed. */
    public synchronized boolean failing() {
        return failingSince != null;
    }
}
