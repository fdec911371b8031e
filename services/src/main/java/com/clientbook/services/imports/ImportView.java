package com.clientbook.services.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportPhase;
import com.clientbook.domain.imports.ImportStatus;
import com.clientbook.persistence.imports.ImportJob;

import java.time.Instant;
import java.util.List;

/** An import as its vendor sees it: what it imports (customers or schedules), the file, the options, where it stands, and what it counted so far. */
public record ImportView(long id, String fileName, String startedBy, boolean dryRun, boolean allOrNothing,
                         boolean sendInvitations, List<String> labels, ImportStatus status, int totalRows, int processedRows,
                         int created, int linked, int updated, int unchanged, int errors, String message,
                         Instant createdAt, Instant finishedAt, ImportKind kind) implements java.io.Serializable {

    /** What a failed batch leaves in the message, always the same: the cause goes to the server's log only. */
    public static final String BATCH_FAILED = ImportMessage.of("import.failed.batch");

    static ImportView of(ImportJob job) {
        // an all-or-nothing import first checks every row, then does them: progress runs over both passes
        boolean twoPasses = !job.dryRun() && job.allOrNothing();
        int processed = twoPasses && job.phase() == ImportPhase.CHECK && !job.finished() ? 0 : job.processedRows();
        return new ImportView(job.id(), job.fileName(), job.startedBy(), job.dryRun(), job.allOrNothing(),
                job.sendInvitations(), job.labels(), job.status(), job.totalRows(), processed, job.created(), job.linked(),
                job.updated(), job.unchanged(), job.errors(), job.message(), job.createdAt(), job.finishedAt(), job.kind());
    }

    public boolean finished() {
        return status.finished();
    }

    /** The message about the whole import (why it failed, say), in English: the API's words. */
    @Override
    public String message() {
        return ImportMessage.english(message);
    }

    /** The message about the whole import in the reader's language. */
    public String message(java.util.Locale locale) {
        return ImportMessage.in(locale, message);
    }

    /** 0 to 100. */
    public int progressPercent() {
        if (finished()) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) Math.min(99, 100L * processedRows / totalRows);
    }
}
