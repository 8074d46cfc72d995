package eu.art28.agreements.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.Agreement;
import eu.art28.agreements.entity.Clause;
import eu.art28.processors.entity.Processor;

class AgreementDiffTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Agreement approved() {
        Agreement agreement = new Agreement(new Processor("Drukkerij B.V.", "NL"), "DPA-1");
        agreement.setSignedOn(LocalDate.of(2026, 1, 1));
        agreement.setEffectiveFrom(LocalDate.of(2026, 1, 1));
        agreement.setPurposes(Set.of("e.mailing"));
        agreement.setDataCategories(Set.of("contact"));
        agreement.setDataSubjects(Set.of("customers"));
        agreement.setCountries(Set.of("NL"));
        agreement.getChecklist().forEach(c -> c.setPresent(true));
        agreement.submit("procurement", NOW);
        agreement.approve("legal", NOW);
        return agreement;
    }

    @Test
    void anUnchangedAmendmentHasNoChanges() {
        Agreement original = approved();
        assertEquals(List.of(), AgreementDiff.between(original, original.amend("procurement", NOW)));
    }

    @Test
    void changedFieldsAndClausesAreListedWithBeforeAndAfter() {
        Agreement original = approved();
        Agreement amendment = original.amend("procurement", NOW);
        amendment.setPurposes(Set.of("e.mailing", "c.fraud"));
        amendment.setExpiresOn(LocalDate.of(2028, 12, 31));
        amendment.clause(Clause.H_AUDITS).orElseThrow().setPresent(false);
        amendment.clause(Clause.H_AUDITS).orElseThrow().setWaiverReason("Annual SOC 2 report instead");

        assertEquals(List.of(
                new AgreementDiff.Change("agreement.expiresOn", "", "2028-12-31"),
                new AgreementDiff.Change("agreement.purposes", "e.mailing", "c.fraud, e.mailing"),
                new AgreementDiff.Change("Clause.H_AUDITS", "present", "waived: Annual SOC 2 report instead")),
                AgreementDiff.between(original, amendment));
    }
}
