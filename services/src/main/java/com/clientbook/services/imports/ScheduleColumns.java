package com.clientbook.services.imports;

import java.util.List;
import java.util.Map;

/**
 * Which column of a schedule file holds which value (issue 14, WEGOTRADE's columns). Headers are matched as
 * {@link ImportColumns} matches them (case, blanks, hyphens, underscores, a trailing {@code *} and accents aside), in
 * English or German ("Delivery day", "Liefertag"). The customer number is required, and delivery days or a route code.
 */
public final class ScheduleColumns {

    /** The columns a schedule import reads, in the order of the sample file. */
    public enum Column {
        CUSTOMER_NUMBER("customer number", "customernumber", "customerno", "kundennummer", "kundennr"),
        LOCATION_EXTERNAL_ID("location external id", "externalid", "locationid", "location", "standortid", "standort",
                "lieferadresseid", "kennung", "externekennung"),
        DELIVERY_DAY("delivery day", "deliverydays", "deliveryweekday", "weekday", "weekdays", "liefertag", "liefertage",
                "wochentag"),
        ENABLED("enabled", "active", "aktiv", "aktiviert"),
        DEADLINE_DAY("deadline day", "orderdeadlineday", "bestellschlusstag"),
        DEADLINE_TIME("deadline time", "orderdeadlinetime", "bestellschlussuhrzeit", "bestellschlusszeit"),
        START_DATE("start date", "recurrencestart", "recurrencestartdate", "startdatum", "abdatum", "gultigab"),
        EVERY_WEEKS("interval weeks", "interval", "intervalweeks", "everyweeks", "recurrenceinterval", "intervall",
                "intervallwochen", "rhythmus", "allewochen"),
        ROUTE_CODE("route code", "route", "routecode", "tour", "tourkurzel", "tourcode");

        private final String title;
        private final List<String> names;

        Column(String title, String... names) {
            this.title = title;
            this.names = ImportColumns.keys(title, names);
        }

        /** The column's name in the sample file and in error messages. */
        public String title() {
            return title;
        }
    }

    private final Map<Column, Integer> positions;

    private ScheduleColumns(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /** Finds the columns in a header row; refuses a header without customer number, with nothing to import, or twice. */
    public static ScheduleColumns of(List<String> header) {
        Map<Column, Integer> positions = ImportColumns.positions(header, Column.class, column -> column.names, Column::title);
        if (!positions.containsKey(Column.CUSTOMER_NUMBER)
                || !positions.containsKey(Column.DELIVERY_DAY) && !positions.containsKey(Column.ROUTE_CODE)) {
            throw ImportFileRefusedException.scheduleHeader();
        }
        return new ScheduleColumns(positions);
    }

    /** The value of a column in a row, or {@code null} when the file has no such column or the row is shorter. */
    public String value(List<String> row, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? null : row.get(position);
    }
}
