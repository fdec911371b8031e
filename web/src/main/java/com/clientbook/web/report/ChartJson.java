package com.clientbook.web.report;

import com.clientbook.domain.report.DayCount;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (which takes them as JSON): bar charts of one or two series
 * over the same labels, whole numbers on the value axis, colours the theme's contrast allows.
 */
public final class ChartJson {

    /** The first series' colour (the theme's blue) and the second's (a darker grey-blue, apart from it at a glance). */
    private static final String[] COLOURS = {"#1e6fd9", "#7a8ca5"};

    private ChartJson() {
    }

    /** One series of bars per label. */
    public record Series(String label, List<? extends Number> values) {
    }

    /** Vertical bars (horizontal with {@code horizontal}), a legend when there are two series. */
    public static String bars(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            series.get(i).values().forEach(v -> values.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label()).add("data", values)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        String valueAxis = horizontal ? "x" : "y";
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", series.size() > 1)))
                .add("scales", Json.createObjectBuilder()
                        .add(valueAxis, Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /** The counts' values, in order. */
    public static List<Long> counts(List<DayCount> counts) {
        return counts.stream().map(DayCount::count).toList();
    }
}
