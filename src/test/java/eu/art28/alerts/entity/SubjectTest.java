package eu.art28.alerts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void theStoredFormIsTheOneTheAlertTableAlreadyHolds() {
        assertEquals("agreement:7", Subject.agreement(7).toString());
        assertEquals("engagement:12", Subject.engagement(12).toString());
        assertEquals("processor:4", Subject.processor(4).toString());
        assertEquals("link:5", Subject.link(5).toString());
        assertEquals("evidence:3", Subject.evidence(3).toString());
    }

    @Test
    void anEngagementsFindingsAreAboutItAndAProcessorsAsAWholeAboutTheProcessor() {
        assertEquals(Subject.engagement(7), Subject.of(1, 7L));
        assertEquals(Subject.processor(1), Subject.of(1, null));
    }

    @Test
    void everyKindHasThePageWhereAPersonActsOnIt() {
        assertEquals("agreements/view.xhtml?id=7", Subject.agreement(7).page(1));
        assertEquals("engagements/view.xhtml?id=12", Subject.engagement(12).page(1));
        assertEquals("processors/view.xhtml?id=4", Subject.processor(4).page(4));
        assertEquals("chain/view.xhtml?processor=9", Subject.link(5).page(9), "a link: its processor's chain");
        assertEquals("evidence/edit.xhtml?id=3", Subject.evidence(3).page(1));
    }

    @Test
    void theStoredFormReadsBack() {
        for (Subject.Kind kind : Subject.Kind.values()) {
            Subject subject = new Subject(kind, 42);
            assertEquals(subject, Subject.parse(subject.toString()));
        }
    }

    @Test
    void anythingElseIsRefused() {
        for (String text : new String[] {null, "", "agreement", "agreement:", "agreement:x", "contract:7", ":7"}) {
            assertThrows(IllegalArgumentException.class, () -> Subject.parse(text), text);
        }
    }
}
