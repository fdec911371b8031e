package com.clientbook.web.api.customer;

/** Example JSON for the OpenAPI document, kept apart so the resource reads as code. */
public final class CustomerExamples {

    static final String CUSTOMER = """
            {"id": 1051, "companyId": "3f1c2a9e-8b4d-4c1e-9a57-0d6b2e7f4a10", "companyName": "Gasthaus Krone", "email": "info@gasthaus-krone.example",
             "customerNumber": "A-0042", "labels": [], "status": "PROSPECT", "banned": false,
             "street": "Hauptstrasse 5", "postalCode": "6020", "city": "Innsbruck", "country": "AT",
             "routes": ["T2"], "createdAt": "2026-11-24T09:15:02.118Z", "updatedAt": "2026-11-24T09:15:02.118Z"}""";

    static final String PAGE = "{\"items\": [" + CUSTOMER + "], \"page\": 0, \"size\": 50, \"totalItems\": 1}";

    static final String NEW_CUSTOMER = """
            {"companyName": "Gasthaus Krone", "email": "info@gasthaus-krone.example",
             "contactFirstName": "Kim", "contactLastName": "Krone", "phone": "+43 512 123456",
             "street": "Hauptstrasse 5", "postalCode": "6020", "city": "Innsbruck", "country": "AT",
             "customerNumber": "A-0042", "labels": [], "sendInvitation": true}""";

    public static final String NOT_FOUND = """
            {"type": "urn:clientbook:problem:error.notFound", "title": "Not found", "status": 404,
             "detail": "Customer 1051 was not found."}""";

    static final String INVALID = """
            {"type": "urn:clientbook:problem:error.invalidInput", "title": "Invalid input", "status": 400,
             "detail": "The input is not valid; errors names each field at fault.",
             "errors": [{"field": "companyName", "message": "must not be blank"},
                        {"field": "email", "message": "must be a well-formed email address"}]}""";

    static final String INVALID_QUERY = """
            {"type": "urn:clientbook:problem:error.invalidInput", "title": "Invalid input", "status": 400,
             "detail": "The input is not valid; errors names each field at fault.",
             "errors": [{"field": "sort", "message": "must be companyName, customerNumber, city or createdAt, then optionally ,asc or ,desc"}]}""";

    static final String DUPLICATE = """
            {"type": "urn:clientbook:problem:customer.emailTaken", "title": "Conflict", "status": 409,
             "detail": "The e-mail address info@gasthaus-krone.example already belongs to a customer company on Clientbook; link that company (POST /customers/links with this e-mail address) instead of adding it again.",
             "errors": [{"field": "email", "message": "The e-mail address info@gasthaus-krone.example already belongs to a customer company on Clientbook; link that company (POST /customers/links with this e-mail address) instead of adding it again."}],
             "existingCompanyId": "3f1c2a9e-8b4d-4c1e-9a57-0d6b2e7f4a10"}""";

    static final String NUMBER_CHANGE = """
            {"customerNumber": "K-10045"}""";

    static final String COMPANY_CORRECTION = """
            {"companyName": "Gasthaus Krone", "email": "kueche@gasthaus-krone.example", "contactFirstName": "Maria"}""";

    static final String COMPANY_DATA_OWNED = """
            {"type": "urn:clientbook:problem:customer.companyData.registered", "title": "Conflict", "status": 409,
             "detail": "Somebody of Gasthaus Krone has registered on Clientbook: the company keeps its own data now."}""";

    static final String NUMBER_TAKEN = """
            {"type": "urn:clientbook:problem:customer.numberTaken", "title": "Conflict", "status": 409,
             "detail": "Customer number K-10045 is already used for Gasthaus Krone.",
             "errors": [{"field": "customerNumber", "message": "Customer number K-10045 is already used for Gasthaus Krone."}]}""";

    static final String STALE = """
            {"type": "urn:clientbook:problem:error.concurrentChange", "title": "Changed by someone else", "status": 412,
             "detail": "Customer 1051 was changed by someone else in the meantime. Reload it and try again."}""";

    static final String HISTORY = """
            {"items": [
              {"occurredAt": "2026-03-02T09:15:00Z", "actor": "Anna Admin <anna@alpine-fresh.example>", "action": "CHANGED",
               "field": "customerNumber", "oldValue": "K-100", "newValue": "K-10045"},
              {"occurredAt": "2026-03-01T08:00:00Z", "actor": "Demo ERP", "action": "CUSTOMER_CREATED",
               "field": null, "oldValue": null, "newValue": null}]}""";

    private CustomerExamples() {
    }
}
