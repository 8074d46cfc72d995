package eu.art28.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class StackedBarsTest {

    private static JsonObject chart(boolean horizontal) {
        String json = StackedBars.json(List.of("No agreement", "Purpose not covered"), List.of(
                new StackedBars.Series("Low", "#7f8c8d", List.of(0L, 1L)),
                new StackedBars.Series("High", "#c0392b", List.of(3L, 0L))), horizontal);
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aBarPerLabelAPartPerSeriesInTheirOrder() {
        JsonObject data = chart(true).getJsonObject("data");
        assertEquals(List.of("No agreement", "Purpose not covered"),
                data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("High", data.getJsonArray("datasets").getJsonObject(1).getString("label"));
        assertEquals(3, data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").getInt(0));
    }

    @Test
    void stackedOnBothAxesCountsInWholeNumbersAndStandingStill() {
        JsonObject options = chart(true).getJsonObject("options");
        assertEquals("y", options.getString("indexAxis"));
        assertTrue(options.getJsonObject("scales").getJsonObject("x").getBoolean("stacked"));
        assertTrue(options.getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
        assertEquals(0, options.getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getInt("precision"));
        assertFalse(options.getBoolean("animation"), "a bar that grows is not where a click aims");
        assertEquals("x", chart(false).getJsonObject("options").getString("indexAxis"));
        assertEquals(0, chart(false).getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("ticks").getInt("precision"));
    }
}
