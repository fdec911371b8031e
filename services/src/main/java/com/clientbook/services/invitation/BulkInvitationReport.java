package com.clientbook.services.invitation;

import java.io.Serializable;
import java.util.List;

/**
 * What inviting many at once did: who was invited, and who was not and why, one line per address. A skipped
 * address whose customer company exists on the platform carries its id, to link it instead.
 */
public record BulkInvitationReport(List<String> invited, List<Skipped> skipped) implements Serializable {

    public BulkInvitationReport {
        invited = List.copyOf(invited);
        skipped = List.copyOf(skipped);
    }

    /** One address not invited: the reason as a bundle key with arguments, and in English. */
    public record Skipped(String email, String reasonKey, List<Object> reasonArguments, String reason,
                          Long existingCompanyId) implements Serializable {
    }
}
