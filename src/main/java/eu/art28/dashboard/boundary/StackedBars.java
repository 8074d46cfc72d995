package eu.art28.dashboard.boundary;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A stacked bar chart as Chart.js reads it, the value of {@code p:chart}: one bar per label, one coloured part
 * per series. A click on a part reports the label's index as the item and the series' index as the data set.
 */
public final class StackedBars {

    public record Series(String label, String colour, List<Long> values) {
    }

    private StackedBars() {
    }

    /** Horizontal bars suit long labels (alert types); vertical ones a time axis (months). */
    public static String json(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(values::add);
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("backgroundColor", s.colour())
                    .add("data", values));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        // whole numbers only on the count axis: there is no half an alert
        JsonObjectBuilder counts = Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        // no animation: the bars stand where they are drawn, for people who get motion sick and
                        // for a browser test that clicks one
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add(horizontal ? "x" : "y", counts)
                                .add(horizontal ? "y" : "x", stacked))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
