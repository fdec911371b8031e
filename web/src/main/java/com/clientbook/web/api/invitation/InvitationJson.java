package com.clientbook.web.api.invitation;

import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.services.invitation.InvitationView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An invitation as the API shows it; the link's token is never shown, it only travels in the e-mail. */
@Schema(name = "Invitation", description = "A vendor's invitation to one person")
@JsonbPropertyOrder({"id", "email", "firstName", "lastName", "businessName", "customerNumber", "labels", "personal",
        "status", "sentAt", "sentBy", "expiresAt", "acceptedAt", "acceptedBy", "customerId", "createdAt"})
public record InvitationJson(
        @Schema(type = SchemaType.INTEGER, format = "int64") long id,
        String email, String firstName, String lastName, String businessName, String customerNumber,
        List<String> labels,
        @Schema(description = "Only this address may accept") boolean personal,
        @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "ACCEPTED", "EXPIRED", "REVOKED"},
                description = "PENDING, ACCEPTED, EXPIRED or REVOKED, as of the request") InvitationStatus status,
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When the current link was sent (a resend sends a new one)") Instant sentAt,
        @Schema(description = "Who sent it: a person or an API key") String sentBy,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt,
        @Schema(type = SchemaType.STRING, format = "date-time", nullable = true) Instant acceptedAt,
        @Schema(description = "The person who accepted it") String acceptedBy,
        @Schema(description = "The customer it is about, as in /customers/{id}; null until there is one",
                type = SchemaType.INTEGER, format = "int64") Long customerId,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt) {

    static InvitationJson of(InvitationView view) {
        return new InvitationJson(view.id(), view.email(), view.firstName(), view.lastName(), view.businessName(),
                view.customerNumber(), view.labels(), view.personal(), view.status(), view.sentAt(), view.sentBy(),
                view.expiresAt(), view.acceptedAt(), view.acceptedBy(), view.customerId(), view.createdAt());
    }
}
