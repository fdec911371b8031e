/**
 * The vendor's order pages: the orders list with its filters and export, one order's details with confirm, cancel
 * and deliver, and the picking list of a delivery day (per product, and per route in stop order).
 */
package com.clientbook.web.order;
