package com.clientbook.persistence.webhook;

import com.clientbook.persistence.customer.CustomerBulkWriter;
import com.clientbook.persistence.shared.JdbcRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The webhook outbox written in bulk, for the import of a big file: the customers a batch created or changed read in
 * one statement, and their events' deliveries written in one statement (arrays unnested), in the batch's transaction.
 */
@Dependent
public class WebhookBulkWriter extends JdbcRepository {

    @Inject
    CustomerBulkWriter sequence;

    protected WebhookBulkWriter() {
    }

    public WebhookBulkWriter(EntityManager entityManager) {
        super(entityManager);
        this.sequence = new CustomerBulkWriter(entityManager);
    }

    /** A customer as an event shows it (the API's customer), read straight from the tables. */
    public record CustomerRow(long id, long companyId, String companyName, String email, String customerNumber,
                              List<String> labels, boolean banned, String street, String postalCode, String city,
                              String country, Instant createdAt, Instant updatedAt, long version, String companyPublicId) {

        /**
         * A customer the import has just created, from the values it wrote ({@link CustomerBulkWriter#createCustomers}):
         * the same as reading it back in the batch's transaction (a new relationship is version 0, not banned), without
         * the read. {@code createdAt} must be the instant as stored, i.e. in microseconds.
         */
        public static CustomerRow created(com.clientbook.persistence.customer.NewCustomerRow row, Instant createdAt) {
            return new CustomerRow(row.relationshipId(), row.companyId(), row.name(), row.email(), row.customerNumber(),
                    row.labels(), false, row.street(), row.postalCode(), row.city(), row.country(), createdAt, createdAt,
                    0, row.companyPublicId());
        }
    }

    /** One event for one endpoint, to be written. */
    public record NewDelivery(long endpointId, String messageId, String eventType, Long orderingKey, String payload) {
    }

    /**
     * The vendor's relationships of these ids as they are now in this transaction; others are left out. Found by
     * their primary keys alone: the vendor is compared on the rows found, because an index on the vendor would have
     * the planner read all of its customers' entries (100,000 and more) to pick 5,000.
     */
    public List<CustomerRow> customers(long vendorId, List<Long> relationshipIds, LocalDate today) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        List<CustomerRow> rows = new ArrayList<>(relationshipIds.size());
        sql(c -> {
            try (PreparedStatement s = prepare(c, "select r.id, c.id, c.name, c.email, r.customer_number,"
                    + " array(select l.label from customer_label l where l.relationship_id = r.id),"
                    + " r.banned_at is not null and (r.banned_until is null or r.banned_until >= ?),"
                    + " c.street, c.postal_code, c.city, c.country, r.created_at, r.updated_at, r.version, c.public_id,"
                    + " r.vendor_id from customer_relationship r join company c on c.id = r.customer_id"
                    + " where r.id = any(?) order by r.id", Date.valueOf(today),
                    c.createArrayOf("int8", relationshipIds.toArray())); ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    if (row.getLong(16) == vendorId) {
                        rows.add(new CustomerRow(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                                row.getString(5), strings(row.getArray(6)), row.getBoolean(7), row.getString(8),
                                row.getString(9), row.getString(10), row.getString(11), instant(row.getTimestamp(12)),
                                instant(row.getTimestamp(13)), row.getLong(14), row.getString(15)));
                    }
                }
            }
            return null;
        });
        return rows;
    }

    /**
     * Writes the deliveries in one statement, in list order, all due now; ids come in whole blocks of the deliveries'
     * sequence, as EclipseLink takes them ({@link CustomerBulkWriter#allocate}), not one {@code nextval} per row.
     */
    public void add(List<NewDelivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return;
        }
        List<Long> ids = sequence.allocate("webhook_delivery_seq", deliveries.size());
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            return execute(c, "insert into webhook_delivery (id, endpoint_id, message_id, event_type, ordering_key, payload,"
                            + " created_at, next_attempt_at)"
                            + " select i, e, m, t, k, p, ?, ? from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[],"
                            + " ?::bigint[], ?::text[]) as x(i, e, m, t, k, p)",
                    at, at, c.createArrayOf("int8", ids.toArray()), longs(c, deliveries, NewDelivery::endpointId),
                    text(c, deliveries, NewDelivery::messageId), text(c, deliveries, NewDelivery::eventType),
                    longs(c, deliveries, NewDelivery::orderingKey), text(c, deliveries, NewDelivery::payload));
        });
    }
}
