package com.clientbook.services.imports;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportPhase;
import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.persistence.customer.CustomerBulkWriter;
import com.clientbook.persistence.customer.CustomerChange;
import com.clientbook.persistence.imports.ExistingCustomer;
import com.clientbook.persistence.customer.HistoryRow;
import com.clientbook.persistence.imports.ImportJob;
import com.clientbook.persistence.customer.NewCustomerRow;
import com.clientbook.persistence.imports.ImportJobRepository;
import com.clientbook.persistence.imports.ImportRowRepository;
import com.clientbook.persistence.shared.JdbcStatementException;
import com.clientbook.persistence.imports.RowInContext;
import com.clientbook.persistence.imports.RowResult;
import com.clientbook.persistence.imports.StagedRow;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.customer.CustomerLabels;
import com.clientbook.services.imports.ImportColumns.Column;
import com.clientbook.services.customer.CustomerNumbers;
import com.clientbook.services.customer.CustomerRelationships;
import com.clientbook.services.customer.VendorLinks;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.user.AccountService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.EnumMap;
import java.util.stream.Stream;

/**
 * The steps of an import, each in a transaction of its own: storing the uploaded rows, taking the import over, one
 * batch of rows, the end of a pass. A batch classifies its rows against the database as it is at that moment and,
 * in a real import, writes them; its rows are marked done in the same transaction, so after a crash every row is
 * either done with all it created, or still to do with nothing written.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportSteps {

    static final int BATCH_ROWS = 5000;
    private static final int UPLOAD_CHUNK = 5000;
    static final Duration HOLD = Duration.ofSeconds(60);

    @Inject
    ImportJobRepository imports;

    @Inject
    ImportRowRepository rows;

    @Inject
    CustomerBulkWriter bulk;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    AccountService accounts;

    @Inject
    ScheduleBatch schedules;

    @Inject
    ProductBatch products;

    @Inject
    Clock clock;

    @Inject
    com.clientbook.services.webhook.WebhookEvents webhookEvents;

    /** Reads a customer file and stores the import with its rows, queued; refuses a bad file or a second running import. */
    public long store(Actor actor, long vendorId, String fileName, byte[] content, boolean dryRun, ImportOptions options,
                      List<String> labels) {
        return store(actor, vendorId, ImportKind.CUSTOMERS, fileName, content, dryRun, options, labels);
    }

    /** Reads a file of the given kind and stores the import with its rows, queued. */
    public long store(Actor actor, long vendorId, ImportKind kind, String fileName, byte[] content, boolean dryRun,
                      ImportOptions options, List<String> labels) {
        long id = newImport(actor, vendorId, kind, fileName, List.of(), dryRun, options, labels);
        // rows are written while the file is read, a chunk at a time, so a big file is never held twice in memory;
        // a refusal halfway rolls the whole upload back
        Upload upload = new Upload(kind, staged -> rows.addRows(id, staged));
        CustomerFile.read(content, upload);
        upload.flush();
        imports.setHeaders(id, upload.header);
        if (kind == ImportKind.CUSTOMERS) {
            // a schedule file names a customer in as many rows as it likes: one per delivery day or location
            rows.markDuplicatesInFile(id, duplicateHead(Column.CUSTOMER_NUMBER.name()), duplicateHead(Column.EMAIL.name()),
                    ImportMessage.PART, ImportMessage.ARGUMENT);
        } else if (kind == ImportKind.PRODUCTS) {
            // the article number is the key: a second row with it would change the product the first one wrote
            rows.markDuplicateKeysInFile(id, ProductColumns.Column.ARTICLE_NUMBER.title(),
                    duplicateHead(ProductColumns.Column.ARTICLE_NUMBER.name()), ImportMessage.PART, ImportMessage.ARGUMENT);
        }
        imports.setTotal(id, upload.count);
        return id;
    }

    /** Stores a real import of the rows a dry run read, without the file again. */
    public long storeFromDryRun(Actor actor, ImportJob dryRun, ImportOptions options, List<String> labels) {
        long id = newImport(actor, dryRun.vendorId(), dryRun.kind(), dryRun.fileName(), dryRun.headers(), false, options, labels);
        rows.copyRows(dryRun.id(), id);
        imports.setTotal(id, dryRun.totalRows());
        return id;
    }

    /** A new queued import; a real one is refused while another real import of the vendor is queued or running. */
    private long newImport(Actor actor, long vendorId, ImportKind kind, String fileName, List<String> headers, boolean dryRun,
                           ImportOptions options, List<String> labels) {
        if (!dryRun) {
            imports.running(vendorId).ifPresent(running -> {
                throw new ImportRunningException(running.id());
            });
        }
        try {
            return imports.addImport(vendorId, kind, actor.label(), actor.userId(), fileName, headers, dryRun,
                    options.allOrNothing(), options.sendInvitations(), labels, clock.instant());
        } catch (JdbcStatementException e) {
            // the unique index caught what the look above could not: another upload at the same moment
            if (e.violates(ImportJobRepository.ONE_RUNNING_INDEX)) {
                throw new ImportRunningException(imports.running(vendorId).map(ImportJob::id).orElse(0L));
            }
            throw e;
        }
    }

    /** The import as it stands, read in a transaction of its own (for callers that run without one). */
    public ImportView view(long importId) {
        return ImportView.of(imports.find(importId).orElseThrow());
    }

    /** The vendor's import; another vendor's is "not found". */
    public ImportJob job(long vendorId, long importId) {
        return imports.find(vendorId, importId).orElseThrow(() -> new NotFoundException("Import", importId));
    }

    /** Takes the import over for a worker; false when another worker holds it, or it is finished. */
    public boolean claim(long importId, String token) {
        Instant now = clock.instant();
        return imports.claim(importId, token, now, now.plus(HOLD));
    }

    /**
     * Plans (and, when applying, does) the next batch of rows. Returns how many rows it did: 0 at the end of the
     * pass, -1 when another worker has taken the import over.
     */
    public int nextBatch(long importId, String token) {
        Instant now = clock.instant();
        if (!imports.holdFor(importId, token, now.plus(HOLD))) {
            return -1;
        }
        ImportJob job = imports.find(importId).orElseThrow();
        List<RowResult> results;
        if (job.kind() == ImportKind.PRODUCTS) {
            // a product row names no customer: its article number is looked up among the vendor's products
            List<StagedRow> batch = rows.nextStaged(importId, BATCH_ROWS);
            if (batch.isEmpty()) {
                return 0;
            }
            results = products.run(job, batch);
        } else {
            List<RowInContext> batch = rows.nextRows(importId, job.vendorId(), BATCH_ROWS);
            if (batch.isEmpty()) {
                return 0;
            }
            results = job.kind() == ImportKind.SCHEDULES ? schedules.run(job, batch, now) : customers(job, batch, now);
        }
        rows.writeResults(importId, results);
        Map<RowAction, Integer> counts = new EnumMap<>(RowAction.class);
        results.forEach(r -> counts.merge(r.action(), 1, Integer::sum));
        imports.addCounts(importId, counts, results.size());
        return results.size();
    }

    private List<RowResult> customers(ImportJob job, List<RowInContext> batch, Instant now) {
        Map<Long, ExistingCustomer> existing = rows.existing(batch.stream()
                .flatMap(r -> Stream.of(r.numberRelationshipId(), r.emailRelationshipId()))
                .filter(Objects::nonNull).distinct().toList());
        ImportPlanner planner = new ImportPlanner(job.labels());
        List<ImportPlanner.Plan> plans = batch.stream().map(r -> planner.plan(r, existing)).toList();
        return job.phase() == ImportPhase.APPLY ? apply(job, plans, now) : planned(plans);
    }

    /**
     * At the end of a pass: a dry run or a real import is done; the check of an all-or-nothing import either refuses
     * the import (some row has an error) or starts doing the rows.
     */
    /** import.finished, in the finishing transaction, for an import that was meant to change something (no dry run). */
    private void finished(ImportJob job) {
        if (!job.dryRun()) {
            ImportView view = view(job.id());
            webhookEvents.publish(job.vendorId(), com.clientbook.domain.webhook.WebhookEventType.IMPORT_FINISHED, null,
                    jakarta.json.Json.createObjectBuilder().add("id", view.id()).add("fileName", view.fileName())
                            .add("kind", String.valueOf(view.kind())).add("status", view.status().name())
                            .add("totalRows", view.totalRows()).add("created", view.created()).add("linked", view.linked())
                            .add("updated", view.updated()).add("unchanged", view.unchanged()).add("errors", view.errors())
                            .build());
        }
    }

    public boolean endOfPass(long importId) {
        ImportJob job = imports.find(importId).orElseThrow();
        Instant now = clock.instant();
        if (job.dryRun() || job.phase() == ImportPhase.APPLY) {
            imports.finish(importId, ImportStatus.DONE, null, now);
            finished(job);
            return false;
        }
        if (job.allOrNothing() && job.errors() > 0) {
            imports.finish(importId, ImportStatus.FAILED, ImportMessage.of("import.failed.rowErrors", job.errors()), now);
            finished(job);
            return false;
        }
        rows.restart(importId);
        imports.startApplying(importId);
        return true;
    }

    public void fail(long importId, String message) {
        imports.finish(importId, ImportStatus.FAILED, message.length() > 1000 ? message.substring(0, 1000) : message,
                clock.instant());
    }

    private static List<RowResult> planned(List<ImportPlanner.Plan> plans) {
        return plans.stream().map(p -> new RowResult(p.row().rowNumber(), p.action(), p.errorColumn(), p.message(),
                p.companyId(), p.relationshipId())).toList();
    }

    private List<RowResult> apply(ImportJob job, List<ImportPlanner.Plan> plans, Instant clockNow) {
        // as PostgreSQL stores it, so the webhook events built from these values show what a read would
        Instant now = clockNow.truncatedTo(ChronoUnit.MICROS);
        List<ImportPlanner.Plan> creating = plans.stream().filter(p -> p.action() == RowAction.CREATE).toList();
        List<Long> companyIds = bulk.allocate("company_seq", creating.size());
        List<Long> userIds = bulk.allocate("app_user_seq", creating.size());
        List<Long> relationshipIds = bulk.allocate("customer_relationship_seq", creating.size());
        List<Long> linkIds = bulk.allocate("customer_relationship_seq",
                (int) plans.stream().filter(p -> p.action() == RowAction.LINK).count());

        List<NewCustomerRow> created = new ArrayList<>();
        List<CustomerChange> linked = new ArrayList<>();
        List<CustomerChange> updated = new ArrayList<>();
        List<HistoryRow> history = new ArrayList<>();
        List<RowResult> results = new ArrayList<>();
        int create = 0;
        int link = 0;
        for (ImportPlanner.Plan plan : plans) {
            StagedRow row = plan.row();
            switch (plan.action()) {
                case CREATE -> {
                    NewCustomerRow customer = new NewCustomerRow(companyIds.get(create), userIds.get(create),
                            relationshipIds.get(create), UUID.randomUUID().toString(), row.companyName(), row.email(), row.phone(), row.street(),
                            row.postalCode(), row.city(), row.country(), row.language(), row.firstName(), row.lastName(),
                            row.customerNumber(), labelsOf(plan, job));
                    create++;
                    created.add(customer);
                    history.addAll(started(customer.companyId(), customer.relationshipId(), RelationshipOrigin.CREATED,
                            customer.customerNumber(), customer.labels()));
                    results.add(result(plan, customer.companyId(), customer.relationshipId()));
                }
                case LINK -> {
                    CustomerChange planned = plan.change();
                    CustomerChange change = new CustomerChange(linkIds.get(link++), planned.companyId(), planned.customerNumber(),
                            planned.labelsToAdd(), null, null, null, null, null, null, null);
                    linked.add(change);
                    history.addAll(started(change.companyId(), change.relationshipId(), RelationshipOrigin.LINKED,
                            change.customerNumber(), change.labelsToAdd()));
                    results.add(result(plan, change.companyId(), change.relationshipId()));
                }
                case UPDATE -> {
                    updated.add(plan.change());
                    history.addAll(plan.history());
                    results.add(result(plan, plan.companyId(), plan.relationshipId()));
                }
                default -> results.add(result(plan, plan.companyId(), plan.relationshipId()));
            }
        }
        bulk.createCustomers(job.vendorId(), created, now);
        bulk.addRelationships(job.vendorId(), RelationshipOrigin.LINKED, linked, now);
        bulk.changeCustomers(updated, now);
        bulk.addHistory(job.vendorId(), history, historyActor(job), now);
        Company vendor = companies.get(job.vendorId());
        // each company's own history of who listed it, as adding or linking one at a time writes it (CustomerRelationships)
        bulk.addVendorLinks(vendor.id(), vendor.name(), Stream.concat(created.stream().map(NewCustomerRow::companyId),
                linked.stream().map(CustomerChange::companyId)).toList(), VendorLinks.LINKED, historyActor(job), now);
        if (job.sendInvitations() && !created.isEmpty()) {
            created.forEach(customer -> accounts.queueSetPasswordEmail(users.get(customer.userId()), vendor));
        }
        // one event per row, in this batch's transaction, written set-based (nothing when no endpoint subscribes)
        Map<Long, List<String>> changedFields = new java.util.LinkedHashMap<>();
        for (ImportPlanner.Plan plan : plans) {
            if (plan.action() == RowAction.UPDATE) {
                List<String> fields = plan.history().stream().map(HistoryRow::field).filter(Objects::nonNull).distinct().toList();
                if (!fields.isEmpty()) {
                    changedFields.put(plan.relationshipId(), fields);
                }
            }
        }
        webhookEvents.customersInBulk(job.vendorId(), created, now,
                linked.stream().map(CustomerChange::relationshipId).toList(), changedFields);
        return results;
    }

    private static List<String> labelsOf(ImportPlanner.Plan plan, ImportJob job) {
        return com.clientbook.domain.customer.CustomerRelationship.normalizeLabels(
                Stream.concat(plan.row().labels().stream(), job.labels().stream()).toList());
    }

    /** The history of a relationship the import starts, as {@link CustomerRelationships} writes it one at a time. */
    private static List<HistoryRow> started(long companyId, long relationshipId, RelationshipOrigin origin, String number,
                                            List<String> labels) {
        List<HistoryRow> history = new ArrayList<>();
        history.add(HistoryRow.event(companyId, relationshipId, CustomerRelationships.startedAction(origin)));
        if (number != null) {
            history.add(HistoryRow.change(companyId, relationshipId, CustomerNumbers.FIELD, null, number));
        }
        if (!labels.isEmpty()) {
            history.add(HistoryRow.change(companyId, relationshipId, CustomerLabels.FIELD, null, String.join(", ", labels)));
        }
        return history;
    }

    private static RowResult result(ImportPlanner.Plan plan, Long companyId, Long relationshipId) {
        return new RowResult(plan.row().rowNumber(), plan.action(), plan.errorColumn(), plan.message(), companyId,
                relationshipId);
    }

    /** The history names the import: who started it, its number and its file. */
    static String historyActor(ImportJob job) {
        return new ImportActorLabel(job.startedBy(), job.id(), job.fileName()).stored();
    }

    /** Collects the header and rows of the file, each row checked alone. */
    private static final class Upload implements CustomerFile.Rows {

        private final ImportKind kind;
        private final java.util.function.Consumer<List<StagedRow>> store;
        private List<String> header = List.of();
        private ImportColumns columns;
        private ScheduleColumns scheduleColumns;
        private ProductColumns productColumns;
        private List<StagedRow> rows = new ArrayList<>();
        private int count;

        Upload(ImportKind kind, java.util.function.Consumer<List<StagedRow>> store) {
            this.kind = kind;
            this.store = store;
        }

        void flush() {
            if (!rows.isEmpty()) {
                store.accept(rows);
                rows = new ArrayList<>();
            }
        }

        @Override
        public void header(List<String> names) {
            header = names.stream().map(n -> n == null ? "" : n.strip()).toList();
            if (kind == ImportKind.SCHEDULES) {
                scheduleColumns = ScheduleColumns.of(header);
            } else if (kind == ImportKind.PRODUCTS) {
                productColumns = ProductColumns.of(header);
            } else {
                columns = ImportColumns.of(header);
            }
        }

        @Override
        public void row(int rowNumber, List<String> values) {
            if (kind == ImportKind.SCHEDULES) {
                // the customer number finds the customer; the rest is read from the cells again when planned
                ScheduleRow row = ScheduleRow.of(rowNumber, values, scheduleColumns);
                add(new StagedRow(rowNumber, values, null, null, row.customerNumber(), List.of(), null, null, null, null,
                        null, null, null, null, row.errorColumns(), row.error()));
                return;
            }
            if (kind == ImportKind.PRODUCTS) {
                // the article number is the row's key, kept where a customer row keeps its number (V31)
                ProductRow row = ProductRow.of(rowNumber, values, productColumns);
                add(new StagedRow(rowNumber, values, null, null, row.articleNumber(), List.of(), null, null, null, null,
                        null, null, null, null, row.errorColumns(), row.error()));
                return;
            }
            ImportRow row = ImportRow.of(rowNumber, values, columns);
            add(new StagedRow(row.rowNumber(), row.original(), row.companyName(), row.email(), row.customerNumber(),
                    row.labels(), row.firstName(), row.lastName(), row.phone(), row.street(), row.postalCode(), row.city(),
                    row.country(), row.language(), row.errorColumns(), row.error()));
        }

        private void add(StagedRow row) {
            rows.add(row);
            count++;
            if (rows.size() == UPLOAD_CHUNK) {
                flush();
            }
        }
    }

    /** The start of the error of a row whose value an earlier row of the file has; the database adds value and row. */
    private static String duplicateHead(String column) {
        return ImportMessage.of("import.row.duplicate", ImportMessage.name(column)) + ImportMessage.ARGUMENT;
    }
}
