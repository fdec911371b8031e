/**
 * A vendor's delivery routes: name, code, delivery weekdays and the default order deadline, a note for the driver, and
 * the stops, delivery locations of the vendor's customers in the order the driver visits them. A location may be a
 * stop on several routes, once on each.
 */
package com.clientbook.domain.route;
