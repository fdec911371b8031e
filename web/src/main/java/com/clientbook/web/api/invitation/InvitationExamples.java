package com.clientbook.web.api.invitation;

/** Example JSON for the OpenAPI document. */
final class InvitationExamples {

    static final String INVITATION = """
            {"id": 301, "email": "kim@gasthaus-krone.example", "firstName": "Kim", "lastName": "Krone",
             "businessName": "Gasthaus Krone", "customerNumber": "A-0042", "labels": ["Tirol"], "personal": false,
             "status": "PENDING", "sentAt": "2026-11-24T09:15:02.118Z", "sentBy": "Anna Admin <anna@alpine-fresh.example>",
             "expiresAt": "2026-12-08T09:15:02.118Z", "acceptedAt": null, "acceptedBy": null, "customerId": null,
             "createdAt": "2026-11-24T09:15:02.118Z"}""";

    static final String PAGE = "{\"items\": [" + INVITATION + "], \"page\": 0, \"size\": 50, \"totalItems\": 1}";

    static final String NEW_INVITATION = """
            {"email": "kim@gasthaus-krone.example", "firstName": "Kim", "lastName": "Krone",
             "businessName": "Gasthaus Krone", "customerNumber": "A-0042", "labels": ["Tirol"], "personal": false}""";

    static final String INVALID = """
            {"type": "urn:clientbook:problem:error.invalidInput", "title": "Invalid input", "status": 400,
             "detail": "The input is not valid; errors names each field at fault.",
             "errors": [{"field": "email", "message": "must be a well-formed email address"},
                        {"field": "firstName", "message": "must not be blank"}]}""";

    static final String LINK_INSTEAD = """
            {"type": "urn:clientbook:problem:customer.emailTaken", "title": "Conflict", "status": 409,
             "detail": "The e-mail address kim@gasthaus-krone.example already belongs to a customer company on Clientbook; link that company (POST /customers/links with this e-mail address) instead of adding it again.",
             "errors": [{"field": "email", "message": "The e-mail address kim@gasthaus-krone.example already belongs to a customer company on Clientbook; link that company (POST /customers/links with this e-mail address) instead of adding it again."}],
             "existingCompanyId": "3f1c2a9e-8b4d-4c1e-9a57-0d6b2e7f4a10"}""";

    static final String VENDOR_ADDRESS = """
            {"type": "urn:clientbook:problem:invitation.addressNotInvitable", "title": "Refused by a business rule", "status": 422,
             "detail": "The e-mail address ben.admin@baltic-beverages.example cannot be invited; invite another address of the customer.",
             "errors": [{"field": "email", "message": "The e-mail address ben.admin@baltic-beverages.example cannot be invited; invite another address of the customer."}]}""";

    static final String NOT_USABLE = """
            {"type": "urn:clientbook:problem:invitation.notUsable.ACCEPTED", "title": "Refused by a business rule", "status": 422,
             "detail": "This invitation has been accepted already."}""";

    static final String NOT_FOUND = """
            {"type": "urn:clientbook:problem:error.notFound", "title": "Not found", "status": 404,
             "detail": "Invitation 301 was not found."}""";

    static final String INVALID_QUERY = """
            {"type": "urn:clientbook:problem:error.invalidInput", "title": "Invalid input", "status": 400,
             "detail": "The input is not valid; errors names each field at fault.",
             "errors": [{"field": "status", "message": "must be PENDING, ACCEPTED, EXPIRED or REVOKED"}]}""";

    private InvitationExamples() {
    }
}
