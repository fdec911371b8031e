package com.clientbook.persistence.imports;

import java.time.Instant;
import java.util.List;

/** One import as stored: who started it with which file and options, where it stands and what it counted. */
public record ImportJob(long id, long vendorId, String startedBy, Long userId, String fileName, List<String> headers,
                        boolean dryRun, boolean allOrNothing, boolean sendInvitations, List<String> labels, String status,
                        String phase, int totalRows, int processedRows, int created, int linked, int updated,
                        int unchanged, int errors, String message, Instant createdAt, Instant startedAt,
                        Instant finishedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String CHECK = "CHECK";
    public static final String APPLY = "APPLY";

    public boolean finished() {
        return DONE.equals(status) || FAILED.equals(status);
    }
}
