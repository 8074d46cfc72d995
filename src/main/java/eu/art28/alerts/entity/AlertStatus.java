package eu.art28.alerts.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    /** What still needs someone: open, or acknowledged and being worked on. */
    public static final List<AlertStatus> UNRESOLVED = List.of(OPEN, ACKNOWLEDGED);

    /** Several statuses as a link writes them, comma-separated; a name that is no status is left out. */
    public static List<AlertStatus> parse(String statuses) {
        if (statuses == null) {
            return List.of();
        }
        return Arrays.stream(statuses.split(",")).map(String::strip)
                .flatMap(name -> Arrays.stream(values()).filter(s -> s.name().equals(name))).distinct().toList();
    }

    public static String join(Collection<AlertStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
