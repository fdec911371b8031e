/** A vendor's routes in the API: the routes, their stops in the driver's order, their next deliveries. */
package com.clientbook.web.api.route;
