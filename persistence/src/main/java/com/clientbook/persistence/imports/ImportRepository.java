package com.clientbook.persistence.imports;

import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imports and their rows, in plain SQL on the connection of the current JPA transaction. The bulk statements take
 * one PostgreSQL array per column and {@code unnest} them, so a batch of thousands of rows is a handful of round trips.
 */
@Dependent
public class ImportRepository extends Repository {

    private static final String JOB_COLUMNS = "id, vendor_id, started_by, user_id, file_name, headers, dry_run, all_or_nothing, "
            + "send_invitations, labels, status, phase, total_rows, processed_rows, created_count, linked_count, updated_count, "
            + "unchanged_count, error_count, message, created_at, started_at, finished_at";
    /** The unique index that lets one real import per vendor run at a time. */
    public static final String ONE_RUNNING_INDEX = "customer_import_one_running_uq";

    protected ImportRepository() {
    }

    public ImportRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /** The connection of the current transaction; there must be one, or the statements would not commit with it. */
    private Connection connection() {
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("Import statements need a transaction");
        }
        return connection;
    }

    // ---- the import

    public long addImport(long vendorId, String startedBy, Long userId, String fileName, List<String> headers, boolean dryRun,
                          boolean allOrNothing, boolean sendInvitations, List<String> labels, Instant now) {
        return sql(c -> {
            long id = single(c, "select nextval('customer_import_seq')", r -> r.getLong(1));
            try (PreparedStatement s = c.prepareStatement("insert into customer_import (id, vendor_id, started_by, user_id, "
                    + "file_name, headers, dry_run, all_or_nothing, send_invitations, labels, status, phase, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)")) {
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
                s.setString(11, dryRun || allOrNothing ? ImportJob.CHECK : ImportJob.APPLY);
                s.setTimestamp(12, Timestamp.from(now));
                s.executeUpdate();
            }
            return id;
        });
    }

    public Optional<ImportJob> find(long vendorId, long importId) {
        return sql(c -> optional(c, "select " + JOB_COLUMNS + " from customer_import where id = ? and vendor_id = ?",
                ImportRepository::job, importId, vendorId));
    }

    public Optional<ImportJob> find(long importId) {
        return sql(c -> optional(c, "select " + JOB_COLUMNS + " from customer_import where id = ?", ImportRepository::job, importId));
    }

    /** The vendor's imports, newest first. */
    public List<ImportJob> recent(long vendorId, int limit) {
        return sql(c -> list(c, "select " + JOB_COLUMNS + " from customer_import where vendor_id = ? order by created_at desc, id desc limit ?",
                ImportRepository::job, vendorId, limit));
    }

    /** The vendor's real import that is queued or running, if any. */
    public Optional<ImportJob> running(long vendorId) {
        return sql(c -> optional(c, "select " + JOB_COLUMNS + " from customer_import where vendor_id = ? and not dry_run "
                + "and status in ('QUEUED', 'RUNNING')", ImportRepository::job, vendorId));
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

    public void addCounts(long importId, Map<String, Integer> counts, int processed) {
        update("update customer_import set processed_rows = processed_rows + ?, created_count = created_count + ?, "
                        + "linked_count = linked_count + ?, updated_count = updated_count + ?, "
                        + "unchanged_count = unchanged_count + ?, error_count = error_count + ? where id = ?",
                processed, counts.getOrDefault("CREATE", 0), counts.getOrDefault("LINK", 0), counts.getOrDefault("UPDATE", 0),
                counts.getOrDefault("UNCHANGED", 0), counts.getOrDefault("ERROR", 0), importId);
    }

    /** Starts the second pass of an all-or-nothing import: every row is to do again, the counts start afresh. */
    public void startApplying(long importId) {
        update("update customer_import_row set done = false, action = null, error_column = null, message = null "
                + "where import_id = ?", importId);
        update("update customer_import set phase = 'APPLY', processed_rows = 0, created_count = 0, linked_count = 0, "
                + "updated_count = 0, unchanged_count = 0, error_count = 0 where id = ?", importId);
    }

    public void finish(long importId, String status, String message, Instant now) {
        update("update customer_import set status = ?, message = ?, finished_at = ?, claim_token = null, claimed_until = null "
                + "where id = ?", status, message, ts(now), importId);
    }

    // ---- rows

    /**
     * Stores uploaded rows with PostgreSQL's COPY (through the driver's CopyManager on the transaction's connection):
     * the rows go over as one stream of text lines, not as arrays the server parses and unnests, and they commit or
     * roll back with the upload's transaction like any other statement.
     */
    public void addRows(long importId, List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder(rows.size() * 256);
        for (StagedRow row : rows) {
            lines.append(importId).append('\t').append(row.rowNumber());
            for (String value : new String[]{arrayLiteral(row.original()), row.companyName(), row.email(),
                    row.customerNumber(), arrayLiteral(row.labels()), row.firstName(), row.lastName(), row.phone(),
                    row.street(), row.postalCode(), row.city(), row.country(), row.language(), row.fileErrorColumn(),
                    row.fileError()}) {
                lines.append('\t');
                copyValue(lines, value);
            }
            lines.append('\n');
        }
        sql(c -> {
            try {
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy customer_import_row (import_id, row_number, "
                        + "original, company_name, email, customer_number, labels, first_name, last_name, phone, street, "
                        + "postal_code, city, country, language, file_error_column, file_error) from stdin",
                        new StringReader(lines.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY of the import's rows failed", e);
            }
        });
    }

    /** A PostgreSQL array literal of text elements, every element quoted (a null cell becomes an empty one). */
    private static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"');
            String text = value == null ? "" : value;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    /** A value in COPY's text format: {@code \N} for null; backslash, tab, line feed and carriage return escaped. */
    private static void copyValue(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
    }

    /** The rows a dry run read, for a real import of the same file; its plans are not copied: they are made again. */
    public void copyRows(long fromImportId, long toImportId) {
        update("insert into customer_import_row (import_id, row_number, original, company_name, email, customer_number, "
                + "labels, first_name, last_name, phone, street, postal_code, city, country, language, file_error_column, "
                + "file_error) select ?, row_number, original, company_name, email, customer_number, labels, first_name, "
                + "last_name, phone, street, postal_code, city, country, language, file_error_column, file_error "
                + "from customer_import_row where import_id = ?", toImportId, fromImportId);
    }

    /**
     * A customer number or e-mail address that an earlier row of the same file has already: the later rows are
     * errors (the first one counts), whatever the database holds.
     */
    public void markDuplicatesInFile(long importId) {
        duplicates(importId, "lower(customer_number)", "customer_number", "customer number", "Customer number ");
        duplicates(importId, "lower(email)", "email", "email", "E-mail address ");
    }

    private void duplicates(long importId, String key, String column, String title, String prefix) {
        update("update customer_import_row r set file_error_column = coalesce(r.file_error_column || ', ', '') || ?, "
                + "file_error = coalesce(r.file_error || ' ', '') || ? || r." + column + " || ' is also in row ' || d.first_row || '.' "
                + "from (select row_number, min(row_number) over (partition by " + key + ") as first_row "
                + "from customer_import_row where import_id = ? and " + column + " is not null) d "
                + "where r.import_id = ? and r.row_number = d.row_number and d.first_row <> d.row_number",
                title, prefix, importId, importId);
    }

    /**
     * The next rows still to do, in file order, with what the database knows about each now. Each lookup is one
     * statement for the whole batch with an array of keys, never a join of the batch with a big table: while an import
     * fills a fresh database, its statistics say "a few rows", and a planner believing that nests loops over what has
     * become thousands (a batch took 12 s). The keys go in as {@code any(array(select unnest(?)))}: handed 5,000 known
     * values (the data source plans every statement for its values), PostgreSQL chose parallel scans of all 1,000,000
     * companies (450 ms) over 5,000 index probes (25 ms); behind a sub-select it cannot count them and probes the index.
     */
    public List<RowInContext> nextRows(long importId, long vendorId, int limit) {
        return sql(c -> {
            // the first row to do, then a bounded range of row numbers from it: rows are done in file order, and a
            // bounded range is cheap under any plan, where "not done, in order, limit n" read all the import's rows
            Integer first = single(c, "select min(row_number) from customer_import_row where import_id = ? and not done",
                    r -> (Integer) r.getObject(1), importId);
            if (first == null) {
                return List.<RowInContext>of();
            }
            List<StagedRow> rows = list(c, "select row_number, original, company_name, email, customer_number, labels, "
                            + "first_name, last_name, phone, street, postal_code, city, country, language, file_error_column, "
                            + "file_error from customer_import_row where import_id = ? and row_number between ? and ? "
                            + "and not done order by row_number limit ?",
                    r -> new StagedRow(r.getInt(1), strings(r.getArray(2)), r.getString(3), r.getString(4), r.getString(5),
                            strings(r.getArray(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                            r.getString(16)), importId, first, first + 2 * limit, limit);
            Array numbers = c.createArrayOf("text", rows.stream().map(StagedRow::customerNumber).filter(n -> n != null)
                    .map(n -> n.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toArray());
            Map<String, Object[]> byNumber = new HashMap<>();
            for (Object[] found : list(c, "select lower(btrim(r.customer_number)), r.id, r.customer_id, c.name "
                            + "from customer_relationship r join company c on c.id = r.customer_id "
                            + "where r.vendor_id = ? and r.customer_number is not null and lower(btrim(r.customer_number)) = any(array(select unnest(?::text[])))",
                    r -> new Object[]{r.getString(1), r.getLong(2), r.getLong(3), r.getString(4)}, vendorId, numbers)) {
                byNumber.put((String) found[0], found);
            }
            Array emails = c.createArrayOf("text", rows.stream().map(StagedRow::email).filter(e -> e != null)
                    .map(e -> e.toLowerCase(java.util.Locale.ROOT)).distinct().toArray());
            // per address: a vendor first, then a company with that address, then the company of a person with it
            Map<String, Object[]> byEmail = new HashMap<>();
            for (Object[] found : list(c, "select e, id, kind from (select lower(email) as e, id, kind, 0 as preference "
                            + "from company where kind in ('CUSTOMER', 'VENDOR') and lower(email) = any(array(select unnest(?::text[]))) "
                            + "union all select lower(u.email), c.id, c.kind, 1 from app_user u join company c on c.id = u.company_id "
                            + "where lower(u.email) = any(array(select unnest(?::text[])))) m order by e, (kind = 'VENDOR') desc, preference, id",
                    r -> new Object[]{r.getString(1), r.getLong(2), r.getString(3)}, emails, emails)) {
                byEmail.putIfAbsent((String) found[0], found);
            }
            Array owners = c.createArrayOf("int8", byEmail.values().stream().map(o -> o[1]).distinct().toArray());
            Map<Long, Long> relationshipOf = new HashMap<>();
            for (long[] found : list(c, "select customer_id, id from customer_relationship where vendor_id = ? and customer_id = any(array(select unnest(?::bigint[])))",
                    r -> new long[]{r.getLong(1), r.getLong(2)}, vendorId, owners)) {
                relationshipOf.put(found[0], found[1]);
            }
            List<RowInContext> result = new ArrayList<>(rows.size());
            for (StagedRow row : rows) {
                Object[] number = row.customerNumber() == null ? null
                        : byNumber.get(row.customerNumber().strip().toLowerCase(java.util.Locale.ROOT));
                Object[] owner = row.email() == null ? null : byEmail.get(row.email().toLowerCase(java.util.Locale.ROOT));
                Long ownerId = owner == null ? null : (Long) owner[1];
                result.add(new RowInContext(row, number == null ? null : (Long) number[1], number == null ? null : (Long) number[2],
                        number == null ? null : (String) number[3], ownerId, owner != null && "VENDOR".equals(owner[2]),
                        ownerId == null ? null : relationshipOf.get(ownerId)));
            }
            return result;
        });
    }

    /** The vendor's customers the rows matched, by relationship id, with what an update compares. */
    public Map<Long, ExistingCustomer> existing(List<Long> relationshipIds) {
        Map<Long, ExistingCustomer> found = new HashMap<>();
        if (relationshipIds.isEmpty()) {
            return found;
        }
        sql(c -> {
            for (ExistingCustomer customer : list(c, "select rel.id, rel.customer_id, rel.customer_number, "
                    + "coalesce((select array_agg(l.label order by lower(l.label), l.label) from customer_label l "
                    + "          where l.relationship_id = rel.id), '{}'), "
                    + "c.name, c.phone, c.street, c.postal_code, c.city, c.country, c.language, "
                    + "rel.origin = 'CREATED' and not exists (select 1 from app_user u where u.company_id = c.id and u.status = 'ACTIVE') "
                    + "  and not exists (select 1 from customer_relationship o where o.customer_id = c.id and o.id <> rel.id) "
                    + "from customer_relationship rel join company c on c.id = rel.customer_id where rel.id = any(array(select unnest(?::bigint[])))",
                    r -> new ExistingCustomer(r.getLong(1), r.getLong(2), r.getString(3), strings(r.getArray(4)), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                            r.getBoolean(12)),
                    c.createArrayOf("int8", relationshipIds.toArray()))) {
                found.put(customer.relationshipId(), customer);
            }
            return null;
        });
        return found;
    }

    public void writeResults(long importId, List<RowResult> results) {
        if (results.isEmpty()) {
            return;
        }
        sql(c -> {
            try (PreparedStatement s = c.prepareStatement("update customer_import_row r set action = x.a, error_column = x.ec, "
                    + "message = x.m, company_id = x.cid, relationship_id = x.rid, done = true "
                    + "from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[]) as x(n, a, ec, m, cid, rid) "
                    + "where r.import_id = ? and r.row_number = x.n and r.row_number between ? and ?")) {
                s.setArray(1, c.createArrayOf("int4", results.stream().map(RowResult::rowNumber).toArray()));
                s.setArray(2, text(c, results, RowResult::action));
                s.setArray(3, text(c, results, RowResult::errorColumn));
                s.setArray(4, text(c, results, RowResult::message));
                s.setArray(5, c.createArrayOf("int8", results.stream().map(RowResult::companyId).toArray()));
                s.setArray(6, c.createArrayOf("int8", results.stream().map(RowResult::relationshipId).toArray()));
                s.setLong(7, importId);
                // the range lets PostgreSQL read only the batch's rows by the primary key, not all the import's
                s.setInt(8, results.stream().mapToInt(RowResult::rowNumber).min().orElseThrow());
                s.setInt(9, results.stream().mapToInt(RowResult::rowNumber).max().orElseThrow());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Every row of the import in file order, for the report; {@code rows} sees them one at a time. */
    public void report(long importId, Consumer<RowReport> rows) {
        sql(c -> {
            try (PreparedStatement s = c.prepareStatement("select row_number, original, coalesce(action, case when file_error "
                    + "is not null then 'ERROR' end), coalesce(message, file_error) from customer_import_row "
                    + "where import_id = ? order by row_number")) {
                s.setFetchSize(2000);
                s.setLong(1, importId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.accept(new RowReport(r.getInt(1), strings(r.getArray(2)), r.getString(3), r.getString(4)));
                    }
                }
            }
            return null;
        });
    }

    /** The rows with an error, in file order, at most {@code limit}. */
    public List<RowReport> errors(long importId, int limit) {
        return sql(c -> list(c, "select row_number, original, 'ERROR', message from customer_import_row "
                + "where import_id = ? and action = 'ERROR' order by row_number limit ?",
                r -> new RowReport(r.getInt(1), strings(r.getArray(2)), r.getString(3), r.getString(4)), importId, limit));
    }

    /** A row for the report: its original cells, what happened, and why. */
    public record RowReport(int rowNumber, List<String> original, String action, String message) {
    }

    // ---- the bulk writes of one batch

    /** {@code count} new ids of a sequence that steps by 50, taken in whole blocks as EclipseLink takes them. */
    public List<Long> allocate(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        int blocks = (count + 49) / 50;
        List<Long> ends = sql(c -> list(c, "select nextval('" + sequence + "') from generate_series(1, ?)", r -> r.getLong(1), blocks));
        List<Long> ids = new ArrayList<>(count);
        for (long end : ends) {
            for (long id = end - 49; id <= end && ids.size() < count; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    public void createCustomers(long vendorId, List<NewCustomerRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            execute(c, "insert into company (id, kind, name, email, phone, street, "
                    + "postal_code, city, country, language, created_at, updated_at) "
                    + "select id, 'CUSTOMER', n, e, p, s, pc, ci, co, la, ?, ? from unnest(?::bigint[], ?::text[], ?::text[], "
                    + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                    + "as x(id, n, e, p, s, pc, ci, co, la)",
                    at, at, longs(c, rows, NewCustomerRow::companyId), text(c, rows, NewCustomerRow::name),
                    text(c, rows, NewCustomerRow::email), text(c, rows, NewCustomerRow::phone),
                    text(c, rows, NewCustomerRow::street), text(c, rows, NewCustomerRow::postalCode),
                    text(c, rows, NewCustomerRow::city), text(c, rows, NewCustomerRow::country),
                    text(c, rows, NewCustomerRow::language));
            execute(c, "insert into app_user (id, company_id, role, email, first_name, "
                    + "last_name, status, created_at) select id, cid, 'CUSTOMER_ADMIN', e, fn, ln, 'PENDING', ? "
                    + "from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as x(id, cid, e, fn, ln)",
                    at, longs(c, rows, NewCustomerRow::userId), longs(c, rows, NewCustomerRow::companyId),
                    text(c, rows, NewCustomerRow::email), text(c, rows, NewCustomerRow::firstName),
                    text(c, rows, NewCustomerRow::lastName));
            return null;
        });
        addRelationships(vendorId, "CREATED", rows.stream().map(r -> new CustomerChange(r.relationshipId(), r.companyId(),
                r.customerNumber(), r.labels(), null, null, null, null, null, null, null)).toList(), now);
    }

    /** New relationships of the vendor with existing companies (origin LINKED) or companies just created. */
    public void addRelationships(long vendorId, String origin, List<CustomerChange> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            execute(c, "insert into customer_relationship (id, vendor_id, customer_id, "
                    + "customer_number, origin, created_at, updated_at) select id, ?, cid, nr, ?, ?, ? "
                    + "from unnest(?::bigint[], ?::bigint[], ?::text[]) as x(id, cid, nr)",
                    vendorId, origin, at, at, longs(c, rows, CustomerChange::relationshipId),
                    longs(c, rows, CustomerChange::companyId), text(c, rows, CustomerChange::customerNumber));
            return null;
        });
        addLabels(rows);
    }

    /** Changes customers the vendor has already: number, company values, added labels; each a new version. */
    public void changeCustomers(List<CustomerChange> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        sql(c -> {
            Timestamp at = Timestamp.from(now);
            execute(c, "update customer_relationship r set customer_number = "
                    + "coalesce(x.nr, r.customer_number), updated_at = ?, version = r.version + 1 "
                    + "from unnest(?::bigint[], ?::text[]) as x(id, nr) where r.id = x.id",
                    at, longs(c, rows, CustomerChange::relationshipId), text(c, rows, CustomerChange::customerNumber));
            List<CustomerChange> companies = rows.stream().filter(r -> r.name() != null || r.phone() != null
                    || r.street() != null || r.postalCode() != null || r.city() != null || r.country() != null
                    || r.language() != null).toList();
            if (!companies.isEmpty()) {
                execute(c, "update company c set name = coalesce(x.n, c.name), "
                        + "phone = coalesce(x.p, c.phone), street = coalesce(x.s, c.street), "
                        + "postal_code = coalesce(x.pc, c.postal_code), city = coalesce(x.ci, c.city), "
                        + "country = coalesce(x.co, c.country), language = coalesce(x.la, c.language), updated_at = ?, "
                        + "version = c.version + 1 from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::text[], ?::text[]) as x(id, n, p, s, pc, ci, co, la) where c.id = x.id",
                        at, longs(c, companies, CustomerChange::companyId), text(c, companies, CustomerChange::name),
                        text(c, companies, CustomerChange::phone), text(c, companies, CustomerChange::street),
                        text(c, companies, CustomerChange::postalCode), text(c, companies, CustomerChange::city),
                        text(c, companies, CustomerChange::country), text(c, companies, CustomerChange::language));
            }
            return null;
        });
        addLabels(rows);
    }

    private void addLabels(List<CustomerChange> rows) {
        List<Long> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (CustomerChange row : rows) {
            for (String label : row.labelsToAdd()) {
                ids.add(row.relationshipId());
                labels.add(label);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        sql(c -> {
            execute(c, "insert into customer_label (relationship_id, label) "
                    + "select id, l from unnest(?::bigint[], ?::text[]) as x(id, l) on conflict do nothing",
                    c.createArrayOf("int8", ids.toArray()), c.createArrayOf("text", labels.toArray()));
            return null;
        });
    }

    public void addHistory(List<HistoryRow> rows, String actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = allocate("audit_event_seq", rows.size());
        sql(c -> {
            execute(c, "insert into audit_event (id, company_id, relationship_id, actor, "
                    + "action, field, old_value, new_value, occurred_at) select id, cid, rid, ?, a, f, o, n, ? "
                    + "from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                    + "as x(id, cid, rid, a, f, o, n)",
                    actor, Timestamp.from(now), c.createArrayOf("int8", ids.toArray()),
                    longs(c, rows, HistoryRow::companyId), longs(c, rows, HistoryRow::relationshipId),
                    text(c, rows, HistoryRow::action), text(c, rows, HistoryRow::field),
                    text(c, rows, r -> truncate(r.oldValue())), text(c, rows, r -> truncate(r.newValue())));
            return null;
        });
    }

    // ---- JDBC plumbing

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        try {
            return work.on(connection());
        } catch (SQLException e) {
            throw new ImportStorageException(e);
        }
    }

    private static int execute(Connection c, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, statement, parameters)) {
            return s.executeUpdate();
        }
    }

    private int update(String statement, Object... parameters) {
        return sql(c -> execute(c, statement, parameters));
    }

    private static PreparedStatement prepare(Connection c, String statement, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    private static <T> List<T> list(Connection c, String statement, Reader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, statement, parameters); ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(reader.read(r));
            }
            return rows;
        }
    }

    private static <T> Optional<T> optional(Connection c, String statement, Reader<T> reader, Object... parameters) throws SQLException {
        return list(c, statement, reader, parameters).stream().findFirst();
    }

    private static <T> T single(Connection c, String statement, Reader<T> reader, Object... parameters) throws SQLException {
        return list(c, statement, reader, parameters).get(0);
    }

    private static ImportJob job(ResultSet r) throws SQLException {
        return new ImportJob(r.getLong(1), r.getLong(2), r.getString(3), (Long) r.getObject(4), r.getString(5),
                strings(r.getArray(6)), r.getBoolean(7), r.getBoolean(8), r.getBoolean(9), strings(r.getArray(10)),
                r.getString(11), r.getString(12), r.getInt(13), r.getInt(14), r.getInt(15), r.getInt(16), r.getInt(17),
                r.getInt(18), r.getInt(19), r.getString(20), instant(r.getTimestamp(21)), instant(r.getTimestamp(22)),
                instant(r.getTimestamp(23)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Array text(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private static <T> Array text(Connection c, List<T> rows, Function<T, String> value) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(value).toArray());
    }

    private static <T> Array longs(Connection c, List<T> rows, Function<T, Long> value) throws SQLException {
        return c.createArrayOf("int8", rows.stream().map(value).toArray());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
