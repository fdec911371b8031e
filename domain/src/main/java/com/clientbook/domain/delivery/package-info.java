/**
 * When a vendor delivers and until when a customer may order for it: the delivery schedule of a route or of one
 * delivery location (weekdays, every N weeks from a start date, an order deadline), the vendor's closures (public
 * holidays, inventory days) that skip or move a delivery, and the calendar that turns them into the next delivery
 * days, each with its order deadline as an instant. Pure {@code java.time}: the vendor's time zone decides the
 * deadline (docs/product-rules.md, "delivery day" and "order deadline"); each person sees it in their own zone.
 */
package com.clientbook.domain.delivery;
