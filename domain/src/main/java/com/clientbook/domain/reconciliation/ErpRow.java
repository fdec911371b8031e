package com.clientbook.domain.reconciliation;

import java.util.List;

/** One row of an ERP's customer list: its cells as uploaded and the five values read from them. */
public record ErpRow(int rowNumber, List<String> original, String customerNumber, String name, String email,
                     String postalCode, String city) {
}
