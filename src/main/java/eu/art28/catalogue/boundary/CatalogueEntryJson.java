package eu.art28.catalogue.boundary;

import java.util.Arrays;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.catalogue.entity.CatalogueEntry;
import eu.art28.catalogue.entity.DataCategory;
import eu.art28.catalogue.entity.LegalBasis;
import eu.art28.catalogue.entity.Purpose;
import eu.art28.platform.control.InvalidInput;

/**
 * A catalogue entry as the API shows and accepts it. {@code legalBasis}, {@code retention} and
 * {@code compatiblePurposes} (the purposes its data may be used further for, Art. 6(4)) belong to purposes,
 * {@code special} and {@code criminal} to data categories; they are left out of the other lists.
 * On input, {@code retired} is ignored (it has its own actions) and {@code version} must be the one last read.
 */
@Schema(example = """
        {"code":"e.newsletter","parentCode":"e","nameNl":"Nieuwsbrief","nameEn":"Newsletter",
         "descriptionNl":"Maandelijkse nieuwsbrief aan klanten","descriptionEn":"Monthly newsletter to customers",
         "legalBasis":"A","retention":"P2Y","compatiblePurposes":["e.mailing"]}""")
public record CatalogueEntryJson(String code, String parentCode, Long version, String nameNl, String nameEn,
        String descriptionNl, String descriptionEn, Boolean retired, String legalBasis, String retention,
        Boolean special, Boolean criminal, Set<String> compatiblePurposes) {

    static CatalogueEntryJson of(CatalogueEntry e) {
        Purpose purpose = e instanceof Purpose p ? p : null;
        DataCategory category = e instanceof DataCategory c ? c : null;
        return new CatalogueEntryJson(e.getCode(), e.getParentCode(), e.getVersion(), e.getNameNl(), e.getNameEn(),
                e.getDescriptionNl(), e.getDescriptionEn(), e.isRetired(),
                purpose == null || purpose.getLegalBasis() == null ? null : purpose.getLegalBasis().name(),
                purpose == null ? null : purpose.getRetention(),
                category == null ? null : category.isSpecial(),
                category == null ? null : category.isCriminal(),
                purpose == null ? null : Set.copyOf(purpose.getCompatibleWith()));
    }

    /**
     * Copies what a client may edit; a field left out (null) is cleared, as PUT replaces the whole entry. The
     * code may be left out of a PUT, as the path names it; a different one is refused by the entry.
     */
    CatalogueEntry applyTo(CatalogueEntry entry) {
        if (code != null) {
            entry.setCode(code);
        }
        entry.setNameNl(nameNl);
        entry.setNameEn(nameEn);
        entry.setDescriptionNl(descriptionNl);
        entry.setDescriptionEn(descriptionEn);
        if (entry instanceof Purpose purpose) {
            purpose.setLegalBasis(parsedLegalBasis());
            purpose.setRetention(retention);
            purpose.setCompatibleWith(compatiblePurposes);
        }
        if (entry instanceof DataCategory category) {
            category.setSpecial(Boolean.TRUE.equals(special));
            category.setCriminal(Boolean.TRUE.equals(criminal));
        }
        return entry;
    }

    /** Read here rather than by JSON-B, so that a wrong letter is reported against its field. */
    private LegalBasis parsedLegalBasis() {
        if (legalBasis == null || legalBasis.isBlank()) {
            return null;
        }
        return Arrays.stream(LegalBasis.values()).filter(b -> b.name().equalsIgnoreCase(legalBasis.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("legalBasis", "catalogue.legalBasis.invalid"));
    }
}
