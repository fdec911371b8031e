package com.clientbook.services.bulk;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk action did: how many customers it changed, and one line per customer it refused, with the reason as a
 * bundle key and arguments (and in English, for logs and tests).
 */
public record BulkResult(int done, List<Refusal> refused) implements Serializable {

    public BulkResult {
        refused = List.copyOf(refused);
    }

    /**
     * One customer the action refused: its id, its name (null when it is none of the vendor's customers, which is
     * told as "not found", like an id that does not exist), and why.
     */
    public record Refusal(long customerId, String companyName, String reasonKey, List<Object> reasonArguments,
                          String reason) implements Serializable {
    }
}
