/**
 * {@code /api/v1/webhooks}: a vendor's webhook endpoints, their deliveries, resending and test events.
 */
package com.clientbook.web.api.webhook;
