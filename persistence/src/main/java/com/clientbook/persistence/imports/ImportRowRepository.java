package com.clientbook.persistence.imports;

import com.clientbook.domain.imports.RowAction;
import com.clientbook.persistence.shared.JdbcRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of an import as uploaded (table {@code customer_import_row}), each with what the import planned or did with
 * it; and, for the next batch, what the database knows about each row's customer number and e-mail address now.
 */
@Dependent
public class ImportRowRepository extends JdbcRepository {

    protected ImportRowRepository() {
    }

    public ImportRowRepository(EntityManager entityManager) {
        super(entityManager);
    }

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
     * errors (the first one counts), whatever the database holds. The services word the error: each message is
     * {@code head + value + argumentSeparator + first row}, after the row's earlier errors and a {@code partSeparator};
     * separator characters in the value become blanks.
     */
    public void markDuplicatesInFile(long importId, String numberHead, String emailHead, char partSeparator,
                                     char argumentSeparator) {
        duplicates(importId, "lower(customer_number)", "customer_number", "customer number", numberHead, partSeparator, argumentSeparator);
        duplicates(importId, "lower(email)", "email", "email", emailHead, partSeparator, argumentSeparator);
    }

    /**
     * As {@link #markDuplicatesInFile}, for a file whose rows have one key, kept in {@code customer_number} (a product
     * row's article number): a later row with the key of an earlier one is an error at the column {@code title}.
     */
    public void markDuplicateKeysInFile(long importId, String title, String head, char partSeparator, char argumentSeparator) {
        duplicates(importId, "lower(customer_number)", "customer_number", title, head, partSeparator, argumentSeparator);
    }

    private void duplicates(long importId, String key, String column, String title, String head, char partSeparator,
                            char argumentSeparator) {
        String part = String.valueOf(partSeparator);
        String argument = String.valueOf(argumentSeparator);
        update("update customer_import_row r set file_error_column = coalesce(r.file_error_column || ', ', '') || ?, "
                + "file_error = coalesce(r.file_error || ?, '') || ? || translate(r." + column + ", ? || ?, '  ') || ? || d.first_row "
                + "from (select row_number, min(row_number) over (partition by " + key + ") as first_row "
                + "from customer_import_row where import_id = ? and " + column + " is not null) d "
                + "where r.import_id = ? and r.row_number = d.row_number and d.first_row <> d.row_number",
                title, part, head, part, argument, argument, importId, importId);
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
            List<StagedRow> rows = staged(c, importId, limit);
            if (rows.isEmpty()) {
                return List.<RowInContext>of();
            }
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

    /** The next rows still to do, in file order, as stored: a product import looks up its keys itself. */
    public List<StagedRow> nextStaged(long importId, int limit) {
        return sql(c -> staged(c, importId, limit));
    }

    private List<StagedRow> staged(java.sql.Connection c, long importId, int limit) throws SQLException {
        // the first row to do, then a bounded range of row numbers from it: rows are done in file order, and a
        // bounded range is cheap under any plan, where "not done, in order, limit n" read all the import's rows
        Integer first = single(c, "select min(row_number) from customer_import_row where import_id = ? and not done",
                r -> (Integer) r.getObject(1), importId);
        if (first == null) {
            return List.of();
        }
        return list(c, "select row_number, original, company_name, email, customer_number, labels, "
                        + "first_name, last_name, phone, street, postal_code, city, country, language, file_error_column, "
                        + "file_error from customer_import_row where import_id = ? and row_number between ? and ? "
                        + "and not done order by row_number limit ?",
                r -> new StagedRow(r.getInt(1), strings(r.getArray(2)), r.getString(3), r.getString(4), r.getString(5),
                        strings(r.getArray(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                        r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                        r.getString(16)), importId, first, first + 2 * limit, limit);
    }

    /**
     * The original cells of every row of the import with one of these customer numbers (compared trimmed and in lower
     * case), by row number: a schedule import plans all rows for one delivery location alike, wherever in the file.
     */
    public Map<Integer, List<String>> originalsWithCustomerNumbers(long importId, List<String> lowerNumbers) {
        Map<Integer, List<String>> found = new java.util.TreeMap<>();
        if (lowerNumbers.isEmpty()) {
            return found;
        }
        sql(c -> {
            for (Object[] row : list(c, "select row_number, original from customer_import_row where import_id = ? "
                            + "and lower(btrim(customer_number)) = any(array(select unnest(?::text[])))",
                    r -> new Object[]{r.getInt(1), strings(r.getArray(2))}, importId,
                    c.createArrayOf("text", lowerNumbers.toArray()))) {
                @SuppressWarnings("unchecked")
                List<String> original = (List<String>) row[1];
                found.put((Integer) row[0], original);
            }
            return null;
        });
        return found;
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
                s.setArray(2, text(c, results, r -> r.action().name()));
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
                        rows.accept(new RowReport(r.getInt(1), strings(r.getArray(2)), action(r.getString(3)), r.getString(4)));
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
                r -> new RowReport(r.getInt(1), strings(r.getArray(2)), action(r.getString(3)), r.getString(4)), importId, limit));
    }

    /** What a row's result reads as: its action, or ERROR for a row the file itself refused. */
    private static final String RESULT = "coalesce(action, case when file_error is not null then 'ERROR' end)";

    /**
     * One page of the import's rows in file order, as the report lists them, only those with the given result when
     * one is given ({@code null}: all), with the count of all that match: the page shows a dry run's rows.
     */
    public com.clientbook.domain.shared.Page<RowReport> page(long importId, RowAction result, int page, int size) {
        String where = " from customer_import_row where import_id = ?" + (result == null ? "" : " and " + RESULT + " = ?");
        Object[] parameters = result == null ? new Object[] {importId} : new Object[] {importId, result.name()};
        return sql(c -> {
            long total = single(c, "select count(*)" + where, r -> r.getLong(1), parameters);
            Object[] paged = java.util.Arrays.copyOf(parameters, parameters.length + 2);
            paged[parameters.length] = size;
            paged[parameters.length + 1] = (long) page * size;
            List<RowReport> rows = list(c, "select row_number, original, " + RESULT + ", coalesce(message, file_error)" + where
                    + " order by row_number limit ? offset ?",
                    r -> new RowReport(r.getInt(1), strings(r.getArray(2)), action(r.getString(3)), r.getString(4)), paged);
            return new com.clientbook.domain.shared.Page<>(rows, page, size, total);
        });
    }

    /** A row for the report: its original cells, what happened ({@code null}: not done), and why. */
    public record RowReport(int rowNumber, List<String> original, RowAction action, String message) {
    }

    private static RowAction action(String name) {
        return name == null ? null : RowAction.valueOf(name);
    }

    /** The second pass of an all-or-nothing import does every row again: what the check found is forgotten. */
    public void restart(long importId) {
        update("update customer_import_row set done = false, action = null, error_column = null, message = null "
                + "where import_id = ?", importId);
    }
}
