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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the webhook outbox, on every server, with up to {@link #SENDERS} senders (threads) per server; each claims
 * a batch of up to {@link WebhookDispatch#BATCH} due deliveries of one endpoint (each about another customer) with a
 * lease, posts them one after the other and records the answers in one transaction, until none is due. One slow
 * endpoint occupies about {@link WebhookDispatch#PER_ENDPOINT} / {@link WebhookDispatch#BATCH} senders (over all
 * servers), never the requests that caused the events, nor the other vendors' deliveries (a batch never mixes
 * endpoints, and a sender stops posting a batch after {@link #BATCH_TIME}, handing the rest back); senders hold a
 * database connection only to claim and to record, so half the pool (32) at most. Before each batch the address is
 * checked again (DNS rebinding); each post is signed at its moment.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    static final int SENDERS = 16;

    /**
     * How long a sender goes on posting one batch: an attempt started before then ends within 2 × 10 s, so the
     * batch is recorded well inside the lease ({@link WebhookDispatch#LEASE}); what is left is handed back.
     */
    static final java.time.Duration BATCH_TIME = java.time.Duration.ofSeconds(20);

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
            while (!Thread.currentThread().isInterrupted() && !(claimed = dispatch.claim(WebhookDispatch.BATCH)).isEmpty()) {
                startSender();
                deliver(claimed);
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
            attempts += deliver(claimed);
        }
        return attempts;
    }

    /**
     * One batch (all of one endpoint): check the address again, then for each delivery sign, post; record all
     * answers at once. Answers how many attempts it made. Should recording fail, the leases run out and the batch is
     * sent again: at least once, never lost.
     */
    int deliver(List<ClaimedDelivery> batch) {
        List<WebhookDispatch.Outcome> outcomes = new ArrayList<>(batch.size());
        List<Long> released = new ArrayList<>();
        long deadline = System.nanoTime() + BATCH_TIME.toNanos();
        try {
            var refusal = settings.addressPolicy().refusal(batch.get(0).url());
            for (ClaimedDelivery delivery : batch) {
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    released.add(delivery.deliveryId());
                    continue;
                }
                Instant start = clock.instant();
                long started = System.nanoTime();
                WebhookTransport.Answer answer;
                if (refusal.isPresent()) {
                    answer = WebhookTransport.Answer.none("address refused: " + refusal.get());
                } else {
                    long timestamp = start.getEpochSecond();
                    String signature = WebhookSignature.header(delivery.secrets(), delivery.messageId(), timestamp,
                            delivery.payload());
                    answer = transport.post(delivery.url(), delivery.messageId(), timestamp, signature, delivery.payload());
                }
                outcomes.add(new WebhookDispatch.Outcome(delivery.deliveryId(), start,
                        (System.nanoTime() - started) / 1_000_000, answer, refusal.isPresent()));
            }
            dispatch.record(outcomes, released);
        } catch (RuntimeException e) {
            // the leases run out and the deliveries are tried again; nothing is lost
            LOG.log(Level.WARNING, "Could not deliver a batch of " + batch.size() + " webhooks to endpoint "
                    + batch.get(0).endpointId(), e);
        }
        return outcomes.size();
    }
}
