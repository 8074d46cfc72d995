package eu.art28.platform.entity;

import java.util.Set;

/**
 * The European Economic Area: the EU member states plus Iceland, Liechtenstein and Norway. Processing here
 * needs no transfer safeguard. (Adequacy decisions become editable data with the sub-processor chain.)
 */
public final class Eea {

    private static final Set<String> MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    private Eea() {
    }

    public static boolean contains(String country) {
        return MEMBERS.contains(country);
    }
}
