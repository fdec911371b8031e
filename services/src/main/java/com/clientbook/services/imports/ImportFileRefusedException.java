package com.clientbook.services.imports;

import com.clientbook.domain.shared.RuleViolationException;

import java.util.logging.Logger;

/** The uploaded file is not a customer list Clientbook can read: too big, binary, broken, or shaped wrongly. */
public class ImportFileRefusedException extends RuleViolationException {

    private static final Logger LOG = Logger.getLogger(ImportFileRefusedException.class.getName());

    /**
     * A file refused for a reason the pages word from their bundles in the reader's language:
     * {@code import.fileRefused.<reason>} with the arguments; {@code english} is the API's and the log's wording.
     */
    public static ImportFileRefusedException because(String reason, String english, Object... arguments) {
        return new ImportFileRefusedException("import.fileRefused." + reason, "The file was refused: " + english, arguments);
    }

    private ImportFileRefusedException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, "file", englishMessage, arguments);
    }

    /**
     * A workbook that inflates far beyond its size. The parser's words ({@code internals}) are for the log, never
     * for the person: they name Java classes and limits nobody can act on.
     */
    public static ImportFileRefusedException zipBomb(String internals) {
        LOG.info(() -> "Import file refused as a zip bomb: " + internals);
        return new ImportFileRefusedException("import.fileRefused.zipBomb", "The file was refused: it expands to far "
                + "more than its size, as a zip bomb does. Save the sheet again from Excel, or as CSV.");
    }

    /** A zip or workbook POI cannot read safely; the parser's words go to the log only. */
    public static ImportFileRefusedException unreadableWorkbook(String internals) {
        LOG.info(() -> "Import file refused as an unreadable workbook: " + internals);
        return new ImportFileRefusedException("import.fileRefused.unreadableWorkbook", "The file was refused: it is not "
                + "an Excel workbook (.xlsx) Clientbook can read safely. Save it again from Excel, or as CSV.");
    }

    /** A schedule file whose header lacks the customer number, or both the delivery day and the route code. */
    public static ImportFileRefusedException scheduleHeader() {
        return new ImportFileRefusedException("import.fileRefused.scheduleHeader", "The file was refused: the first row must be "
                + "a header with the column \"customer number\" and \"delivery day\" or \"route code\" (or both). Download "
                + "the sample schedule file to see the layout.");
    }

    /** A product file whose header lacks one of article number, name, unit and pack size. */
    public static ImportFileRefusedException productHeader(String missing) {
        return new ImportFileRefusedException("import.fileRefused.productHeader", "The file was refused: the first row must be "
                + "a header with the columns \"article number\", \"name\", \"unit\" and \"pack size\"; \"" + missing
                + "\" is missing. Download the sample product file to see the layout.", missing);
    }

    /** More bytes than an import file may have. */
    public static ImportFileRefusedException tooLarge(long bytes, long maxMegabytes) {
        return new ImportFileRefusedException("import.fileRefused.tooLarge", "The file was refused: it has " + bytes
                + " bytes; an import file may have at most " + maxMegabytes + " MB. Split it into several files.", maxMegabytes);
    }
}
