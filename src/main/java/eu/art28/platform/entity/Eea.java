package eu.art28.platform.entity;

import java.util.Set;

/**
 * The European Economic Area: the EU member states plus Iceland, Liechtenstein and Norway. Processing here
 * needs no transfer safeguard. The list the administrator keeps is the table {@code transfer_country}, asked
 * through {@code transfers.control.TransferRules}; this copy stays only until the coverage engine and the
 * benchmark's workload ask the rules too, and goes then.
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
