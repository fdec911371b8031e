package com.clientbook.web.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.reconciliation.Reconciliation;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ImportView;
import com.clientbook.services.reconciliation.AcceptResult;
import com.clientbook.services.reconciliation.ColumnChoice;
import com.clientbook.services.reconciliation.ErpColumns;
import com.clientbook.services.reconciliation.ReconciliationService;
import com.clientbook.services.reconciliation.ReconciliationTexts;
import com.clientbook.services.reconciliation.ReconciliationView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /vendor/reconciliation.xhtml}: upload the ERP's customer list, map its columns (the last mapping offered
 * first), read the report, accept proposals one by one or all from a score, download it, run it again, and check the
 * ERP's new customers in the import. Shows the reconciliation named in {@code ?id=}, or the vendor's latest.
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String UPLOAD_FIELD = "uploadForm:file";
    private static final String TABLE = "reportForm:findings";

    @Inject
    ReconciliationService reconciliations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private transient UploadedFile file;
    /** The uploaded file between choosing its columns and reconciling. */
    private byte[] content;
    private String fileName;
    private List<String> header;
    /** The chosen column per field (number, name, e-mail, postal code, city), -1 for none. */
    private Integer[] columns;
    private Long id;
    private ReconciliationView current;
    private FindingsModel findings;
    private FindingKind kind;
    private BigDecimal minScore = new BigDecimal("0.80");
    private List<Reconciliation> recent = List.of();

    @PostConstruct
    void init() {
        recent = reconciliations.recent(currentUser.actor(), 10);
    }

    /** After the view parameter: the reconciliation asked for, or the latest. */
    public void load() {
        try {
            current = id != null ? reconciliations.get(currentUser.actor(), id)
                    : recent.stream().findFirst().map(r -> reconciliations.get(currentUser.actor(), r.id())).orElse(null);
        } catch (BusinessException e) {
            messages.refusal(e);
            current = null;
        }
        readFindings();
    }

    /** Reads the uploaded file's header and offers a mapping of its columns. */
    public void readColumns() {
        if (file == null || file.getSize() == 0) {
            messages.error(UPLOAD_FIELD, "import.fileRequired");
            return;
        }
        try {
            CustomerFile.requireSize(file.getSize());
            byte[] bytes = file.getContent();
            ColumnChoice choice = reconciliations.columns(currentUser.actor(), bytes);
            content = bytes;
            fileName = file.getFileName();
            header = choice.header();
            columns = choice.columns().positions().toArray(Integer[]::new);
        } catch (BusinessException e) {
            messages.error(UPLOAD_FIELD, e);
        }
    }

    /** Reconciles the uploaded file with the chosen columns. */
    public void reconcile() {
        if (content == null) {
            messages.error(UPLOAD_FIELD, "import.fileRequired");
            return;
        }
        try {
            current = reconciliations.start(currentUser.actor(), fileName, content, new ErpColumns(Arrays.asList(columns)));
            content = null;
            header = null;
            kind = null;
            afterChange();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(columnField(error.field()), messages.text(error)));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            messages.error(UPLOAD_FIELD, e);
        }
    }

    private static String columnField(String field) {
        for (ErpColumns.Field f : ErpColumns.Field.values()) {
            if (("columns." + f.apiName()).equals(field)) {
                return "uploadForm:column_" + f.apiName();
            }
        }
        return UPLOAD_FIELD;
    }

    /** Accepts one proposal. */
    public void accept(Finding proposal) {
        accepted(() -> reconciliations.accept(currentUser.actor(), current.id(), List.of(proposal.id()), null));
    }

    /** Accepts every proposal from the chosen score on. */
    public void acceptFromScore() {
        if (minScore == null) {
            messages.error("reportForm:minScore", "reconcile.scoreRequired");
            return;
        }
        accepted(() -> reconciliations.accept(currentUser.actor(), current.id(), null, minScore.doubleValue()));
    }

    private void accepted(java.util.function.Supplier<AcceptResult> accepting) {
        try {
            AcceptResult result = accepting.get();
            messages.info(null, "reconcile.accepted", result.assigned(), result.unchanged());
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        current = reconciliations.get(currentUser.actor(), current.id());
    }

    public void rerun() {
        try {
            current = reconciliations.rerun(currentUser.actor(), current.id());
            afterChange();
            messages.info(null, "reconcile.rerunDone");
        } catch (BusinessException e) {
            messages.refusal(e);
        }
    }

    /** Hands the ERP's new customers to the import as a dry run, and goes to its page. */
    public String importErpOnly() {
        try {
            ImportView dryRun = reconciliations.importErpOnly(currentUser.actor(), current.id());
            return "/vendor/import?faces-redirect=true&id=" + dryRun.id();
        } catch (BusinessException e) {
            messages.refusal(e);
            return null;
        }
    }

    private void afterChange() {
        recent = reconciliations.recent(currentUser.actor(), 10);
        readFindings();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private void readFindings() {
        findings = current == null ? null : new FindingsModel(reconciliations, currentUser, current.id(), () -> kind);
    }

    public void kindChanged() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** Shows the findings of one kind (the figures are links to them). */
    public void show(FindingKind shown) {
        kind = shown;
        kindChanged();
    }

    public StreamedContent getReport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reconciliations.writeReport(currentUser.actor(), current.id(), out, messages.locale());
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("reconciliation-" + current.id() + ".csv")
                .contentType("text/csv; charset=UTF-8").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    // ---- words

    private ReconciliationTexts texts() {
        return ReconciliationTexts.in(messages.locale());
    }

    public String kindLabel(FindingKind k) {
        return messages.text("reconcile.kind." + k.name());
    }

    /** The file's side of a finding on one line. */
    public String erpSide(Finding f) {
        if (f.rowNumber() == null) {
            return "";
        }
        return join(f.customerNumber(), f.erpName(), f.erpEmail(), joined(" ", f.erpPostalCode(), f.erpCity()));
    }

    /** Clientbook's side of a finding on one line. */
    public String clientbookSide(Finding f) {
        if (f.customerId() == null) {
            return "";
        }
        return join(f.clientbookNumber(), f.companyName(), f.companyEmail(), joined(" ", f.companyPostalCode(), f.companyCity()));
    }

    /** What differs, or why it is proposed. */
    public String detail(Finding f) {
        if (f.kind() == FindingKind.PROPOSAL) {
            return messages.text("reconcile.score", f.score()) + " · " + texts().reason(f);
        }
        if (f.kind() == FindingKind.MATCHED) {
            return f.differences().isEmpty() ? messages.text("reconcile.same") : messages.text("reconcile.differs", texts().differences(f));
        }
        return "";
    }

    private static String join(String... parts) {
        return joined(" · ", parts);
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }

    public String createdAt(ReconciliationView view) {
        return format(view.createdAt());
    }

    public String createdAt(Reconciliation r) {
        return format(r.createdAt());
    }

    private String format(java.time.Instant instant) {
        return dateTimes.dateTime(instant);
    }

    /** The header's columns to choose from, "none" first. */
    public List<SelectItem> getColumnItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem(-1, messages.text("reconcile.noColumn")));
        for (int i = 0; header != null && i < header.size(); i++) {
            String name = header.get(i) == null || header.get(i).isBlank() ? messages.text("reconcile.columnN", i + 1) : header.get(i);
            items.add(new SelectItem(i, name));
        }
        return items;
    }

    public List<FindingKind> getKinds() {
        return List.of(FindingKind.values());
    }

    public boolean isMapping() {
        return content != null;
    }

    // ---- state

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Integer[] getColumns() {
        return columns;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReconciliationView getCurrent() {
        return current;
    }

    public FindingsModel getFindings() {
        return findings;
    }

    public FindingKind getKind() {
        return kind;
    }

    public void setKind(FindingKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMinScore() {
        return minScore;
    }

    public void setMinScore(BigDecimal minScore) {
        this.minScore = minScore;
    }

    public List<Reconciliation> getRecent() {
        return recent;
    }
}
