package eu.art28.audit.entity;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** One field of one audit entry: its value before and after, as JSON (text, number, list, or null). */
public record Change(String field, JsonValue before, JsonValue after) {

    public String beforeText() {
        return text(before);
    }

    public String afterText() {
        return text(after);
    }

    /** Text as itself, nothing as nothing, anything else (numbers, lists, embedded values) as its JSON. */
    public static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
