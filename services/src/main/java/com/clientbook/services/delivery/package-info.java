/**
 * When a vendor delivers to each delivery location of a customer, and until when the customer may order for it: the
 * location's own delivery schedule or its routes' days ({@link com.clientbook.services.delivery.DeliveryPlans}), and
 * the vendor's closure days ({@link com.clientbook.services.delivery.ClosureService}). Deadlines are instants, shown in
 * the vendor's time zone and in the customer's (docs/architecture.md, "The delivery calendar").
 */
package com.clientbook.services.delivery;
