package eu.art28.reports.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column procurement's spreadsheet may have, with the headers it is known by in English and Dutch. Headers are
 * compared without case, spaces, dashes, dots and underscores, so "KvK-nummer" and "kvk_number" both find it.
 */
public enum ProcessorImportColumn {

    NAME("name", true, "naam", "processor", "verwerker"),
    KVK_NUMBER("kvkNumber", false, "kvk", "kvknummer", "kvknr", "chamberofcommerce"),
    VAT_NUMBER("vatNumber", false, "vat", "btw", "btwnummer", "btwnr", "btwid"),
    COUNTRY("country", true, "land", "countrycode", "landcode"),
    ADDRESS("address", false, "adres"),
    WEBSITE("website", false, "url", "site", "webadres"),
    SERVICES("services", false, "diensten"),
    RISK_TIER("riskTier", false, "risk", "risico", "risicoklasse", "risiconiveau"),
    CONTACT_NAME("contactName", false, "contact", "contactnaam", "contactpersoon"),
    CONTACT_EMAIL("contactEmail", false, "contactmail", "contactemailadres", "contacte-mail", "email", "emailadres"),
    CONTACT_PHONE("contactPhone", false, "contacttelefoon", "contacttelefoonnummer", "phone", "telefoon"),
    CONTACT_ROLE("contactRole", false, "contactrol", "contactfunctie", "rol", "functie"),
    AGREEMENT_REFERENCE("agreementReference", false, "agreementtitle", "agreement", "overeenkomst",
            "overeenkomstkenmerk", "overeenkomstreferentie", "kenmerkovereenkomst"),
    AGREEMENT_SIGNED_ON("agreementSignedOn", false, "overeenkomstondertekendop", "ondertekendop", "signedon"),
    AGREEMENT_EFFECTIVE_FROM("agreementEffectiveFrom", false, "agreementstartson", "overeenkomstingangsdatum",
            "ingangsdatum", "effectivefrom"),
    AGREEMENT_EXPIRES_ON("agreementExpiresOn", false, "agreementendson", "overeenkomsteinddatum", "einddatum",
            "expireson");

    private final String field;
    private final boolean required;
    private final List<String> aliases;

    ProcessorImportColumn(String field, boolean required, String... aliases) {
        this.field = field;
        this.required = required;
        this.aliases = Arrays.stream(aliases).map(ProcessorImportColumn::normal).toList();
    }

    /** The name the report and the template use for the column, camelCase as in the API. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public boolean agreement() {
        return name().startsWith("AGREEMENT_");
    }

    public boolean contact() {
        return name().startsWith("CONTACT_");
    }

    public static Optional<ProcessorImportColumn> byHeader(String header) {
        String normal = normal(header);
        return Arrays.stream(values())
                .filter(c -> normal(c.field).equals(normal) || c.aliases.contains(normal))
                .findFirst();
    }

    static String normal(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]", "");
    }
}
