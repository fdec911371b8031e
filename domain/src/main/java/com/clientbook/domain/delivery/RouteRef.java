package com.clientbook.domain.delivery;

/**
 * A route as a delivery location's days know it: which route brings the goods, and on which days it runs.
 *
 * @param schedule the route's days ({@code Route.schedule()}): none while the route is inactive
 */
public record RouteRef(long id, String name, String code, DeliverySchedule schedule) {
}
