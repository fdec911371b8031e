/**
 * Webhooks: vendor admins register endpoints; changes write their events to the webhook outbox in their own
 * transaction ({@link com.clientbook.services.webhook.WebhookEvents}); senders deliver them afterwards, signed per
 * Standard Webhooks, retried, in order per customer, each once per endpoint
 * ({@link com.clientbook.services.webhook.WebhookSender}). Addresses are checked against SSRF at registration and at
 * every delivery ({@link com.clientbook.services.webhook.WebhookAddressPolicy}).
 */
package com.clientbook.services.webhook;
