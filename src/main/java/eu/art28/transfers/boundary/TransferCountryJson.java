package eu.art28.transfers.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.entity.Text;
import eu.art28.transfers.entity.TransferCountry;

/**
 * A transfer country as the API shows and accepts it. Dates are ISO-8601 strings, read here rather than by
 * JSON-B so that a wrong one is reported against its field. On input, {@code updatedAt} and {@code updatedBy}
 * are ignored and {@code version} must be the one last read.
 */
public record TransferCountryJson(String code, Boolean eea, String adequacyDecision,
        @Schema(format = "date") String adequacyAdoptedOn, @Schema(format = "date") String adequacyEndsOn,
        Boolean adequacyPartial, String scopeNoteEn, String scopeNoteNl, Long version, Instant updatedAt,
        String updatedBy) {

    static TransferCountryJson of(TransferCountry c) {
        return new TransferCountryJson(c.getCode(), c.isEea(), c.getAdequacyDecision(),
                text(c.getAdequacyAdoptedOn()), text(c.getAdequacyEndsOn()), c.isAdequacyPartial(),
                c.getScopeNoteEn(), c.getScopeNoteNl(), c.getVersion(), c.getUpdatedAt(), c.getUpdatedBy());
    }

    /**
     * Copies what a client may edit; a field left out (null) is cleared, as PUT replaces the whole record. The
     * code may be left out of a PUT, as the path names it; a different one is refused by the country.
     */
    TransferCountry applyTo(TransferCountry country) {
        List<InvalidInput.Violation> unreadable = new ArrayList<>();
        LocalDate adoptedOn = date("adequacyAdoptedOn", adequacyAdoptedOn, unreadable);
        LocalDate endsOn = date("adequacyEndsOn", adequacyEndsOn, unreadable);
        if (!unreadable.isEmpty()) {
            throw new InvalidInput(unreadable);
        }
        if (code != null) {
            country.setCode(code);
        }
        country.setEea(Boolean.TRUE.equals(eea));
        country.setAdequacyDecision(adequacyDecision);
        country.setAdequacyAdoptedOn(adoptedOn);
        country.setAdequacyEndsOn(endsOn);
        country.setAdequacyPartial(Boolean.TRUE.equals(adequacyPartial));
        country.setScopeNoteEn(scopeNoteEn);
        country.setScopeNoteNl(scopeNoteNl);
        return country;
    }

    private static LocalDate date(String field, String value, List<InvalidInput.Violation> unreadable) {
        String trimmed = Text.trimmed(value);
        if (trimmed == null) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            unreadable.add(new InvalidInput.Violation(field, "transfers.date.invalid", trimmed));
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
