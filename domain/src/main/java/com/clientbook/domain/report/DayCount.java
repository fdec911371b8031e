package com.clientbook.domain.report;

import java.io.Serializable;
import java.time.LocalDate;

/** A count for one day, or for the week that starts on that day (a Monday). */
public record DayCount(LocalDate day, long count) implements Serializable {
}
