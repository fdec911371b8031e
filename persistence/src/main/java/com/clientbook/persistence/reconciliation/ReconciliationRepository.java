package com.clientbook.persistence.reconciliation;

import com.clientbook.domain.reconciliation.ErpRow;
import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.reconciliation.Reconciliation;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.JdbcRepository;
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
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reconciliations, their rows and their reports (tables {@code reconciliation*}, V34). The report is made in the
 * database, set-based: the file's rows are COPYed in, then a handful of statements join them with the vendor's
 * customers by number, by e-mail and by postal code with pg_trgm's similarity of the names (through a trigram index
 * on the rows still open), so 100,000 rows against 100,000 customers are seconds, not a loop per row.
 */
@Dependent
public class ReconciliationRepository extends JdbcRepository {

    /** The normalised forms both sides are compared in: number and e-mail trimmed, lower case; postal code without blanks. */
    private static final String NUMBER_KEY = "nullif(lower(btrim(%s)), '')";
    private static final String EMAIL_KEY = "nullif(lower(btrim(%s)), '')";
    private static final String POSTAL_KEY = "nullif(upper(regexp_replace(%s, '\\s', '', 'g')), '')";
    private static final String CITY_KEY = "nullif(lower(btrim(%s)), '')";
    /** A name as a match compares it: lower case, blanks collapsed (cheap, for 100,000 rows). */
    private static final String NAME_KEY = "lower(regexp_replace(btrim(%s), '\\s+', ' ', 'g'))";
    /** A name as a probable match compares it: V2's normalisation, legal form dropped (costly, so only where needed). */
    private static final String SEARCH_NAME = "coalesce(company_search_name(%s), '')";

    private static final String FINDING_COLUMNS = "i.id, i.kind, i.row_number, i.relationship_id, i.customer_number, "
            + "r.name, r.email, r.postal_code, r.city, i.company_name, i.company_email, i.company_postal_code, "
            + "i.company_city, i.clientbook_number, i.differences, i.score, i.email_equal, i.name_similarity, "
            + "i.same_postal_code, i.accepted_at";
    private static final String FINDINGS = " from reconciliation_item i left join reconciliation_row r "
            + "on r.reconciliation_id = i.reconciliation_id and r.row_number = i.row_number ";

    protected ReconciliationRepository() {
    }

    public ReconciliationRepository(EntityManager entityManager) {
        super(entityManager);
    }

    public long create(long vendorId, String startedBy, String fileName, List<String> headers, List<Integer> columns,
                       Long rerunOf, Instant now) {
        return sql(c -> single(c, "insert into reconciliation (vendor_id, started_by, file_name, headers, columns, rerun_of, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?) returning id", r -> r.getLong(1),
                vendorId, startedBy, fileName, text(c, headers), c.createArrayOf("int4", columns.toArray()), rerunOf, ts(now)));
    }

    /** Stores the file's rows with COPY, as the import stores its rows. */
    public void addRows(long reconciliationId, List<ErpRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder(rows.size() * 160);
        for (ErpRow row : rows) {
            lines.append(reconciliationId).append('\t').append(row.rowNumber());
            for (String value : new String[]{arrayLiteral(row.original()), row.customerNumber(), row.name(), row.email(),
                    row.postalCode(), row.city()}) {
                lines.append('\t');
                copyValue(lines, value);
            }
            lines.append('\n');
        }
        sql(c -> {
            try {
                return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy reconciliation_row (reconciliation_id, "
                        + "row_number, original, customer_number, name, email, postal_code, city) from stdin",
                        new StringReader(lines.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY of the reconciliation's rows failed", e);
            }
        });
    }

    /** Deletes a reconciliation with its rows and findings (which have no foreign key to cascade from, V34). */
    public void delete(long id) {
        update("delete from reconciliation_item where reconciliation_id = ?", id);
        update("delete from reconciliation_row where reconciliation_id = ?", id);
        update("delete from reconciliation where id = ?", id);
    }

    /** The rows of an earlier reconciliation, for running it again against the customers as they are now. */
    public void copyRows(long fromId, long toId) {
        update("insert into reconciliation_row (reconciliation_id, row_number, original, customer_number, name, email, "
               + "postal_code, city) select ?, row_number, original, customer_number, name, email, postal_code, city "
               + "from reconciliation_row where reconciliation_id = ?", toId, fromId);
    }

    /**
     * Makes the report of a reconciliation whose rows are stored: every finding, proposals included (those with a
     * name similarity below {@code minNameSimilarity} and no equal e-mail are not proposed). Rows without a number
     * take no part; they are counted as skipped.
     */
    public void makeReport(long id, long vendorId, double minNameSimilarity) {
        sql(c -> {
            // The two sides in their compared forms, as temporary tables of this transaction, analysed so that the
            // planner knows their sizes (autovacuum never analyses temporary tables).
            execute(c, "create temporary table reconciliation_file on commit drop as select row_number, customer_number, name, "
                       + NUMBER_KEY.formatted("customer_number") + " as number_key, "
                       + NAME_KEY.formatted("name") + " as name_key, "
                       + EMAIL_KEY.formatted("email") + " as email_key, "
                       + POSTAL_KEY.formatted("postal_code") + " as postal_key, "
                       + CITY_KEY.formatted("city") + " as city_key "
                       + "from reconciliation_row where reconciliation_id = ?", id);
            execute(c, "create temporary table reconciliation_customer on commit drop as select cr.id as relationship_id, "
                       + "cr.customer_number, c.name, c.email, c.postal_code, c.city, "
                       + NUMBER_KEY.formatted("cr.customer_number") + " as number_key, "
                       + NAME_KEY.formatted("c.name") + " as name_key, "
                       + EMAIL_KEY.formatted("c.email") + " as email_key, "
                       + POSTAL_KEY.formatted("c.postal_code") + " as postal_key, "
                       + CITY_KEY.formatted("c.city") + " as city_key "
                       + "from customer_relationship cr join company c on c.id = cr.customer_id where cr.vendor_id = ?", vendorId);
            try (Statement s = c.createStatement()) {
                s.execute("analyze reconciliation_file");
                s.execute("analyze reconciliation_customer");
                s.execute("create temporary table reconciliation_numbers on commit drop as select number_key, count(*) as rows "
                          + "from reconciliation_file where number_key is not null group by number_key");
                s.execute("create unique index on reconciliation_numbers (number_key)");
                s.execute("analyze reconciliation_numbers");
            }
            String customerColumns = "c.relationship_id, c.name, c.email, c.postal_code, c.city, c.customer_number";
            String insert = "insert into reconciliation_item (reconciliation_id, kind, row_number, customer_number, "
                            + "relationship_id, company_name, company_email, company_postal_code, company_city, clientbook_number";
            // one number on several rows
            execute(c, insert + ") select ?, 'NUMBER_CLASH', f.row_number, f.customer_number, " + customerColumns
                       + " from reconciliation_file f join reconciliation_numbers n on n.number_key = f.number_key and n.rows > 1 "
                       + "left join reconciliation_customer c on c.number_key = f.number_key", id);
            // same number: matched, with the fields in which they differ (only where the file has a value)
            execute(c, insert + ", differences) select ?, 'MATCHED', f.row_number, f.customer_number, " + customerColumns
                       + ", array_remove(array["
                       + "case when f.name_key <> '' and f.name_key is distinct from c.name_key then 'name' end, "
                       + "case when f.email_key is not null and f.email_key is distinct from c.email_key then 'email' end, "
                       + "case when f.postal_key is not null and f.postal_key is distinct from c.postal_key "
                       + "or f.city_key is not null and f.city_key is distinct from c.city_key then 'address' end]::text[], null) "
                       + "from reconciliation_file f join reconciliation_numbers n on n.number_key = f.number_key and n.rows = 1 "
                       + "join reconciliation_customer c on c.number_key = f.number_key", id);
            // the numbers Clientbook does not know: of them, a row whose e-mail is a numbered customer's is one company
            // with two numbers; the others are in the ERP only. Worked out in temporary tables, analysed, so that no
            // plan rests on statistics of the permanent tables from before this transaction's rows.
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table reconciliation_unknown on commit drop as select f.* from reconciliation_file f "
                          + "join reconciliation_numbers n on n.number_key = f.number_key and n.rows = 1 "
                          + "where not exists (select from reconciliation_customer m where m.number_key = f.number_key)");
                s.execute("analyze reconciliation_unknown");
                s.execute("create temporary table reconciliation_clash on commit drop as select distinct on (f.row_number) "
                          + "f.row_number, c.relationship_id from reconciliation_unknown f "
                          + "join reconciliation_customer c on c.email_key = f.email_key and c.number_key is not null "
                          + "order by f.row_number, c.relationship_id");
                s.execute("analyze reconciliation_clash");
                s.execute("create temporary table reconciliation_open on commit drop as select f.row_number, f.customer_number, "
                          + "f.email_key, f.postal_key, " + SEARCH_NAME.formatted("f.name") + " as search_name "
                          + "from reconciliation_unknown f "
                          + "where not exists (select from reconciliation_clash x where x.row_number = f.row_number)");
            }
            execute(c, insert + ") select ?, 'COMPANY_CLASH', f.row_number, f.customer_number, " + customerColumns
                       + " from reconciliation_clash x join reconciliation_unknown f on f.row_number = x.row_number "
                       + "join reconciliation_customer c on c.relationship_id = x.relationship_id", id);
            execute(c, insert + ") select ?, 'ERP_ONLY', o.row_number, o.customer_number, null, null, null, null, null, null "
                       + "from reconciliation_open o", id);
            // Clientbook's numbers the file does not have, and its customers without number
            execute(c, insert + ") select ?, 'UNKNOWN_NUMBER', null, c.customer_number, " + customerColumns
                       + " from reconciliation_customer c where c.number_key is not null "
                       + "and not exists (select from reconciliation_numbers n where n.number_key = c.number_key)", id);
            execute(c, insert + ") select ?, 'NO_NUMBER', null, null, " + customerColumns
                       + " from reconciliation_customer c where c.number_key is null", id);
            proposals(c, id, minNameSimilarity);
            return execute(c, "update reconciliation set total_rows = (select count(*) from reconciliation_file), "
                              + "skipped_rows = (select count(*) from reconciliation_file where number_key is null) where id = ?", id);
        });
    }

    /**
     * Probable matches of the customers without number and the rows in the ERP only: an equal e-mail, or a similar name
     * (pg_trgm, through a trigram index on the open rows) at the same postal code. Each customer gets its best row, and
     * each row goes to one customer at most (the best).
     */
    private static void proposals(Connection c, long id, double minNameSimilarity) throws SQLException {
        // reconciliation_open: the rows in the ERP only, with the names as probable matches compare them
        try (Statement s = c.createStatement()) {
            // postal code and name in one index (btree_gin, V35): each customer's look-up reads only the rows at its
            // postal code with enough trigrams in common, not every row with a common word ("Gasthof") in its name
            s.execute("create index on reconciliation_open using gin (postal_key, search_name gin_trgm_ops)");
            s.execute("create index on reconciliation_open (email_key)");
            s.execute("analyze reconciliation_open");
            s.execute("create temporary table reconciliation_unnumbered on commit drop as select relationship_id, email_key, "
                      + "postal_key, " + SEARCH_NAME.formatted("name") + " as search_name from reconciliation_customer "
                      + "where number_key is null");
            s.execute("analyze reconciliation_unnumbered");
        }
        // the threshold of the % operator, for this transaction only
        single(c, "select set_config('pg_trgm.similarity_threshold', ?, true)", r -> r.getString(1),
                String.valueOf(minNameSimilarity));
        execute(c, "insert into reconciliation_item (reconciliation_id, kind, row_number, customer_number, relationship_id, "
                   + "company_name, company_email, company_postal_code, company_city, clientbook_number, score, email_equal, "
                   + "name_similarity, same_postal_code) "
                   + "with candidates as ("
                   + "  select u.relationship_id, o.row_number from reconciliation_unnumbered u "
                   + "  join reconciliation_open o on o.email_key = u.email_key "
                   + "  union "
                   + "  select u.relationship_id, o.row_number from reconciliation_unnumbered u "
                   + "  join reconciliation_open o on o.postal_key = u.postal_key and o.search_name % u.search_name), "
                   + "scored as (select c.*, o.row_number, o.customer_number as erp_number, "
                   + "  coalesce(o.email_key = c.email_key, false) as email_equal, "
                   + "  round(similarity(o.search_name, u.search_name)::numeric, 2)::real as name_similarity, "
                   + "  coalesce(o.postal_key = c.postal_key, false) as same_postal_code "
                   + "  from candidates x join reconciliation_customer c on c.relationship_id = x.relationship_id "
                   + "  join reconciliation_unnumbered u on u.relationship_id = x.relationship_id "
                   + "  join reconciliation_open o on o.row_number = x.row_number), "
                   + "ranked as (select s.*, case when email_equal then 1.0 else name_similarity end as score from scored s "
                   + "  where email_equal or same_postal_code and name_similarity >= ?), "
                   + "per_customer as (select distinct on (relationship_id) * from ranked "
                   + "  order by relationship_id, score desc, name_similarity desc, row_number), "
                   + "per_row as (select distinct on (row_number) * from per_customer "
                   + "  order by row_number, score desc, name_similarity desc, relationship_id) "
                   + "select ?, 'PROPOSAL', row_number, erp_number, relationship_id, name, email, postal_code, city, "
                   + "customer_number, score, email_equal, name_similarity, same_postal_code from per_row",
                (float) minNameSimilarity, id);
    }

    public Optional<Reconciliation> find(long vendorId, long id) {
        return sql(c -> optional(c, "select * from reconciliation where id = ? and vendor_id = ?", ReconciliationRepository::reconciliation,
                id, vendorId));
    }

    /** The vendor's latest reconciliations, newest first. */
    public List<Reconciliation> recent(long vendorId, int limit) {
        return sql(c -> list(c, "select * from reconciliation where vendor_id = ? order by created_at desc, id desc limit ?",
                ReconciliationRepository::reconciliation, vendorId, limit));
    }

    /** How many findings of each kind; MATCHED is split by whether the fields differ (the key {@code null}: differing). */
    public Counts counts(long id) {
        return sql(c -> {
            Map<FindingKind, Integer> byKind = new EnumMap<>(FindingKind.class);
            for (FindingKind kind : FindingKind.values()) {
                byKind.put(kind, 0);
            }
            int[] extra = new int[2];
            try (PreparedStatement s = prepare(c, "select kind, count(*), count(*) filter (where cardinality(differences) > 0), "
                    + "count(*) filter (where accepted_at is not null) from reconciliation_item where reconciliation_id = ? "
                    + "group by kind", id); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    FindingKind kind = FindingKind.valueOf(r.getString(1));
                    byKind.put(kind, r.getInt(2));
                    if (kind == FindingKind.MATCHED) {
                        extra[0] = r.getInt(3);
                    } else if (kind == FindingKind.PROPOSAL) {
                        extra[1] = r.getInt(4);
                    }
                }
            }
            return new Counts(byKind, extra[0], extra[1]);
        });
    }

    /** Findings per kind, and of them matches that differ and accepted proposals. */
    public record Counts(Map<FindingKind, Integer> byKind, int differing, int accepted) {
    }

    /**
     * One page of a reconciliation's findings of one kind ({@code null}: all), proposals best first, the rest in
     * file order, customers alone by name. {@code differingOnly} keeps, of matches, those that differ.
     */
    public Page<Finding> page(long id, FindingKind kind, boolean differingOnly, int page, int size) {
        String where = "where i.reconciliation_id = ?" + (kind == null ? "" : " and i.kind = ?")
                       + (differingOnly ? " and cardinality(i.differences) > 0" : "");
        Object[] parameters = kind == null ? new Object[]{id} : new Object[]{id, kind.name()};
        return sql(c -> {
            long total = single(c, "select count(*) from reconciliation_item i " + where, r -> r.getLong(1), parameters);
            Object[] paged = Arrays.copyOf(parameters, parameters.length + 2);
            paged[parameters.length] = size;
            paged[parameters.length + 1] = (long) page * size;
            List<Finding> items = list(c, "select " + FINDING_COLUMNS + FINDINGS + where
                    + " order by i.score desc nulls last, i.row_number nulls last, lower(i.company_name), i.id limit ? offset ?",
                    ReconciliationRepository::finding, paged);
            return new Page<>(items, page, size, total);
        });
    }

    /** Every finding, in the report's order (by kind, then as {@link #page}), for the download. */
    public void forEach(long id, Consumer<Finding> consumer) {
        sql(c -> {
            try (PreparedStatement s = prepare(c, "select " + FINDING_COLUMNS + FINDINGS + "where i.reconciliation_id = ? "
                    + "order by i.kind, i.score desc nulls last, i.row_number nulls last, lower(i.company_name), i.id", id)) {
                s.setFetchSize(2000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        consumer.accept(finding(r));
                    }
                }
            }
            return null;
        });
    }

    /**
     * The proposals to accept, locked against a second acceptance running at the same time: those named (any kind
     * but a proposal, and another reconciliation's, are left out), and those with at least {@code minScore}.
     */
    public List<Finding> proposalsForUpdate(long id, List<Long> findingIds, Double minScore) {
        return sql(c -> {
            Array ids = c.createArrayOf("int8", findingIds.toArray());
            return list(c, "select " + FINDING_COLUMNS + FINDINGS + "where i.reconciliation_id = ? and i.kind = 'PROPOSAL' "
                    + "and (i.id = any(?) or i.score >= ?) order by i.score desc, i.id for update of i", ReconciliationRepository::finding,
                    id, ids, minScore == null ? Float.MAX_VALUE : minScore.floatValue());
        });
    }

    public void accepted(long findingId, String by, Instant now) {
        update("update reconciliation_item set accepted_at = ?, accepted_by = ? where id = ? and accepted_at is null",
                ts(now), by, findingId);
    }

    /** The rows in the ERP only, in file order: the new customers to hand to the import. */
    public List<ErpRow> erpOnlyRows(long id) {
        return sql(c -> list(c, "select r.* from reconciliation_row r join reconciliation_item i "
                + "on i.reconciliation_id = r.reconciliation_id and i.row_number = r.row_number and i.kind = 'ERP_ONLY' "
                + "where r.reconciliation_id = ? order by r.row_number", ReconciliationRepository::row, id));
    }

    /** The header texts the vendor's last mapping used, per column (number, name, e-mail, postal code, city). */
    public Optional<List<String>> mapping(long vendorId) {
        return sql(c -> optional(c, "select customer_number, name, email, postal_code, city from reconciliation_mapping "
                + "where vendor_id = ?", r -> Arrays.asList(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5)), vendorId));
    }

    public void saveMapping(long vendorId, List<String> headers, Instant now) {
        update("insert into reconciliation_mapping (vendor_id, customer_number, name, email, postal_code, city, updated_at) "
               + "values (?, ?, ?, ?, ?, ?, ?) on conflict (vendor_id) do update set customer_number = excluded.customer_number, "
               + "name = excluded.name, email = excluded.email, postal_code = excluded.postal_code, city = excluded.city, "
               + "updated_at = excluded.updated_at", vendorId, headers.get(0), headers.get(1), headers.get(2), headers.get(3),
                headers.get(4), ts(now));
    }

    private static Reconciliation reconciliation(ResultSet r) throws SQLException {
        Integer[] columns = (Integer[]) r.getArray("columns").getArray();
        long rerun = r.getLong("rerun_of");
        Long rerunOf = r.wasNull() ? null : rerun;
        return new Reconciliation(r.getLong("id"), r.getLong("vendor_id"), r.getString("started_by"), r.getString("file_name"),
                strings(r.getArray("headers")), List.of(columns), rerunOf,
                r.getInt("total_rows"), r.getInt("skipped_rows"), instant(r.getTimestamp("created_at")));
    }

    private static ErpRow row(ResultSet r) throws SQLException {
        return new ErpRow(r.getInt("row_number"), strings(r.getArray("original")), r.getString("customer_number"),
                r.getString("name"), r.getString("email"), r.getString("postal_code"), r.getString("city"));
    }

    private static Finding finding(ResultSet r) throws SQLException {
        int row = r.getInt(3);
        Integer rowNumber = r.wasNull() ? null : row;
        long relationship = r.getLong(4);
        Long customerId = r.wasNull() ? null : relationship;
        float score = r.getFloat(16);
        Double scored = r.wasNull() ? null : round(score);
        boolean emailEqual = r.getBoolean(17);
        Boolean email = r.wasNull() ? null : emailEqual;
        float similarity = r.getFloat(18);
        Double similar = r.wasNull() ? null : round(similarity);
        boolean samePostal = r.getBoolean(19);
        Boolean postal = r.wasNull() ? null : samePostal;
        return new Finding(r.getLong(1), FindingKind.valueOf(r.getString(2)), rowNumber, customerId, r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), r.getString(13), r.getString(14), new ArrayList<>(strings(r.getArray(15))), scored, email,
                similar, postal, instant(r.getTimestamp(20)));
    }

    /** A real as the two decimals it was stored with, not as float's nearest double (0.86, not 0.8600000143). */
    private static double round(float value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
