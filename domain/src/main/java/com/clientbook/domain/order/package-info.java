/**
 * Orders: what a customer orders from a vendor for a delivery day at one of its delivery locations, and the lines of
 * products in it (docs/architecture.md, "Orders").
 */
package com.clientbook.domain.order;
