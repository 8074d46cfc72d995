package eu.art28.transfers.boundary;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.transfers.entity.TransferCountry;

/**
 * A transfer country as the API shows and accepts it. On input, {@code updatedAt} and {@code updatedBy}
 * are ignored and {@code version} must be the one last read.
 */
@Schema(example = """
        {"code":"BV","eea":false,"adequacyDecision":"Commission Implementing Decision (EU) 2099/1",
         "adequacyAdoptedOn":"2026-07-10","adequacyPartial":true,"scopeNoteEn":"Only certified organisations",
         "scopeNoteNl":"Alleen gecertificeerde organisaties"}""")
public record TransferCountryJson(String code, Boolean eea, String adequacyDecision,
        LocalDate adequacyAdoptedOn, LocalDate adequacyEndsOn,
        Boolean adequacyPartial, String scopeNoteEn, String scopeNoteNl, Long version,
        @Schema(readOnly = true) Instant updatedAt, @Schema(readOnly = true) String updatedBy) {

    static TransferCountryJson of(TransferCountry c) {
        return new TransferCountryJson(c.getCode(), c.isEea(), c.getAdequacyDecision(),
                c.getAdequacyAdoptedOn(), c.getAdequacyEndsOn(), c.isAdequacyPartial(),
                c.getScopeNoteEn(), c.getScopeNoteNl(), c.getVersion(), c.getUpdatedAt(), c.getUpdatedBy());
    }

    /**
     * Copies what a client may edit; a field left out (null) is cleared, as PUT replaces the whole record. The
     * code may be left out of a PUT, as the path names it; a different one is refused by the country.
     */
    TransferCountry applyTo(TransferCountry country) {
        if (code != null) {
            country.setCode(code);
        }
        country.setEea(Boolean.TRUE.equals(eea));
        country.setAdequacyDecision(adequacyDecision);
        country.setAdequacyAdoptedOn(adequacyAdoptedOn);
        country.setAdequacyEndsOn(adequacyEndsOn);
        country.setAdequacyPartial(Boolean.TRUE.equals(adequacyPartial));
        country.setScopeNoteEn(scopeNoteEn);
        country.setScopeNoteNl(scopeNoteNl);
        return country;
    }
}
