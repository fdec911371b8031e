package com.clientbook.services.imports;

import com.clientbook.services.imports.ImportColumns.Column;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportMessageTest {

    @Test
    void aRowsErrorsAreSaidInTheReadersLanguageWithTheColumnsInTheirWords() {
        String stored = ImportMessage.join(List.of(
                ImportMessage.of("import.row.missing", ImportMessage.name(Column.COMPANY_NAME.name())),
                ImportMessage.of("import.row.notEmail", ImportMessage.name(Column.EMAIL.name()), "bad@@x")));

        assertEquals("company name: missing; email: \"bad@@x\" is not an e-mail address.", ImportMessage.english(stored));
        assertEquals("Firmenname: fehlt; E-Mail: „bad@@x“ ist keine E-Mail-Adresse.", ImportMessage.in(Locale.GERMAN, stored));
    }

    @Test
    void anUpdateNamesWhatItChanges() {
        String stored = ImportMessage.of("import.row.update", ImportMessage.name(Column.CUSTOMER_NUMBER.name() + ",phone"));

        assertEquals("Changes customer number, phone.", ImportMessage.english(stored));
        assertEquals("Ändert Kundennummer, Telefon.", ImportMessage.in(Locale.GERMAN, stored));
    }

    @Test
    void theDatabaseCompletesADuplicatesMessageAfterItsHead() {
        String head = ImportMessage.of("import.row.duplicate", ImportMessage.name(Column.EMAIL.name())) + ImportMessage.ARGUMENT;
        String stored = head + "a@example.com" + ImportMessage.ARGUMENT + 2;

        assertEquals("email: a@example.com is also in row 2.", ImportMessage.english(stored));
        assertEquals("E-Mail: a@example.com steht auch in Zeile 2.", ImportMessage.in(Locale.GERMAN, stored));
    }

    @Test
    void aCellCannotForgeTheFormatAndATextWrittenBeforeStaysAsItIs() {
        String stored = ImportMessage.of("import.row.notEmail", ImportMessage.name(Column.EMAIL.name()),
                "x" + ImportMessage.PART + "import.row.create");

        assertEquals("email: \"x import.row.create\" is not an e-mail address.", ImportMessage.english(stored));
        assertEquals("company name: missing.", ImportMessage.in(Locale.GERMAN, "company name: missing."));
        assertEquals("Nothing to change.", ImportMessage.english(ImportMessage.of("import.row.unchanged")));
        assertEquals("3 Zeilen haben Fehler; nichts wurde importiert. Korrigieren Sie sie und laden Sie die Datei erneut hoch.",
                ImportMessage.in(Locale.GERMAN, ImportMessage.of("import.failed.rowErrors", 3)));
    }
}
