package com.clientbook.services.webhook;

import com.clientbook.services.shared.ScheduledWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the webhook outbox, on every server, with up to {@link #SENDERS} senders (threads) per server; each claims
 * one due delivery at a time, with a lease, posts it and records the answer, until none is due. One slow endpoint
 * occupies at most {@link WebhookDispatch#PER_ENDPOINT} senders (over all servers), never the requests that caused the
 * events, nor the other vendors' deliveries; senders hold a database connection only to claim and to record, so half
 * the pool (32) at most. Before each post the address is checked again (DNS rebinding); it is signed at that moment.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    static final int SENDERS = 16;

    @Inject
    WebhookDispatch dispatch;

    @Inject
    WebhookTransport transport;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    /** Senders running on this server. */
    private final AtomicInteger running = new AtomicInteger();
    private ExecutorService senders;
    private ScheduledWork schedule;

    @PostConstruct
    void prepare() {
        senders = Executors.newFixedThreadPool(SENDERS, threads);
        schedule = new ScheduledWork("Delivering webhooks", LOG, clock);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /**
     * Every second on every server; outside a transaction (see OutboxSender): claiming and recording have transactions
     * of their own. Safe on any number of servers: a delivery is claimed with {@code FOR UPDATE SKIP LOCKED} and a
     * lease ({@code lease_until}), so no two senders hold it, and a dead sender's delivery is taken over when its lease
     * ends.
     */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everySecond() {
        schedule.run(() -> {
            if (running.get() == 0) {
                startSender();
            }
        });
    }

    /**
     * One more sender, unless all are running. Each sender claims one delivery at a time (so a slow endpoint delays
     * nothing else in the same hands) and goes on until none is due; each delivery it finds starts another sender, so
     * an idle server asks the database once a second and a busy one soon runs all of its senders.
     */
    private void startSender() {
        if (running.incrementAndGet() > SENDERS) {
            running.decrementAndGet();
            return;
        }
        try {
            senders.execute(this::sendUntilNoneDue);
        } catch (RejectedExecutionException e) {
            running.decrementAndGet(); // shutting down; the leases run out and another server takes over
        }
    }

    private void sendUntilNoneDue() {
        try {
            List<ClaimedDelivery> claimed;
            while (!Thread.currentThread().isInterrupted() && !(claimed = dispatch.claim(1)).isEmpty()) {
                startSender();
                claimed.forEach(this::deliver);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A webhook sender stopped; the next tick starts one again", e);
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * Claims and delivers due deliveries in the calling thread until none is due; answers how many attempts it made.
     * For tests and the benchmark, which run several of these at once as several servers would.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDueNow(int batch) {
        int attempts = 0;
        List<ClaimedDelivery> claimed;
        while (!(claimed = dispatch.claim(batch)).isEmpty()) {
            for (ClaimedDelivery delivery : claimed) {
                deliver(delivery);
                attempts++;
            }
        }
        return attempts;
    }

    /** One attempt: check the address again, sign, post, record. */
    void deliver(ClaimedDelivery delivery) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        try {
            var refusal = settings.addressPolicy().refusal(delivery.url());
            WebhookTransport.Answer answer;
            if (refusal.isPresent()) {
                answer = WebhookTransport.Answer.none("address refused: " + refusal.get());
            } else {
                long timestamp = start.getEpochSecond();
                String signature = WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp, delivery.payload());
                answer = transport.post(delivery.url(), delivery.messageId(), timestamp, signature, delivery.payload());
            }
            dispatch.record(delivery.deliveryId(), start, (System.nanoTime() - started) / 1_000_000, answer, refusal.isPresent());
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is tried again; nothing is lost
            LOG.log(Level.WARNING, "Could not deliver webhook " + delivery.deliveryId(), e);
        }
    }
}
