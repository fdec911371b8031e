package com.clientbook.web.imports;

import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ImportOptions;
import com.clientbook.services.imports.ImportService;
import com.clientbook.services.imports.ReportRow;
import com.clientbook.services.imports.ImportView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /vendor/import.xhtml}: upload a customer file, which is checked first (a dry run); then import it with the
 * chosen options and follow the progress. The page shows the import named in {@code ?id=}, or the vendor's latest, so
 * a vendor who left comes back to where the import stands.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ERRORS_SHOWN = 100;
    private static final String UPLOAD_FIELD = "uploadForm:file";

    @Inject
    ImportService imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private transient UploadedFile file;
    private boolean allOrNothing;
    private boolean sendInvitations;
    private String labels;
    private Long id;
    private ImportView current;
    private List<ReportRow> errors = List.of();
    private List<ImportView> recent = List.of();

    @PostConstruct
    void init() {
        recent = imports.recent(currentUser.actor(), 10);
    }

    /** After the view parameter: the import asked for, or the latest. */
    public void load() {
        try {
            current = id != null ? imports.get(currentUser.actor(), id) : recent.stream().findFirst().orElse(null);
        } catch (BusinessException e) {
            messages.refusal(e);
            current = null;
        }
        readErrors();
    }

    /** Uploads the file and checks it: a dry run, which writes no customer. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            messages.error(UPLOAD_FIELD, "import.fileRequired");
            return;
        }
        try {
            CustomerFile.requireSize(file.getSize());
            current = imports.start(currentUser.actor(), file.getFileName(), file.getContent(), true, options());
            errors = List.of();
            recent = imports.recent(currentUser.actor(), 10);
        } catch (BusinessException e) {
            messages.error(UPLOAD_FIELD, e);
        }
    }

    /** Imports the rows the shown dry run checked, with the options as they stand now. */
    public void startImport() {
        try {
            current = imports.importDryRun(currentUser.actor(), current.id(), options());
            errors = List.of();
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
            readErrors();
            recent = imports.recent(currentUser.actor(), 10);
        }
    }

    public void show(long importId) {
        current = imports.get(currentUser.actor(), importId);
        readErrors();
    }

    private void readErrors() {
        errors = current == null || !current.finished() ? List.of() : imports.errors(currentUser.actor(), current.id(), ERRORS_SHOWN,
                messages.locale());
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
        return download("clientbook-customers-sample.csv", "text/csv; charset=UTF-8", SampleFiles.csv());
    }

    public StreamedContent getSampleXlsx() {
        return download("clientbook-customers-sample.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SampleFiles.xlsx());
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
        return messages.text("import.limits", CustomerFile.MAX_ROWS, CustomerFile.MAX_BYTES / (1024 * 1024));
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

    public List<ReportRow> getErrors() {
        return errors;
    }

    public List<ImportView> getRecent() {
        return recent;
    }
}
