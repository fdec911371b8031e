package com.clientbook.persistence.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportPhase;
import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.persistence.shared.JdbcRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imports themselves (table {@code customer_import}): who started which file with which options, where each
 * stands, the counts, and which worker holds it for how long. In plain SQL on the current transaction's connection.
 */
@Dependent
public class ImportJobRepository extends JdbcRepository {

    private static final String JOB_COLUMNS = "id, vendor_id, started_by, user_id, file_name, headers, dry_run, all_or_nothing, "
            + "send_invitations, labels, status, phase, total_rows, processed_rows, created_count, linked_count, updated_count, "
            + "unchanged_count, error_count, message, created_at, started_at, finished_at, kind";
    /** The unique index that lets one real import per vendor run at a time. */
    public static final String ONE_RUNNING_INDEX = "customer_import_one_running_uq";

    protected ImportJobRepository() {
    }

    public ImportJobRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** A new queued import of the given kind. */
    public long addImport(long vendorId, ImportKind kind, String startedBy, Long userId, String fileName, List<String> headers,
                          boolean dryRun, boolean allOrNothing, boolean sendInvitations, List<String> labels, Instant now) {
        return sql(c -> {
            long id = single(c, "select nextval('customer_import_seq')", r -> r.getLong(1));
            try (PreparedStatement s = c.prepareStatement("insert into customer_import (id, vendor_id, started_by, user_id, "
                    + "file_name, headers, dry_run, all_or_nothing, send_invitations, labels, status, phase, created_at, kind) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, vendorId);
                s.setString(3, startedBy);
                s.setObject(4, userId);
                s.setString(5, fileName);
                s.setArray(6, text(c, headers));
                s.setBoolean(7, dryRun);
                s.setBoolean(8, allOrNothing);
                s.setBoolean(9, sendInvitations);
                s.setArray(10, text(c, labels));
                // only a dry run and an all-or-nothing import check every row first; any other import does each row
                // in one pass, which classifies it again against the database anyway
                s.setString(11, (dryRun || allOrNothing ? ImportPhase.CHECK : ImportPhase.APPLY).name());
                s.setTimestamp(12, Timestamp.from(now));
                s.setString(13, kind.name());
                s.executeUpdate();
            }
            return id;
        });
    }

    public Optional<ImportJob> find(long vendorId, long importId) {
        return sql(c -> optional(c, "select " + JOB_COLUMNS + " from customer_import where id = ? and vendor_id = ?",
                ImportJobRepository::job, importId, vendorId));
    }

    public Optional<ImportJob> find(long importId) {
        return sql(c -> optional(c, "select " + JOB_COLUMNS + " from customer_import where id = ?", ImportJobRepository::job, importId));
    }

    /** The vendor's imports, newest first. */
    public List<ImportJob> recent(long vendorId, int limit) {
        return sql(c -> list(c, "select " + JOB_COLUMNS + " from customer_import where vendor_id = ? order by created_at desc, id desc limit ?",
                ImportJobRepository::job, vendorId, limit));
    }

    /** The vendor's real import that is queued or running, if any. */
    public Optional<ImportJob> running(long vendorId) {
        return sql(c -> optional(c, "select " + JOB_COLUMNS + " from customer_import where vendor_id = ? and not dry_run "
                + "and status in ('QUEUED', 'RUNNING')", ImportJobRepository::job, vendorId));
    }

    public void setHeaders(long importId, List<String> headers) {
        sql(c -> execute(c, "update customer_import set headers = ? where id = ?", text(c, headers), importId));
    }

    public void setTotal(long importId, int total) {
        update("update customer_import set total_rows = ? where id = ?", total, importId);
    }

    /**
     * Takes the import for a worker until {@code until}, when nobody holds it (or the holder's time lapsed). Returns
     * whether this worker got it.
     */
    public boolean claim(long importId, String token, Instant now, Instant until) {
        return update("update customer_import set claim_token = ?, claimed_until = ?, status = 'RUNNING', "
                + "started_at = coalesce(started_at, ?) where id = ? and status in ('QUEUED', 'RUNNING') "
                + "and (claimed_until is null or claimed_until < ?)", token, ts(until), ts(now), importId, ts(now)) == 1;
    }

    /** Renews the worker's hold and locks the import's row for this batch; false when another worker took it over. */
    public boolean holdFor(long importId, String token, Instant until) {
        return update("update customer_import set claimed_until = ? where id = ? and claim_token = ? "
                + "and status = 'RUNNING'", ts(until), importId, token) == 1;
    }

    /** Imports nobody works on: queued or running with a lapsed hold (their worker stopped), oldest first. */
    public List<Long> orphaned(Instant now) {
        return sql(c -> list(c, "select id from customer_import where status in ('QUEUED', 'RUNNING') "
                + "and (claimed_until is null or claimed_until < ?) order by created_at limit 10", r -> r.getLong(1), ts(now)));
    }

    public void addCounts(long importId, Map<RowAction, Integer> counts, int processed) {
        update("update customer_import set processed_rows = processed_rows + ?, created_count = created_count + ?, "
                        + "linked_count = linked_count + ?, updated_count = updated_count + ?, "
                        + "unchanged_count = unchanged_count + ?, error_count = error_count + ? where id = ?",
                processed, counts.getOrDefault(RowAction.CREATE, 0), counts.getOrDefault(RowAction.LINK, 0),
                counts.getOrDefault(RowAction.UPDATE, 0), counts.getOrDefault(RowAction.UNCHANGED, 0),
                counts.getOrDefault(RowAction.ERROR, 0), importId);
    }

    /** Starts the second pass of an all-or-nothing import: the counts start afresh (its rows: {@link ImportRowRepository#restart}). */
    public void startApplying(long importId) {
        update("update customer_import set phase = 'APPLY', processed_rows = 0, created_count = 0, linked_count = 0, "
                + "updated_count = 0, unchanged_count = 0, error_count = 0 where id = ?", importId);
    }

    public void finish(long importId, ImportStatus status, String message, Instant now) {
        update("update customer_import set status = ?, message = ?, finished_at = ?, claim_token = null, claimed_until = null "
                + "where id = ?", status.name(), message, ts(now), importId);
    }

    private static ImportJob job(ResultSet r) throws SQLException {
        return new ImportJob(r.getLong("id"), r.getLong("vendor_id"), r.getString("started_by"), (Long) r.getObject("user_id"),
                r.getString("file_name"), strings(r.getArray("headers")), r.getBoolean("dry_run"),
                r.getBoolean("all_or_nothing"), r.getBoolean("send_invitations"), strings(r.getArray("labels")),
                ImportStatus.valueOf(r.getString("status")), ImportPhase.valueOf(r.getString("phase")),
                r.getInt("total_rows"), r.getInt("processed_rows"), r.getInt("created_count"), r.getInt("linked_count"),
                r.getInt("updated_count"), r.getInt("unchanged_count"), r.getInt("error_count"), r.getString("message"),
                instant(r.getTimestamp("created_at")), instant(r.getTimestamp("started_at")),
                instant(r.getTimestamp("finished_at")), ImportKind.valueOf(r.getString("kind")));
    }
}
