/**
 * Delivery days in the API: a customer location's own schedule ({@code /customers/{id}/delivery-locations/{locationId}/schedule}),
 * a customer's delivery days in a range ({@code /customers/{id}/delivery-days}), and the vendor's closure days
 * ({@code /closures}).
 */
package com.clientbook.web.api.delivery;
