package com.clientbook.web.api.imports;

import com.clientbook.services.imports.ImportView;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An import as the API shows it: the file, the options, where it stands and what it counted. */
@Schema(name = "CustomerImport", description = "An import of customers, delivery schedules or products (or its dry run): the file, the "
        + "options, where it stands and what it counted")
public record ImportJson(long id,
                         @Schema(enumeration = {"CUSTOMERS", "SCHEDULES", "PRODUCTS"}, description = "What the file holds") String kind,
                         String fileName, boolean dryRun, boolean allOrNothing, boolean sendInvitations,
                         List<String> labels,
                         @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"}) String status, int totalRows, int processedRows, int progressPercent,
                         Counts counts, String message, String startedBy,
                         @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
                         @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant finishedAt) {

    /** Rows per outcome: planned (dry run) or done; a schedule import creates (a location's first own schedule, or a new
     * stop), updates (a changed schedule) and links nothing; a product import creates and updates products. */
    @Schema(name = "ImportCounts", description = "Rows per outcome: planned (dry run) or done")
    public record Counts(int created, int linked, int updated, int unchanged, int errors) {
    }

    public static ImportJson of(ImportView view) {
        return new ImportJson(view.id(), view.kind().name(), view.fileName(), view.dryRun(), view.allOrNothing(), view.sendInvitations(),
                view.labels(), view.status().name(), view.totalRows(), view.processedRows(), view.progressPercent(),
                new Counts(view.created(), view.linked(), view.updated(), view.unchanged(), view.errors()), view.message(),
                view.startedBy(), view.createdAt(), view.finishedAt());
    }
}
