package com.clientbook.web.api.route;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.route.RouteSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a vendor's routes, with the total the list has without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "RoutePage", description = "One page of the vendor's current routes, by name")
public record RoutePageJson(List<RouteSummaryJson> items, int page, int size,
                            @Schema(type = SchemaType.INTEGER, format = "int64",
                                    description = "How many routes match, on all pages") long totalItems) {

    static RoutePageJson of(Page<RouteSummary> page) {
        return new RoutePageJson(page.items().stream().map(RouteSummaryJson::of).toList(), page.page(), page.size(), page.totalItems());
    }
}
