package com.clientbook.services.imports;

import java.util.List;

/**
 * How to import: {@code allOrNothing} imports nothing while any row has an error (otherwise every valid row is
 * imported and the others reported); {@code sendInvitations} e-mails each new customer's first person the link to
 * set a password, as "Add customer" does; {@code labels} are added to every imported customer.
 */
public record ImportOptions(boolean allOrNothing, boolean sendInvitations, List<String> labels) {

    public ImportOptions {
        labels = labels == null ? List.of() : labels.stream().filter(java.util.Objects::nonNull).toList();
    }

    public static ImportOptions none() {
        return new ImportOptions(false, false, List.of());
    }
}
