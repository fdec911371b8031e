package com.clientbook.web.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ImportOptions;
import com.clientbook.services.imports.ImportService;
import com.clientbook.services.imports.ReportRow;
import com.clientbook.services.imports.ImportView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /vendor/import.xhtml}: upload a file of customers, delivery schedules or products, which is checked first (a dry run); then import it with the
 * chosen options and follow the progress. The page shows the import named in {@code ?id=}, or the vendor's latest, so
 * a vendor who left comes back to where the import stands.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String UPLOAD_FIELD = "uploadForm:file";
    private static final String ROWS_TABLE = "stateForm:rows";

    @Inject
    ImportService imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private transient UploadedFile file;
    /** What the next file holds: customers, delivery schedules and route stops (issue 14), or products (issue 15). */
    private ImportKind kind = ImportKind.CUSTOMERS;
    private boolean allOrNothing;
    private boolean sendInvitations;
    private String labels;
    private Long id;
    private ImportView current;
    /** The rows of the shown import on screen, paged; null until it has finished. */
    private ImportRowsModel rows;
    /** The result the rows table shows only ({@code null}: every row). */
    private RowAction result;
    private List<ImportView> recent = List.of();

    @PostConstruct
    void init() {
        recent = imports.recent(currentUser.actor(), 10);
    }

    /** After the view parameter: the import asked for, or the latest. */
    public void load() {
        try {
            current = id != null ? imports.get(currentUser.actor(), id) : recent.stream().findFirst().orElse(null);
            if (id != null && current != null) {
                // back to one import (its link): the next upload is of its kind; otherwise customers, as ever
                kind = current.kind();
            }
        } catch (BusinessException e) {
            messages.refusal(e);
            current = null;
        }
        readRows();
    }

    /** Uploads the file and checks it: a dry run, which writes no customer. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            messages.error(UPLOAD_FIELD, "import.fileRequired");
            return;
        }
        try {
            CustomerFile.requireSize(file.getSize());
            current = imports.start(currentUser.actor(), kind, file.getFileName(), file.getContent(), true, options());
            rows = null;
            recent = imports.recent(currentUser.actor(), 10);
        } catch (BusinessException e) {
            messages.error(UPLOAD_FIELD, e);
        }
    }

    /** Imports the rows the shown dry run checked, with the options as they stand now. */
    public void startImport() {
        try {
            current = imports.importDryRun(currentUser.actor(), current.id(), options());
            rows = null;
            recent = imports.recent(currentUser.actor(), 10);
        } catch (BusinessException e) {
            messages.refusal(e);
        }
    }

    /** The poll while an import runs. */
    public void refresh() {
        if (current == null) {
            return;
        }
        current = imports.get(currentUser.actor(), current.id());
        if (current.finished()) {
            readRows();
            recent = imports.recent(currentUser.actor(), 10);
        }
    }

    public void show(long importId) {
        current = imports.get(currentUser.actor(), importId);
        readRows();
    }

    private void readRows() {
        rows = current == null || !current.finished() ? null
                : new ImportRowsModel(imports, currentUser, current.id(), () -> result, messages.locale());
    }

    /** The rows of the shown import, once it has finished (a dry run's rows as well as an import's). */
    public ImportRowsModel getRows() {
        return rows;
    }

    /** Another result was chosen: the rows table starts again at its first page. */
    public void resultChanged() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(ROWS_TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public RowAction getResult() {
        return result;
    }

    public void setResult(RowAction result) {
        this.result = result;
    }

    public List<RowAction> getResults() {
        // only a customer import links a company
        return java.util.Arrays.stream(RowAction.values()).filter(a -> isShownCustomers() || a != RowAction.LINK).toList();
    }

    /** A row's cells as the file had them, for the rows table. */
    public String cells(ReportRow row) {
        return row.original().stream().filter(cell -> cell != null && !cell.isBlank()).collect(Collectors.joining(" · "));
    }

    /** When an import was started, in the page's language: the latest imports list shows it. */
    public String startedAt(ImportView view) {
        return dateTimes.dateTime(view.createdAt());
    }

    private ImportOptions options() {
        return new ImportOptions(allOrNothing, sendInvitations,
                labels == null ? List.of() : Arrays.stream(labels.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Why the shown import failed, if it did, in the page's language. */
    public String getCurrentMessage() {
        return current == null ? null : current.message(messages.locale());
    }

    public StreamedContent getReport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeReport(currentUser.actor(), current.id(), out, messages.locale());
        return download("import-" + current.id() + "-report.csv", "text/csv; charset=UTF-8", out.toByteArray());
    }

    public StreamedContent getSampleCsv() {
        return download("clientbook-" + sampleName() + "-sample.csv", "text/csv; charset=UTF-8", SampleFiles.csv(kind));
    }

    public StreamedContent getSampleXlsx() {
        return download("clientbook-" + sampleName() + "-sample.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SampleFiles.xlsx(kind));
    }

    private String sampleName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the next file holds customers: only then the page offers invitations and labels. */
    public boolean isCustomers() {
        return kind == ImportKind.CUSTOMERS;
    }

    /** What the page says of the next file's kind, above its sample files. */
    public String getIntro() {
        return messages.text(kindKey(kind, "intro"));
    }

    /** The key of a text about an import of a kind: a customer import's {@code import.…}, the others' own. */
    private static String kindKey(ImportKind kind, String name) {
        return switch (kind) {
            case SCHEDULES -> "schedimport." + name;
            case PRODUCTS -> "prodimport." + name;
            default -> "import." + name;
        };
    }

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind == null ? ImportKind.CUSTOMERS : kind;
    }

    /** What a row's result is called for the shown import's kind ("New customer", "New schedule or stop"). */
    public String resultLabel(RowAction action) {
        if (action == null) {
            return "";
        }
        String general = messages.text("import.result." + action);
        return messages.textOr(kindKey(shownKind(), "result." + action), general);
    }

    /** The heading of a count ("created", "updated") for the shown import's kind. */
    public String countLabel(String count) {
        return messages.text(kindKey(shownKind(), count));
    }

    /** Whether the shown import is of customers: only its counts and results have "linked". */
    public boolean isShownCustomers() {
        return shownKind() == ImportKind.CUSTOMERS;
    }

    /**
     * Whether the shown import changed nothing at all: every row was as it is already (the same file imported again),
     * or in error. The page says so, rather than leaving it to the counts.
     */
    public boolean isShownNothingToDo() {
        return current != null && current.status() == ImportStatus.DONE && current.totalRows() > 0
                && current.created() + current.linked() + current.updated() == 0 && current.unchanged() > 0;
    }

    private ImportKind shownKind() {
        return current == null ? ImportKind.CUSTOMERS : current.kind();
    }

    private static StreamedContent download(String name, String type, byte[] content) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** Whether the shown import is a finished dry run that may be imported now. */
    public boolean isImportable() {
        return current != null && current.dryRun() && current.finished() && current.status() == ImportStatus.DONE
                && current.created() + current.linked() + current.updated() > 0;
    }

    public boolean isRunning() {
        return current != null && !current.finished();
    }

    /** The limits of a file, in words. */
    public String getLimits() {
        return messages.text(kindKey(kind, "limits"), CustomerFile.MAX_ROWS, CustomerFile.MAX_BYTES / (1024 * 1024));
    }

    public String getProcessed() {
        return current == null ? "" : messages.text("import.processed", current.processedRows(), current.totalRows());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public boolean isSendInvitations() {
        return sendInvitations;
    }

    public void setSendInvitations(boolean sendInvitations) {
        this.sendInvitations = sendInvitations;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImportView getCurrent() {
        return current;
    }

    public List<ImportView> getRecent() {
        return recent;
    }
}
