package com.clientbook.web.api.invitation;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.invitation.InvitationView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a vendor's invitations, most recently sent first. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "InvitationPage", description = "One page of the vendor's invitations")
public record InvitationPageJson(List<InvitationJson> items, int page, int size,
                                 @Schema(type = SchemaType.INTEGER, format = "int64") long totalItems) {

    static InvitationPageJson of(Page<InvitationView> page) {
        return new InvitationPageJson(page.items().stream().map(InvitationJson::of).toList(), page.page(), page.size(),
                page.totalItems());
    }
}
