package com.clientbook.web.api.order;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /orders/{id}}: the order's lines and note anew. */
@Schema(name = "OrderChange")
public record OrderChangeJson(@Schema(required = true, type = SchemaType.ARRAY, implementation = ChangedLineJson.class)
                              List<ChangedLineJson> lines,
                              @Schema(nullable = true, maxLength = 1000) String note) {

    List<OrderLineInputJson> inputLines() {
        return lines == null ? null : lines.stream().map(line -> line == null ? null : line.input()).toList();
    }
}
