package com.clientbook.web.api.reconciliation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Which proposals to accept: by id, and/or all from a score. */
@Schema(name = "AcceptProposals")
public record AcceptProposalsJson(
        @Schema(type = SchemaType.ARRAY, implementation = Long.class,
                description = "Ids of proposals (findings of kind PROPOSAL) to accept") List<Long> proposals,
        @Schema(description = "Accept also every proposal with at least this score (0 to 1)") Double minScore) {
}
