package com.clientbook.persistence.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.imports.ImportPhase;
import com.clientbook.domain.imports.ImportStatus;

import java.time.Instant;
import java.util.List;

/** One import as stored: who started it with which file and options, where it stands and what it counted. */
public record ImportJob(long id, long vendorId, String startedBy, Long userId, String fileName, List<String> headers,
                        boolean dryRun, boolean allOrNothing, boolean sendInvitations, List<String> labels,
                        ImportStatus status, ImportPhase phase, int totalRows, int processedRows, int created, int linked,
                        int updated, int unchanged, int errors, String message, Instant createdAt, Instant startedAt,
                        Instant finishedAt, ImportKind kind) {

    public boolean finished() {
        return status.finished();
    }
}
