package com.clientbook.domain.imports;

/** Where an import stands: waiting for a worker, being worked on, or over (done or failed). */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
