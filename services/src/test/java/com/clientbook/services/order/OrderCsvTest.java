package com.clientbook.services.order;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cells of an order's CSV file: quoted where RFC 4180 needs it, a formula start kept as text. */
class OrderCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunStaysText() {
        assertEquals("'=HYPERLINK(\"x\")", OrderCsv.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'+43 1 234", OrderCsv.cell("+43 1 234"));
        assertEquals("'@SUM(A1)", OrderCsv.cell("@SUM(A1)"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"Bread, rye\"", OrderCsv.cell("Bread, rye"));
        assertEquals("\"12\"\" pizza\"", OrderCsv.cell("12\" pizza"));
        assertEquals("\"two\nlines\"", OrderCsv.cell("two\nlines"));
        assertEquals("K-100", OrderCsv.cell("K-100"));
    }
}
