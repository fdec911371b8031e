package com.clientbook.domain.delivery;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * Delivery weekdays as one small number, Monday bit 0 to Sunday bit 6: one column, and SQL can ask "delivers on
 * Thursday" as {@code (delivery_weekdays & 8) <> 0}.
 */
@Converter
public class Weekdays implements AttributeConverter<Set<DayOfWeek>, Short> {

    @Override
    public Short convertToDatabaseColumn(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek day : days == null ? Set.<DayOfWeek>of() : days) {
            bits |= bit(day);
        }
        return (short) bits;
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(Short bits) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (bits != null && (bits & bit(day)) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    /** The bit of one weekday, for SQL that filters by it. */
    public static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }
}
