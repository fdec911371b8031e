package com.clientbook.web.api.reconciliation;

import com.clientbook.services.reconciliation.AcceptResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What accepting did. */
@Schema(name = "AcceptedProposals")
public record AcceptedJson(@Schema(description = "Customer numbers assigned now") int assigned,
                           @Schema(description = "Proposals accepted before (nothing changed)") int unchanged) {

    static AcceptedJson of(AcceptResult result) {
        return new AcceptedJson(result.assigned(), result.unchanged());
    }
}
