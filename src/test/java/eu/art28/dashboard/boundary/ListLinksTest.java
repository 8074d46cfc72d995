package eu.art28.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.entity.AgreementStatus;
import eu.art28.alerts.entity.AlertStatus;
import eu.art28.alerts.entity.Rule;
import eu.art28.alerts.entity.Severity;
import eu.art28.alerts.entity.Subject;
import eu.art28.processors.entity.CoverageStatus;
import eu.art28.processors.entity.ProcessorStatus;
import eu.art28.processors.entity.RiskTier;

class ListLinksTest {

    @Test
    void aBarOfTheAlertChartLeadsToItsTypeAndSeverityNotYetResolved() {
        assertEquals("/alerts/list.xhtml?type=NO_AGREEMENT&severity=HIGH&status=OPEN%2CACKNOWLEDGED",
                ListLinks.alerts(Rule.NO_AGREEMENT, Severity.HIGH, AlertStatus.UNRESOLVED, null));
    }

    @Test
    void emptyFiltersAreLeftOut() {
        assertEquals("/alerts/list.xhtml?type=AGREEMENT_EXPIRING",
                ListLinks.alerts(Rule.AGREEMENT_EXPIRING, null, List.of(), null));
        assertEquals("/alerts/list.xhtml", ListLinks.alerts(null, null, null, null));
    }

    @Test
    void theAlertsAboutASubjectAreThoseNotYetResolved() {
        assertEquals("/alerts/list.xhtml?status=OPEN%2CACKNOWLEDGED&subject=agreement%3A7",
                ListLinks.alertsAbout(Subject.agreement(7)));
    }

    @Test
    void theAlertsAssignedToAPersonAreFilteredByTheirName() {
        assertEquals("/alerts/list.xhtml?assignee=it-l%C3%A9gal", ListLinks.assignedTo("it-l\u00e9gal"));
    }

    @Test
    void theStatusesOfALinkReadBackAsTheyWereWritten() {
        assertEquals(AlertStatus.UNRESOLVED, AlertStatus.parse(AlertStatus.join(AlertStatus.UNRESOLVED)));
        assertEquals(List.of(AlertStatus.RESOLVED), AlertStatus.parse(" RESOLVED,nonsense,,RESOLVED"));
        assertEquals(List.of(), AlertStatus.parse(null));
    }

    @Test
    void processorsAndAgreements() {
        assertEquals("/processors/list.xhtml?riskTier=HIGH&coverage=FINDINGS&status=ACTIVE",
                ListLinks.processors(RiskTier.HIGH, CoverageStatus.FINDINGS, ProcessorStatus.ACTIVE));
        assertEquals("/processors/list.xhtml?riskTier=LOW&status=ACTIVE",
                ListLinks.processors(RiskTier.LOW, null, ProcessorStatus.ACTIVE));
        assertEquals("/agreements/list.xhtml?status=DRAFT", ListLinks.agreements(AgreementStatus.DRAFT));
        assertEquals("/agreements/view.xhtml?id=12", ListLinks.agreement(12));
        assertEquals("/processors/view.xhtml?id=4", ListLinks.processor(4));
    }
}
