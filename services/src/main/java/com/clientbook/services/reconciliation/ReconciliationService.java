package com.clientbook.services.reconciliation;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.reconciliation.ErpRow;
import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.reconciliation.Reconciliation;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.domain.shared.RuleViolationException;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.reconciliation.ReconciliationRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.services.customer.CustomerNumbers;
import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ImportFileRefusedException;
import com.clientbook.services.imports.ImportOptions;
import com.clientbook.services.imports.ImportService;
import com.clientbook.services.imports.ImportView;
import com.clientbook.services.shared.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A vendor's ERP reconciliations (issue 16): upload the ERP's customer list, get the report (docs/product-rules.md,
 * "ERP reconciliation"), accept probable matches into customer numbers, hand the ERP's new customers to the import,
 * run it again. Every reconciliation belongs to its vendor: another vendor's id is "not found".
 */
@Stateless
public class ReconciliationService {

    /** A name at the same postal code is proposed from this similarity on (pg_trgm's, 0..1). */
    public static final double MIN_NAME_SIMILARITY = 0.6;
    /** The action of the history entry a number assigned from a reconciliation writes. */
    public static final String NUMBER_FROM_RECONCILIATION = "CUSTOMER_NUMBER_FROM_RECONCILIATION";
    /** At most this many findings per page. */
    public static final int MAX_PAGE = 200;

    private static final String RECONCILE = "reconcile customers with the ERP";
    private static final List<String> JSON_HEADERS = List.of("customer number", "name", "email", "postal code", "city");

    @Inject
    ReconciliationRepository reconciliations;

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerNumbers customerNumbers;

    @Inject
    AuditRepository audit;

    @Inject
    ImportService imports;

    @Inject
    Clock clock;

    /** The file's header and the mapping the page offers first: the vendor's last one, else guessed from the headers. */
    public ColumnChoice columns(Actor actor, byte[] content) {
        long vendorId = actor.vendorId(RECONCILE);
        List<String> header = header(content);
        return new ColumnChoice(header, ErpColumns.guess(header, reconciliations.mapping(vendorId)));
    }

    /**
     * Reads the ERP's file (as the import reads CSV and Excel), with the given mapping ({@code null}: the remembered
     * or guessed one), remembers the mapping for the vendor, and makes the report. A file that cannot be read, or a
     * mapping without number or name, is refused and nothing is stored.
     */
    public ReconciliationView start(Actor actor, String fileName, byte[] content, ErpColumns columns) {
        long vendorId = actor.vendorId(RECONCILE);
        ErpFile file = ErpFile.read(content);
        List<String> header = file.header();
        ErpColumns mapping = (columns != null ? columns : ErpColumns.guess(header, reconciliations.mapping(vendorId)))
                .requireValidFor(header);
        List<ErpRow> rows = file.rows(mapping);
        reconciliations.saveMapping(vendorId, mapping.headerTexts(header), clock.instant());
        return report(actor, vendorId, name(fileName), header, mapping, rows, null);
    }

    /** The same from rows sent as JSON (the API): each row's five values; rows are numbered from 2, as in a file. */
    public ReconciliationView start(Actor actor, String source, List<ErpValues> values) {
        long vendorId = actor.vendorId(RECONCILE);
        if (values == null || values.isEmpty()) {
            throw ImportFileRefusedException.because("noRows", "it has no rows.");
        }
        if (values.size() > CustomerFile.MAX_ROWS) {
            throw ImportFileRefusedException.because("tooManyRows", "it has more than " + CustomerFile.MAX_ROWS
                    + " rows. Split it into several files.", CustomerFile.MAX_ROWS);
        }
        List<ErpRow> rows = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ErpValues v = Objects.requireNonNullElse(values.get(i), ErpValues.NONE);
            List<String> original = java.util.Arrays.asList(v.customerNumber(), v.name(), v.email(), v.postalCode(), v.city());
            ErpColumns order = ErpColumns.inOrder();
            rows.add(new ErpRow(i + 2, original.stream().map(s -> s == null ? "" : s).toList(),
                    order.value(original, ErpColumns.Field.CUSTOMER_NUMBER), order.value(original, ErpColumns.Field.NAME),
                    order.value(original, ErpColumns.Field.EMAIL), order.value(original, ErpColumns.Field.POSTAL_CODE),
                    order.value(original, ErpColumns.Field.CITY)));
        }
        return report(actor, vendorId, name(source == null || source.isBlank() ? "api" : source), JSON_HEADERS,
                ErpColumns.inOrder(), rows, null);
    }

    /** Runs a reconciliation's file again against the customers as they are now: a new report, the old one kept. */
    public ReconciliationView rerun(Actor actor, long reconciliationId) {
        long vendorId = actor.vendorId(RECONCILE);
        Reconciliation former = reconciliation(vendorId, reconciliationId);
        long id = reconciliations.create(vendorId, actor.label(), former.fileName(), former.headers(), former.columns(),
                former.id(), clock.instant());
        reconciliations.copyRows(former.id(), id);
        reconciliations.makeReport(id, vendorId, MIN_NAME_SIMILARITY);
        return view(reconciliation(vendorId, id));
    }

    private ReconciliationView report(Actor actor, long vendorId, String fileName, List<String> header, ErpColumns mapping,
                                      List<ErpRow> rows, Long rerunOf) {
        long id = reconciliations.create(vendorId, actor.label(), fileName, header, mapping.positions(), rerunOf, clock.instant());
        reconciliations.addRows(id, rows);
        reconciliations.makeReport(id, vendorId, MIN_NAME_SIMILARITY);
        return view(reconciliation(vendorId, id));
    }

    public ReconciliationView get(Actor actor, long reconciliationId) {
        return view(reconciliation(actor.vendorId(RECONCILE), reconciliationId));
    }

    /** The vendor's latest reconciliations, newest first, without their counts. */
    public List<Reconciliation> recent(Actor actor, int limit) {
        return reconciliations.recent(actor.vendorId(RECONCILE), limit);
    }

    /**
     * One page of the findings of one kind ({@code null}: all); {@code differingOnly} keeps, of the matches, those
     * that differ.
     */
    public Page<Finding> findings(Actor actor, long reconciliationId, FindingKind kind, boolean differingOnly, int page, int size) {
        Reconciliation reconciliation = reconciliation(actor.vendorId(RECONCILE), reconciliationId);
        return reconciliations.page(reconciliation.id(), kind, differingOnly, Math.max(page, 0),
                Math.min(Math.max(size, 1), MAX_PAGE));
    }

    /**
     * Accepts proposals: those named by id, and all with at least {@code minScore} (either may be missing). Each
     * assigns its row's number to its customer, with the usual uniqueness check, and writes the history entry "from
     * ERP reconciliation". A proposal accepted before is left as it is, so accepting twice changes nothing. When any
     * number is taken by another customer meanwhile, or the customer has got another number, or a named id is no
     * proposal of this reconciliation, nothing changes at all.
     */
    public AcceptResult accept(Actor actor, long reconciliationId, List<Long> findingIds, Double minScore) {
        long vendorId = actor.vendorId(RECONCILE);
        Reconciliation reconciliation = reconciliation(vendorId, reconciliationId);
        List<Long> named = findingIds == null ? List.of() : findingIds.stream().filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty() && minScore == null) {
            throw new RuleViolationException("reconcile.nothingToAccept", "proposals",
                    "Name the proposals to accept, or a lowest score.");
        }
        List<Finding> proposals = reconciliations.proposalsForUpdate(reconciliation.id(), named, minScore);
        for (Long id : named) {
            if (proposals.stream().noneMatch(p -> p.id() == id)) {
                throw new NotFoundException("Proposal", id);
            }
        }
        Instant now = clock.instant();
        int assigned = 0;
        int already = 0;
        List<Long> accepted = new ArrayList<>();
        for (Finding proposal : proposals) {
            if (proposal.accepted()) {
                already++;
                continue;
            }
            CustomerRelationship relationship = customers.find(vendorId, proposal.customerId())
                    .orElseThrow(() -> new RuleViolationException("reconcile.customerGone", "proposals",
                            "The customer of proposal " + proposal.id() + " (" + proposal.companyName()
                            + ") is no longer yours; nothing was accepted.", proposal.companyName()));
            String number = CustomerRelationship.normalizeCustomerNumber(proposal.customerNumber());
            if (Objects.equals(relationship.customerNumber(), number)) {
                already++;
            } else if (relationship.customerNumber() != null) {
                throw new RuleViolationException("reconcile.numberedMeanwhile", "proposals", "The customer "
                        + proposal.companyName() + " has got the number " + relationship.customerNumber()
                        + " meanwhile; nothing was accepted. Run the reconciliation again.",
                        proposal.companyName(), relationship.customerNumber());
            } else {
                customerNumbers.requireFree(vendorId, number, relationship.id());
                relationship.assignCustomerNumber(number, now);
                flush(number);
                audit.record(AuditEvent.onRelationship(relationship.id(), relationship.customer().id(),
                        actor.label(), NUMBER_FROM_RECONCILIATION, CustomerNumbers.FIELD, null, number, now));
                assigned++;
            }
            accepted.add(proposal.id());
        }
        for (Long id : accepted) {
            reconciliations.accepted(id, actor.label(), now);
        }
        return new AcceptResult(assigned, already);
    }

    /** A number that another writer took between the check and the write is refused as the check would have. */
    private void flush(String number) {
        try {
            customers.flush();
        } catch (PersistenceException e) {
            throw UniqueConstraints.violatedBy(e).filter(CustomerNumbers.UNIQUE_INDEX::equals)
                    .map(taken -> CustomerNumbers.takenMeanwhile(number)).orElseThrow(() -> e);
        }
    }

    /**
     * Hands the rows in the ERP only to the import, as a customer file of their five values, for a dry run: the import
     * checks them (an ERP row without e-mail is an error there, as in any import) and the vendor imports from its page.
     */
    public ImportView importErpOnly(Actor actor, long reconciliationId) {
        long vendorId = actor.vendorId(RECONCILE);
        Reconciliation reconciliation = reconciliation(vendorId, reconciliationId);
        List<ErpRow> rows = reconciliations.erpOnlyRows(reconciliation.id());
        if (rows.isEmpty()) {
            throw new RuleViolationException("reconcile.noneToImport", null, "The ERP has no customers that Clientbook lacks.");
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(file, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord("company name", "email", "customer number", "postal code", "city");
            for (ErpRow row : rows) {
                csv.printRecord(row.name(), row.email(), row.customerNumber(), row.postalCode(), row.city());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports.start(actor, "reconciliation-" + reconciliation.id() + "-new-customers.csv", file.toByteArray(), true,
                ImportOptions.none());
    }

    /**
     * The report as CSV (UTF-8 with BOM, for Excel): one line per finding with the file's and Clientbook's values,
     * differences, score and reason in the reader's language; cells a spreadsheet would read as formulas stay text.
     */
    public void writeReport(Actor actor, long reconciliationId, OutputStream out, Locale locale) {
        Reconciliation reconciliation = reconciliation(actor.vendorId(RECONCILE), reconciliationId);
        ReconciliationTexts texts = ReconciliationTexts.in(locale);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(texts.csvHeader());
            reconciliations.forEach(reconciliation.id(), finding -> {
                try {
                    csv.printRecord(texts.csvLine(finding).stream().map(v -> ImportService.neutralise(v == null ? "" : v)).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReconciliationView view(Reconciliation reconciliation) {
        return ReconciliationView.of(reconciliation, reconciliations.counts(reconciliation.id()));
    }

    private Reconciliation reconciliation(long vendorId, long id) {
        return reconciliations.find(vendorId, id).orElseThrow(() -> new NotFoundException("Reconciliation", id));
    }

    /** The header row alone: the file is read only as far as its first row. */
    private static List<String> header(byte[] content) {
        List<String> header = new ArrayList<>();
        try {
            CustomerFile.read(content, new CustomerFile.Rows() {
                @Override
                public void header(List<String> names) {
                    header.addAll(names);
                    throw new HeaderRead();
                }

                @Override
                public void row(int rowNumber, List<String> values) {
                    throw new HeaderRead();
                }
            });
        } catch (HeaderRead enough) {
            // the header is all the mapping needs
        }
        return header;
    }

    private static final class HeaderRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRead() {
            super(null, null, false, false);
        }
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
