package com.clientbook.services.reconciliation;

/** One customer of the ERP's list as the API sends it. */
public record ErpValues(String customerNumber, String name, String email, String postalCode, String city) {

    static final ErpValues NONE = new ErpValues(null, null, null, null, null);
}
