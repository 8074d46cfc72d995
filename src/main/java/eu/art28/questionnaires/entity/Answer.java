package eu.art28.questionnaires.entity;

import java.util.List;

/**
 * What the vendor answered to one question: for yes/no {@code YES}, {@code NO} or {@code NOT_APPLICABLE}; for a
 * choice the codes chosen; for text the text; for a day the ISO day; for a file its name. A comment may go with any.
 */
public record Answer(List<String> values, String comment) {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    public Answer {
        values = values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public static Answer of(String value) {
        return new Answer(List.of(value), null);
    }

    public boolean given() {
        return !values.isEmpty();
    }

    public boolean notApplicable() {
        return values.equals(List.of(NOT_APPLICABLE));
    }

    public String value() {
        return values.isEmpty() ? null : values.get(0);
    }
}
