/**
 * {@code /vendor/webhooks.xhtml}: a vendor admin's webhook endpoints and their deliveries.
 */
package com.clientbook.web.webhook;
