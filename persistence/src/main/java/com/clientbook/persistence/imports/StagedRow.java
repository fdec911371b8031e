package com.clientbook.persistence.imports;

import java.util.List;

/** A row of an import file as stored on upload: the original cells, the values read from them, errors found alone. */
public record StagedRow(int rowNumber, List<String> original, String companyName, String email, String customerNumber,
                        List<String> labels, String firstName, String lastName, String phone, String street,
                        String postalCode, String city, String country, String language, String fileErrorColumn,
                        String fileError) {
}
