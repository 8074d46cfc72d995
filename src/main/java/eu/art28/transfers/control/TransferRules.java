package eu.art28.transfers.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.art28.transfers.entity.TransferSafeguard;
import eu.art28.transfers.entity.TransferCountry;

/**
 * Whether processing in a country is lawful under Chapter V GDPR on a day, from a snapshot of the transfer
 * countries. Immutable and free of the container, so that the coverage engine can ask it for every engagement
 * of a scan. A country without a row is outside the EEA and without an adequacy decision. Countries are ISO
 * codes in capitals, as Art28 stores them everywhere.
 */
public final class TransferRules {

    private final Map<String, TransferCountry.Row> countries;

    private TransferRules(Map<String, TransferCountry.Row> countries) {
        this.countries = countries;
    }

    /** One row a country; two rows for the same code are a mistake of the caller's, not a choice to make here. */
    public static TransferRules of(Collection<TransferCountry.Row> rows) {
        return new TransferRules(Map.copyOf(rows.stream()
                .collect(Collectors.toMap(TransferCountry.Row::code, Function.identity()))));
    }

    public boolean inEea(String country) {
        TransferCountry.Row row = country == null ? null : countries.get(country);
        return row != null && row.eea();
    }

    /**
     * How processing in the country stands on the day, given the safeguard recorded for it (null: none). A full
     * adequacy decision needs no safeguard. A partial one (only some recipients are covered) holds only where
     * ADEQUACY_DECISION is recorded: legal's confirmation that the recipient is one of them. Recording
     * ADEQUACY_DECISION where no decision is in force that day holds nothing. The other safeguards hold anywhere;
     * whether they are fit for the transfer is legal's judgement when they record them.
     */
    public Transfer judge(String country, LocalDate day, TransferSafeguard recorded) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(day, "day");
        TransferCountry.Row row = countries.get(country);
        if (row != null && row.eea()) {
            return Transfer.INSIDE_EEA;
        }
        boolean decisionInForce = row != null && adequacyInForce(row, day);
        if (decisionInForce && !row.partial()) {
            return Transfer.ADEQUATE;
        }
        if (recorded == null) {
            return Transfer.UNSAFE;
        }
        if (recorded == TransferSafeguard.ADEQUACY_DECISION) {
            return decisionInForce ? Transfer.SAFEGUARDED : Transfer.UNSAFE;
        }
        return Transfer.SAFEGUARDED;
    }

    /** From its adoption up to and including its last day. */
    private static boolean adequacyInForce(TransferCountry.Row row, LocalDate day) {
        return row.adequacyDecision() != null && row.adoptedOn() != null && !day.isBefore(row.adoptedOn())
                && (row.endsOn() == null || !day.isAfter(row.endsOn()));
    }
}
