/**
 * Delivery days on the pages: the delivery section of the customer details page (each location's schedule, its
 * routes, its next deliveries with deadlines in both time zones), the vendor's closure days, and the customer's view of
 * each vendor's delivery days on My vendors.
 */
package com.clientbook.web.delivery;
