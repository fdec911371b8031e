package com.clientbook.services.delivery;

import java.io.Serializable;

/** A route as a filter offers it: its id, code and name ({@link DeliveryPlans#routeNames}). */
public record RouteName(long id, String code, String name) implements Serializable {
}
