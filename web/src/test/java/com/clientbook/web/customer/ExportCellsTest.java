package com.clientbook.web.customer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportCellsTest {

    @Test
    void cellsThatASpreadsheetWouldCalculateStayText() {
        assertEquals("'=HYPERLINK(\"http://evil.example\")", ExportCells.cell("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+43 1 234", ExportCells.cell("+43 1 234"));
        assertEquals("'-1+2", ExportCells.cell("-1+2"));
        assertEquals("'@SUM(A1)", ExportCells.cell("@SUM(A1)"));
    }

    @Test
    void ordinaryCellsAreUnchanged() {
        assertEquals("Café Central", ExportCells.cell("Café Central"));
        assertEquals("K-100", ExportCells.cell("K-100"));
        assertEquals("", ExportCells.cell(null));
        assertEquals("", ExportCells.cell(""));
    }

    @Test
    void labelsAreJoinedAndTheJoinedCellIsNeutralised() {
        assertEquals("vip, Wien", ExportCells.cell(List.of("vip", "Wien")));
        assertEquals("'=1, vip", ExportCells.cell(List.of("=1", "vip")));
    }
}
