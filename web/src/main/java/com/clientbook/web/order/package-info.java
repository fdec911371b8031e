/**
 * The vendor's order pages: the orders list with its filters and export, one order's details with confirm, cancel
 * and deliver, and the picking list of a delivery day (per product, and per route in stop order).
 *
 * <p>The ordering pages: the order form a customer's admins and buyers place orders with ({@code /customer/order.xhtml}) and
 * the same form for the vendor's people ordering on a customer's behalf ({@code /vendor/order-for.xhtml}), sharing
 * {@code WEB-INF/includes/order-form.xhtml}; the customer's own orders ({@code /customer/orders.xhtml}) and one of them,
 * changed or cancelled until its deadline ({@code /customer/order-details.xhtml}); the last orders on the vendor's
 * customer details page. Every rule is the services' ({@code OrderService}); the pages only word its refusals.
 */
package com.clientbook.web.order;
