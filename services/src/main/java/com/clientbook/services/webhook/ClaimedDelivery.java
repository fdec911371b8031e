package com.clientbook.services.webhook;

import java.util.List;

/** A delivery a sender holds: everything it needs to post it, read in the claiming transaction. */
public record ClaimedDelivery(long deliveryId, long endpointId, String url, List<String> secrets, String messageId,
                             String payload) {
}
