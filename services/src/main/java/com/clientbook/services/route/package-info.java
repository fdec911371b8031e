/**
 * A vendor's routes as use cases: create, describe and archive a route; add, move and remove its stops (delivery
 * locations of the vendor's customers, nowhere else); the next delivery days with their deadlines; the route's history.
 * Vendor admins and staff keep routes. A delivery location its customer removes leaves every route it was on, in the
 * routes' history ({@link com.clientbook.services.route.RouteStops}).
 */
package com.clientbook.services.route;
