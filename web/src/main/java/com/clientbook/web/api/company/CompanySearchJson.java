package com.clientbook.web.api.company;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to a company search: the hits, best first, at most 20. An object, so fields can be added later. */
@Schema(name = "CompanySearchResult", description = "Customer companies found for linking, the most similar first")
public record CompanySearchJson(List<CompanyHitJson> items) {
}
