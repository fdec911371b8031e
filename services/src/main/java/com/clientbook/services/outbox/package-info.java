/**
 * Queues e-mail in the caller's transaction and sends it in the background with retries.
 */
package com.clientbook.services.outbox;
