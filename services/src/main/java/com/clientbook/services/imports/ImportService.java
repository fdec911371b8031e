package com.clientbook.services.imports;

import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.imports.ImportJob;
import com.clientbook.persistence.imports.ImportJobRepository;
import com.clientbook.persistence.imports.ImportRowRepository;
import com.clientbook.services.customer.CustomerLabels;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A vendor's imports of customers (issue 6), of delivery schedules and route stops (issue 14) and of products (issue
 * 15): upload a file for a dry run or a real import, follow it, read its report.
 * Uploading stores the rows and returns at once; the work runs in the background ({@link ImportWorker}). Every
 * import belongs to its vendor: another vendor's id is "not found".
 */
@Stateless
public class ImportService {

    /** At most this many rows per page of an import's rows on the page. */
    public static final int MAX_ROWS_PAGE = 200;

    private static final String IMPORT = "import customers";
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@');

    @Inject
    ImportSteps steps;

    @Inject
    ImportWorker worker;

    @Inject
    ImportJobRepository imports;

    @Inject
    ImportRowRepository rows;

    /**
     * Reads the file, stores it as an import and starts working on it in the background. A file that cannot be read
     * is refused ({@link ImportFileRefusedException}) and nothing is stored; a real import while another of the
     * vendor's real imports runs is refused ({@link ImportRunningException}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView start(Actor actor, String fileName, byte[] content, boolean dryRun, ImportOptions options) {
        return start(actor, ImportKind.CUSTOMERS, fileName, content, dryRun, options);
    }

    /**
     * As {@link #start(Actor, String, byte[], boolean, ImportOptions)}, for a file of the given kind: customers, or
     * delivery schedules and route stops (issue 14; the options' invitations and labels are about customers only).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView start(Actor actor, ImportKind kind, String fileName, byte[] content, boolean dryRun, ImportOptions options) {
        long vendorId = actor.vendorId(IMPORT);
        ImportOptions applicable = applicable(kind, options);
        List<String> labels = labels(applicable);
        long id = steps.store(actor, vendorId, kind, name(fileName), content, dryRun, applicable, labels);
        worker.start(id);
        return steps.view(id);
    }

    /** Imports for real the rows a finished dry run read, with these options, without uploading the file again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportView importDryRun(Actor actor, long dryRunId, ImportOptions options) {
        ImportJob dryRun = steps.job(actor.vendorId(IMPORT), dryRunId);
        if (!dryRun.dryRun() || !dryRun.finished()) {
            throw new RuleViolationException("import.notAFinishedDryRun", null,
                    "Import " + dryRunId + " is not a finished dry run.", dryRunId);
        }
        ImportOptions applicable = applicable(dryRun.kind(), options);
        long id = steps.storeFromDryRun(actor, dryRun, applicable, labels(applicable));
        worker.start(id);
        return steps.view(id);
    }

    public ImportView get(Actor actor, long importId) {
        return ImportView.of(job(actor.vendorId(IMPORT), importId));
    }

    /** The vendor's latest imports, newest first. */
    public List<ImportView> recent(Actor actor, int limit) {
        return imports.recent(actor.vendorId(IMPORT), limit).stream().map(ImportView::of).toList();
    }

    /** The first rows with an error, as the page lists them under the counts, in English. */
    public List<ReportRow> errors(Actor actor, long importId, int limit) {
        return errors(actor, importId, limit, Locale.ENGLISH);
    }

    /** The first rows with an error, as the page lists them under the counts, in the reader's language. */
    public List<ReportRow> errors(Actor actor, long importId, int limit, Locale locale) {
        job(actor.vendorId(IMPORT), importId);
        return rows.errors(importId, limit).stream()
                .map(r -> new ReportRow(r.rowNumber(), r.original(), r.action(), ImportMessage.in(locale, r.message()))).toList();
    }

    /**
     * One page of the import's rows in file order with what the import did (or, for a dry run, would do) with each,
     * only those with the given result ({@code null}: all): the page shows a dry run's rows, not only the report.
     * Messages are worded in {@code locale}. Another vendor's import is "not found".
     */
    public Page<ReportRow> rows(Actor actor, long importId, RowAction result, int page, int size, Locale locale) {
        job(actor.vendorId(IMPORT), importId);
        return rows.page(importId, result, Math.max(page, 0), Math.min(Math.max(size, 1), MAX_ROWS_PAGE))
                .map(r -> new ReportRow(r.rowNumber(), r.original(), r.action(),
                        r.message() == null ? null : ImportMessage.in(locale, r.message())));
    }

    /**
     * Writes the report as CSV (UTF-8 with BOM, so Excel reads it right): the file's header and original rows, plus
     * the columns "result" and "message". Cells that a spreadsheet would read as a formula get a leading quote.
     */
    public void writeReport(Actor actor, long importId, OutputStream out) {
        writeReport(actor, importId, out, Locale.ENGLISH);
    }

    /** The report with its messages in the reader's language (the column titles stay the file's own and English). */
    public void writeReport(Actor actor, long importId, OutputStream out, Locale locale) {
        ImportJob job = job(actor.vendorId(IMPORT), importId);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            List<String> header = new ArrayList<>(job.headers());
            header.add("row");
            header.add("result");
            header.add("message");
            csv.printRecord(header.stream().map(ImportService::neutralise).toList());
            rows.report(importId, row -> {
                List<String> cells = new ArrayList<>(job.headers().size() + 3);
                for (int i = 0; i < job.headers().size(); i++) {
                    cells.add(neutralise(i < row.original().size() ? row.original().get(i) : ""));
                }
                cells.add(String.valueOf(row.rowNumber()));
                cells.add(row.action() == null ? "" : row.action().name());
                cells.add(neutralise(row.message() == null ? "" : ImportMessage.in(locale, row.message())));
                try {
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportJob job(long vendorId, long importId) {
        return steps.job(vendorId, importId);
    }

    /** A schedule or product import invites nobody and labels no customer: of its options only all-or-nothing applies. */
    private static ImportOptions applicable(ImportKind kind, ImportOptions options) {
        return kind == ImportKind.CUSTOMERS ? options : new ImportOptions(options.allOrNothing(), false, List.of());
    }

    private static List<String> labels(ImportOptions options) {
        return CustomerLabels.normalize(options.labels());
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** A cell a spreadsheet would read as a formula stays text (as the customer export does it). */
    public static String neutralise(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.contains(text.charAt(0))) {
            return "'" + text;
        }
        return text;
    }
}
