package com.clientbook.services.delivery;

import java.io.Serializable;
import java.util.List;

/** One delivery location at one vendor: where its days come from, and its next deliveries. */
public record LocationPlan(ScheduleView schedule, List<PlannedDelivery> next) implements Serializable {
}
