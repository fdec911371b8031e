package com.clientbook.services.imports;

import com.clientbook.domain.shared.ConflictException;

/** A vendor runs one import at a time; a second one is refused until the first has finished. */
public class ImportRunningException extends ConflictException {

    public ImportRunningException(long runningId) {
        super("import.running", null, "Another import of yours (number " + runningId + ") is still running; "
                + "start this one when it has finished.", runningId);
    }
}
