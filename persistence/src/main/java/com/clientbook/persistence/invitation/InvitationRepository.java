package com.clientbook.persistence.invitation;

import com.clientbook.domain.invitation.Invitation;
import com.clientbook.domain.invitation.InvitationFilter;
import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.domain.outbox.MailStatus;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Text;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** A vendor's invitations, and the one a link names. */
@Dependent
public class InvitationRepository extends Repository {

    public static final int MAX_PAGE_SIZE = 200;

    protected InvitationRepository() {
    }

    public InvitationRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /**
     * Up to {@code limit} open invitations expired by {@code now} whose expiry has not been announced yet, locked
     * ({@code SKIP LOCKED}: two servers' expiry jobs share them, neither announces one twice), the earliest first.
     */
    @SuppressWarnings("unchecked")
    public List<Invitation> expiredUnannounced(Instant now, int limit) {
        return entityManager.createNativeQuery("select * from invitation where accepted_at is null and revoked_at is null"
                        + " and expiry_announced_at is null and expires_at <= ?1 order by expires_at, id limit ?2"
                        + " for update skip locked", Invitation.class)
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, limit).getResultList();
    }

    public Invitation add(Invitation invitation) {
        entityManager.persist(invitation);
        return invitation;
    }

    public Optional<Invitation> find(long vendorId, long invitationId) {
        return entityManager.createNamedQuery(Invitation.FIND_BY_VENDOR_AND_ID, Invitation.class)
                .setParameter("vendorId", vendorId)
                .setParameter("id", invitationId)
                .getResultStream()
                .findFirst();
    }

    /** The vendor's invitation; another vendor's id is "not found", like one that does not exist. */
    public Invitation get(long vendorId, long invitationId) {
        return find(vendorId, invitationId).orElseThrow(() -> new NotFoundException("Invitation", invitationId));
    }

    /** The invitation whose current token hashes to this; a resent invitation's old hash finds nothing. */
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return entityManager.createNamedQuery(Invitation.FIND_BY_HASH, Invitation.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * The invitation again, its row locked until the caller's transaction ends: two people accepting the same link
     * at once are served one after the other, and the second sees it accepted.
     */
    public Invitation lock(Invitation invitation) {
        entityManager.flush();
        entityManager.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
        return invitation;
    }

    /** The vendor's invitations to this address (any case) that are still pending at {@code now}. */
    public List<Invitation> pendingTo(long vendorId, String email, Instant now) {
        return entityManager.createQuery("select i from Invitation i where i.vendor.id = :vendorId and lower(i.email) = :email"
                        + " and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now order by i.id", Invitation.class)
                .setParameter("vendorId", vendorId)
                .setParameter("email", Text.comparable(email))
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * The outbox status of each invitation's latest e-mail (the first message to its address queued at or after it
     * was last sent), for a page of the vendor's invitations in one statement. Invitations of another vendor, and
     * those without a message in the outbox, are left out.
     */
    public Map<Long, MailStatus> mailStatuses(long vendorId, Collection<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = invitationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = entityManager.createNativeQuery("select i.id, m.sent_at is not null, m.attempts from invitation i"
                        + " join lateral (select o.sent_at, o.attempts from outbox_message o"
                        + "   where lower(o.recipient) = lower(i.email) and o.created_at >= i.sent_at"
                        + "   order by o.created_at, o.id limit 1) m on true"
                        + " where i.vendor_id = ?1 and i.id in (" + in + ")")
                .setParameter(1, vendorId)
                .getResultList();
        Map<Long, MailStatus> statuses = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            statuses.put(((Number) c[0]).longValue(), MailStatus.of((Boolean) c[1], ((Number) c[2]).intValue()));
        }
        return statuses;
    }

    /** The addresses the vendor's invitations about one of its customer relationships went to. */
    public List<String> emailsAbout(long vendorId, long relationshipId) {
        return entityManager.createQuery("select distinct i.email from Invitation i"
                        + " where i.vendor.id = :vendorId and i.relationship.id = :relationshipId", String.class)
                .setParameter("vendorId", vendorId)
                .setParameter("relationshipId", relationshipId)
                .getResultList();
    }

    /**
     * The invitations still pending at {@code now} that a customer company's person may accept: those to the person's
     * own address (any case), and those about one of the company's relationships, newest first.
     */
    public List<Invitation> pendingForCustomer(long customerCompanyId, String email, Instant now) {
        return entityManager.createQuery("select i from Invitation i join fetch i.vendor left join i.relationship r"
                        + " where (lower(i.email) = :email or r.customer.id = :companyId)"
                        + " and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now"
                        + " order by i.sentAt desc, i.id desc", Invitation.class)
                .setParameter("email", Text.comparable(email))
                .setParameter("companyId", customerCompanyId)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * One page of the vendor's invitations, most recently sent first, optionally of one status as it is at
     * {@code now}.
     */
    public Page<Invitation> list(long vendorId, InvitationStatus status, Instant now, int page, int size) {
        return list(vendorId, status, InvitationFilter.NONE, now, page, size);
    }

    /** As above, narrowed by the filters of the dashboard's links ({@link InvitationFilter}), judged at {@code now}. */
    public Page<Invitation> list(long vendorId, InvitationStatus status, InvitationFilter filter, Instant now, int page,
                                 int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        String where = " from Invitation i where i.vendor.id = :vendorId" + condition(status) + condition(filter);
        TypedQuery<Long> count = entityManager.createQuery("select count(i)" + where, Long.class);
        TypedQuery<Invitation> select = entityManager.createQuery("select i" + where + " order by i.sentAt desc, i.id desc",
                Invitation.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            query.setParameter("vendorId", vendorId);
            if (status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED || filter.expiringSoon()) {
                query.setParameter("now", now);
            }
            parameters(filter, now).forEach(query::setParameter);
        }
        select.setHint("eclipselink.batch", "i.labels");
        select.setHint("eclipselink.batch.type", "IN");
        select.setFirstResult(page * size);
        select.setMaxResults(size);
        return new Page<>(select.getResultList(), page, size, count.getSingleResult());
    }

    /** How many of the vendor's invitations pass the filters at {@code now}: the dashboard's counts of its links. */
    public long count(long vendorId, InvitationFilter filter, Instant now) {
        TypedQuery<Long> count = entityManager.createQuery("select count(i) from Invitation i where i.vendor.id = :vendorId"
                + condition(filter), Long.class).setParameter("vendorId", vendorId);
        if (filter.expiringSoon()) {
            count.setParameter("now", now);
        }
        parameters(filter, now).forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The filters as JPQL. Expiring soon: pending at :now and expiring by :expiringBy (V32's
     * {@code invitation_vendor_open_expiry_idx}). E-mail not delivered: sent since :mailSince, and its latest e-mail
     * (the first message to its address queued at or after it was last sent, as {@link #mailStatuses} reads it)
     * was given up.
     */
    private static String condition(InvitationFilter filter) {
        String where = "";
        if (filter.expiringSoon()) {
            where += " and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now and i.expiresAt <= :expiringBy";
        }
        if (filter.mailNotDelivered()) {
            // a given-up message to the address queued at or after the invitation was last sent, with none before it
            where += " and i.sentAt >= :mailSince and exists (select o.id from OutboxMessage o"
                    + " where lower(o.recipient) = lower(i.email) and o.createdAt >= i.sentAt and o.sentAt is null"
                    + " and o.attempts >= " + OutboxMessage.MAX_ATTEMPTS
                    + " and not exists (select e.id from OutboxMessage e where lower(e.recipient) = lower(i.email)"
                    + " and e.createdAt >= i.sentAt and (e.createdAt < o.createdAt or (e.createdAt = o.createdAt and e.id < o.id))))";
        }
        return where;
    }

    private static Map<String, Object> parameters(InvitationFilter filter, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        if (filter.expiringSoon()) {
            parameters.put("expiringBy", now.plus(InvitationFilter.EXPIRING_WITHIN));
        }
        if (filter.mailNotDelivered()) {
            parameters.put("mailSince", now.minus(InvitationFilter.MAIL_WINDOW));
        }
        return parameters;
    }

    private static String condition(InvitationStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case PENDING -> " and i.revokedAt is null and i.acceptedAt is null and i.expiresAt > :now";
            case EXPIRED -> " and i.revokedAt is null and i.acceptedAt is null and i.expiresAt <= :now";
            case ACCEPTED -> " and i.revokedAt is null and i.acceptedAt is not null";
            case REVOKED -> " and i.revokedAt is not null";
        };
    }
}
