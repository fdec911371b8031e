package com.clientbook.services.imports;

import com.clientbook.domain.shared.RuleViolationException;

/** The uploaded file is not a customer list Clientbook can read: too big, binary, broken, or shaped wrongly. */
public class ImportFileRefusedException extends RuleViolationException {

    public ImportFileRefusedException(String reason) {
        super("import.fileRefused", "file", "The file was refused: " + reason, reason);
    }
}
