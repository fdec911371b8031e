/**
 * Webhook endpoints and the outbox of their deliveries; senders claim due deliveries with a lease.
 */
package com.clientbook.persistence.webhook;
