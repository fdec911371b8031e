package com.clientbook.services.reconciliation;

/**
 * What accepting proposals did.
 *
 * @param assigned   numbers assigned now
 * @param unchanged  proposals accepted before, or whose customer had the number already
 */
public record AcceptResult(int assigned, int unchanged) {
}
