/**
 * Webhooks: a vendor's endpoints, which receive signed events about its customers and orders, and the deliveries of
 * those events, written as an outbox in the transaction of the change that caused them.
 */
package com.clientbook.domain.webhook;
