/**
 * {@code /products}: a vendor's products for its ERP: list with search and paging, read with ETag, create with
 * Idempotency-Key, change with If-Match (PUT replaces, PATCH merges), deactivate. Another vendor's product answers 404.
 */
package com.clientbook.web.api.product;
