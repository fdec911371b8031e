package com.clientbook.persistence.webhook;

import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.webhook.WebhookAttempt;
import com.clientbook.domain.webhook.WebhookDelivery;
import com.clientbook.domain.webhook.WebhookEndpoint;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A vendor's webhook endpoints (another vendor's are "not found"), their deliveries and attempts. */
@Dependent
public class WebhookRepository extends Repository {

    protected WebhookRepository() {
    }

    public WebhookRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public WebhookEndpoint add(WebhookEndpoint endpoint) {
        entityManager.persist(endpoint);
        return endpoint;
    }

    public WebhookDelivery add(WebhookDelivery delivery) {
        entityManager.persist(delivery);
        return delivery;
    }

    public WebhookAttempt add(WebhookAttempt attempt) {
        entityManager.persist(attempt);
        return attempt;
    }

    public void remove(WebhookEndpoint endpoint) {
        entityManager.createQuery("delete from WebhookAttempt a where a.deliveryId in"
                + " (select d.id from WebhookDelivery d where d.endpointId = :id)").setParameter("id", endpoint.id()).executeUpdate();
        entityManager.createQuery("delete from WebhookDelivery d where d.endpointId = :id").setParameter("id", endpoint.id()).executeUpdate();
        entityManager.remove(endpoint);
    }

    /** One of the vendor's endpoints. */
    public WebhookEndpoint get(long vendorId, long endpointId) {
        return Optional.ofNullable(entityManager.find(WebhookEndpoint.class, endpointId))
                .filter(endpoint -> endpoint.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException("Webhook endpoint", endpointId));
    }

    public Optional<WebhookEndpoint> find(long endpointId) {
        return Optional.ofNullable(entityManager.find(WebhookEndpoint.class, endpointId));
    }

    public Optional<WebhookDelivery> findDelivery(long deliveryId) {
        return Optional.ofNullable(entityManager.find(WebhookDelivery.class, deliveryId));
    }

    /** The vendor's endpoints, oldest first. */
    public List<WebhookEndpoint> ofVendor(long vendorId) {
        return entityManager.createQuery("select e from WebhookEndpoint e where e.vendor.id = :vendorId order by e.id",
                WebhookEndpoint.class).setParameter("vendorId", vendorId).getResultList();
    }

    /** The vendor's active endpoints, which events are written for. */
    public List<WebhookEndpoint> activeOfVendor(long vendorId) {
        return entityManager.createQuery("select e from WebhookEndpoint e where e.vendor.id = :vendorId and e.active = true"
                + " order by e.id", WebhookEndpoint.class).setParameter("vendorId", vendorId).getResultList();
    }

    /** The endpoint's latest deliveries, newest first. */
    public List<WebhookDelivery> deliveries(long endpointId, int limit) {
        return entityManager.createQuery("select d from WebhookDelivery d where d.endpointId = :id order by d.id desc",
                WebhookDelivery.class).setParameter("id", endpointId).setMaxResults(limit).getResultList();
    }

    /** The attempts at these deliveries, oldest first. */
    public List<WebhookAttempt> attempts(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select a from WebhookAttempt a where a.deliveryId in :ids order by a.id",
                WebhookAttempt.class).setParameter("ids", deliveryIds).getResultList();
    }

    /**
     * Claims up to {@code limit} due deliveries of one endpoint for {@code lease}, in two statements: rows another
     * sender holds (locked now, or leased and the lease still running) are skipped, so two senders never send one row
     * at once; a sender that dies loses its rows when the lease ends. The endpoint is the one of the earliest due
     * delivery whose endpoint has fewer than {@code inFlightPerEndpoint} deliveries leased (counted once per claim,
     * not per candidate row), so a slow endpoint takes no more than its share of the senders and a batch never mixes
     * endpoints. Only the head of each customer's queue is due (no earlier pending delivery to the same endpoint about
     * the same customer, earlier by the time its event was written, then by id), so a batch holds at most one delivery per customer and a customer's events arrive in order.
     */
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> claimDue(Instant now, int limit, int inFlightPerEndpoint, Duration lease) {
        Timestamp at = Timestamp.from(now);
        String due = " d.status = 'PENDING' and d.next_attempt_at <= ?1"
                + " and (d.lease_until is null or d.lease_until < ?1)"
                + " and (d.ordering_key is null or not exists (select 1 from webhook_delivery p"
                + "   where p.endpoint_id = d.endpoint_id and p.ordering_key = d.ordering_key"
                + "   and p.status = 'PENDING' and (p.created_at, p.id) < (d.created_at, d.id)))";
        List<WebhookDelivery> claimed = entityManager.createNativeQuery("with busy as (select endpoint_id from webhook_delivery"
                        + "   where status = 'PENDING' and lease_until is not null and lease_until >= ?1"
                        + "   group by endpoint_id having count(*) >= ?2),"
                        + " chosen as (select d.endpoint_id from webhook_delivery d"
                        + "   join webhook_endpoint e on e.id = d.endpoint_id and e.active"
                        + "   where" + due + " and d.endpoint_id not in (select endpoint_id from busy)"
                        + "   order by d.next_attempt_at, d.id limit 1)"
                        + " select d.* from webhook_delivery d where d.endpoint_id = (select endpoint_id from chosen) and" + due
                        + " order by d.next_attempt_at, d.id limit ?3 for update of d skip locked", WebhookDelivery.class)
                .setParameter(1, at)
                .setParameter(2, inFlightPerEndpoint)
                .setParameter(3, limit)
                .getResultList();
        if (!claimed.isEmpty()) {
            // one statement for the batch's leases; the ids are numbers, so writing them into the statement is safe
            String ids = claimed.stream().map(d -> String.valueOf(d.id())).collect(java.util.stream.Collectors.joining(","));
            entityManager.createNativeQuery("update webhook_delivery set lease_until = ?1 where id in (" + ids + ")")
                    .setParameter(1, Timestamp.from(now.plus(lease))).executeUpdate();
        }
        return claimed;
    }

    /** These deliveries, in one statement (a sender records a whole batch at once). */
    public List<WebhookDelivery> findDeliveries(java.util.Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select d from WebhookDelivery d where d.id in :ids", WebhookDelivery.class)
                .setParameter("ids", List.copyOf(deliveryIds)).getResultList();
    }

    /** An attempt succeeded: the endpoint is healthy again. One statement, as several senders answer at once. */
    public void endpointSucceeded(long endpointId) {
        entityManager.createNativeQuery("update webhook_endpoint set failing_since = null where id = ?1 and failing_since is not null")
                .setParameter(1, endpointId).executeUpdate();
    }

    /**
     * An attempt failed: the endpoint fails since now, unless it did already. Answers whether this failure disables it:
     * it has failed without a success for {@link WebhookEndpoint#FAILURE_WINDOW}; of several senders only one is told.
     */
    public boolean endpointFailed(long endpointId, Instant now) {
        Timestamp at = Timestamp.from(now);
        entityManager.createNativeQuery("update webhook_endpoint set failing_since = ?2 where id = ?1 and failing_since is null")
                .setParameter(1, endpointId).setParameter(2, at).executeUpdate();
        return entityManager.createNativeQuery("update webhook_endpoint set active = false, disabled_at = ?2, updated_at = ?2,"
                        + " version = version + 1 where id = ?1 and active and failing_since <= ?3")
                .setParameter(1, endpointId).setParameter(2, at)
                .setParameter(3, Timestamp.from(now.minus(WebhookEndpoint.FAILURE_WINDOW)))
                .executeUpdate() == 1;
    }

    /** How many deliveries wait to be sent, for the benchmark and the tests. */
    public long pending() {
        return ((Number) entityManager.createNativeQuery("select count(*) from webhook_delivery where status = 'PENDING'")
                .getSingleResult()).longValue();
    }
}
