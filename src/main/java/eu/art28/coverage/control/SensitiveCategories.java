package eu.art28.coverage.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.art28.catalogue.entity.Codes;

/**
 * The data categories no ordinary agreement covers: special categories (Art. 9 GDPR) and data on criminal
 * convictions and offences (Art. 10), as the catalogue flags them; a code beneath a flagged one is flagged too.
 * Listing such a category in an agreement is not enough: the agreement must allow special categories.
 */
public record SensitiveCategories(Set<String> special, Set<String> criminal) {

    public static final SensitiveCategories NONE = new SensitiveCategories(Set.of(), Set.of());

    public SensitiveCategories {
        special = Set.copyOf(special);
        criminal = Set.copyOf(criminal);
    }

    /** The articles that make the code sensitive, "Art. 9" and then "Art. 10"; empty for ordinary data. */
    public List<String> articles(String code) {
        List<String> articles = new ArrayList<>(2);
        if (special.stream().anyMatch(s -> Codes.covers(s, code))) {
            articles.add("Art. 9");
        }
        if (criminal.stream().anyMatch(c -> Codes.covers(c, code))) {
            articles.add("Art. 10");
        }
        return articles;
    }

    public boolean sensitive(String code) {
        return !articles(code).isEmpty();
    }

    /** The code as a finding names it: with the article that makes it sensitive, "health (Art. 9)". */
    public String named(String code) {
        return code + " (" + String.join(", ", articles(code)) + ")";
    }
}
