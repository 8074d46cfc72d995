package eu.art28.testing;

import java.util.Arrays;
import java.util.stream.Collectors;

import eu.art28.agreements.entity.Clause;

/** The Art. 28(3) checklist of an agreement as the API takes it (the items of {@code "checklist":[…]}). */
public final class Clauses {

    private Clauses() {
    }

    /** Every clause present, no reference. */
    public static String allPresent() {
        return checklist("");
    }

    /** Every clause present, each found at this place in the text. */
    public static String allPresent(String reference) {
        return checklist(",\"reference\":\"" + reference + "\"");
    }

    private static String checklist(String more) {
        return Arrays.stream(Clause.values()).map(c -> "{\"clause\":\"" + c + "\",\"present\":true" + more + "}")
                .collect(Collectors.joining(","));
    }
}
