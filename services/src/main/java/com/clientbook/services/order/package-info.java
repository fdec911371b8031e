/**
 * Orders: placing them for a delivery day (by the customer's people, by the vendor's people on the customer's behalf,
 * by the vendor's ERP), changing, cancelling, confirming and delivering them, lists and picking lists
 * (docs/product-rules.md, "Orders").
 */
package com.clientbook.services.order;
