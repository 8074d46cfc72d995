package eu.art28.requests.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.deletion.entity.Choice;
import eu.art28.evidence.entity.EvidenceType;
import eu.art28.incidents.entity.Incident;
import eu.art28.incidents.entity.ReportChannel;
import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.Messages;
import eu.art28.processors.entity.Contact;
import eu.art28.processors.entity.Processor;

class RequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    static Processor processor() {
        Processor processor = new Processor("Hosting BV", "NL");
        processor.setContacts(List.of(new Contact("Anna Jansen", "anna@hosting.example", null, "Security"),
                new Contact("Bob", null, null, null)));
        return processor;
    }

    static Request.Issued issue(LocalDate due) {
        return Request.issue(processor(), new Request.Asked(RequestKind.EVIDENCE, "ANNA@hosting.example", "en", due,
                "Your ISO 27001 certificate ran out", 5L), "procurement", TODAY, 14);
    }

    @Test
    void theLinkHasAtLeast128RandomBitsAndOnlyItsHashIsKept() {
        Request.Issued issued = issue(TODAY.plusDays(10));
        byte[] random = Base64.getUrlDecoder().decode(issued.secret());
        assertTrue(random.length * 8 >= 128, "bits: " + random.length * 8);
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(Request.newSecret());
        }
        assertEquals(1000, secrets.size());
        assertEquals(Request.hash(issued.secret()), Request.hash(issued.secret()));
        assertNotEquals(issued.secret(), Request.hash(issued.secret()));
        assertEquals(64, Request.hash(issued.secret()).length());
        assertTrue(List.of(Request.class.getDeclaredFields()).stream()
                .filter(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers()))
                .noneMatch(field -> field.getName().toLowerCase().contains("secret")),
                "the request has no field for the secret itself");
    }

    @Test
    void aRequestGoesToAContactOfTheProcessorAsStoredThere() {
        Request request = issue(TODAY.plusDays(10)).request();
        assertEquals("anna@hosting.example", request.getContactEmail());
        assertEquals("Anna Jansen", request.getContactName());
        assertEquals(RequestState.SENT, request.getState());
        assertEquals(TODAY.plusDays(24), request.getLinkValidUntil());
        assertEquals("Anna Jansen <anna@hosting.example> by link", request.vendorActor());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> Request.issue(processor(),
                new Request.Asked(null, "someone@else.example", "de", TODAY.minusDays(1), null, null),
                "procurement", TODAY, 14));
        assertEquals(List.of("kind", "contactEmail", "language", "dueOn"),
                wrong.violations().stream().map(InvalidInput.Violation::field).toList());
        assertEquals("request.contact.unknown", wrong.violations().get(1).messageKey());
        InvalidInput noContact = assertThrows(InvalidInput.class, () -> Request.issue(processor(),
                new Request.Asked(RequestKind.EVIDENCE, null, null, TODAY, null, null), "procurement", TODAY, 14));
        assertEquals("request.contact.required", noContact.violations().get(0).messageKey());
    }

    @Test
    void theLinkWorksUntilTheDueDayPlusTheGraceAndThenTheRequestHasExpired() {
        Request request = issue(TODAY.plusDays(10)).request();
        LocalDate last = TODAY.plusDays(24);
        assertNull(request.refusalOn(last));
        assertEquals(RequestState.SENT, request.stateOn(last));
        assertEquals(Request.Refusal.EXPIRED, request.refusalOn(last.plusDays(1)));
        assertEquals(RequestState.EXPIRED, request.stateOn(last.plusDays(1)));
        Conflict late = assertThrows(Conflict.class, () -> request.opened(NOW, last.plusDays(1)));
        assertEquals("request.link.expired", late.getMessage());
    }

    @Test
    void theVendorOpensSavesAndSubmitsAndThenTheLinkIsUsed() {
        Request request = issue(TODAY.plusDays(10)).request();
        request.opened(NOW, TODAY);
        assertEquals(RequestState.OPENED, request.getState());
        assertEquals(NOW, request.getOpenedAt());
        request.opened(NOW.plusSeconds(60), TODAY);
        assertEquals(NOW, request.getOpenedAt(), "the first opening counts");
        request.draftSaved(TODAY);
        request.opened(NOW.plusSeconds(120), TODAY);
        assertEquals(RequestState.DRAFT, request.getState(), "opening again keeps the draft");
        request.submitted(NOW, TODAY);
        assertEquals(Request.Refusal.USED, request.refusalOn(TODAY));
        assertEquals(RequestState.SUBMITTED, request.stateOn(TODAY.plusYears(1)), "an answer does not expire");
        assertThrows(Conflict.class, () -> request.opened(NOW, TODAY));
    }

    @Test
    void areturnedAnswerOpensTheLinkAgainAndAnAcceptedOneClosesIt() {
        Request request = issue(TODAY.plusDays(10)).request();
        assertThrows(Conflict.class, () -> request.accept("legal", NOW, null), "nothing submitted yet");
        request.submitted(NOW, TODAY);
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> request.returnToVendor("legal", NOW, " "));
        assertEquals("remark", noReason.violations().get(0).field());
        request.returnToVendor("legal", NOW, "Not our contract's scope");
        assertEquals("Not our contract's scope", request.getReviewRemark());
        assertNull(request.refusalOn(TODAY));
        request.submitted(NOW, TODAY);
        request.accept("legal", NOW, 42L);
        assertEquals(RequestState.ACCEPTED, request.getState());
        assertEquals(42L, request.getEvidenceId());
        assertEquals(Request.Refusal.USED, request.refusalOn(TODAY));
        assertThrows(Conflict.class, () -> request.revoke("procurement", NOW, TODAY));
    }

    @Test
    void aRevokedLinkIsRefusedAtOnceAndRevokingTwiceIsAConflict() {
        Request request = issue(TODAY.plusDays(10)).request();
        request.opened(NOW, TODAY);
        request.revoke("procurement", NOW, TODAY);
        assertEquals(Request.Refusal.REVOKED, request.refusalOn(TODAY));
        assertEquals("procurement", request.getRevokedBy());
        assertThrows(Conflict.class, () -> request.revoke("procurement", NOW, TODAY));
        assertThrows(Conflict.class, () -> request.submitted(NOW, TODAY));
    }

    @Test
    void anExpiredRequestCannotBeRevokedItIsOverAlready() {
        Request request = issue(TODAY).request();
        assertThrows(Conflict.class, () -> request.revoke("procurement", NOW, TODAY.plusDays(15)));
        assertFalse(request.stateOn(TODAY.plusDays(14)).closed());
    }

    @Test
    void anOffboardedProcessorIsAskedNothing() {
        Processor processor = processor();
        processor.offboard(TODAY, "ended", TODAY);
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> Request.issue(processor,
                new Request.Asked(RequestKind.EVIDENCE, "anna@hosting.example", "nl", TODAY, null, null),
                "procurement", TODAY, 14));
        assertEquals("processorId", wrong.violations().get(0).field());
    }

    @Test
    void aDraftMayBeHalfDoneButASubmissionMeetsTheEvidencesRulesAndHasADocument() {
        Request request = issue(TODAY.plusDays(10)).request();
        request.answer(new Request.EvidenceAnswer(EvidenceType.ISO_27001, null, null, null), TODAY);
        request.draftSaved(TODAY);
        assertEquals(RequestState.DRAFT, request.getState());
        assertEquals(List.of("issuer", "issuedOn", "validUntil", "document"), request.submissionViolations(TODAY, false).stream()
                .map(InvalidInput.Violation::field).toList());
        request.answer(new Request.EvidenceAnswer(EvidenceType.ISO_27001, " DNV ", TODAY.minusDays(3),
                TODAY.plusYears(4)), TODAY);
        assertEquals("DNV", request.getEvidenceAnswer().issuer());
        assertEquals(List.of("evidence.validUntil.beyondCycle"), request.submissionViolations(TODAY, true).stream()
                .map(InvalidInput.Violation::messageKey).toList(), "the evidence's own rule on the cycle");
        request.answer(new Request.EvidenceAnswer(EvidenceType.ISO_27001, "DNV", TODAY.minusDays(3),
                TODAY.plusYears(3).minusDays(3)), TODAY);
        assertTrue(request.submissionViolations(TODAY, true).isEmpty());
        assertEquals(EvidenceType.ISO_27001, request.evidence("procurement").getType());
        assertThrows(InvalidInput.class, () -> request.answer(new Request.EvidenceAnswer(EvidenceType.ISO_27001,
                "DNV\u0007", null, null), TODAY), "no control characters");
        request.submitted(NOW, TODAY);
        assertTrue(request.isPendingReview());
        assertThrows(Conflict.class, () -> request.answer(new Request.EvidenceAnswer(EvidenceType.SOC2_TYPE_2,
                "KPMG", TODAY, null), TODAY), "no change after submission");
    }

    // ---- chasing ----

    /** As if persisted on that day: the reminder rule counts from the day the request went out. */
    static Request sentOn(Request request, Instant at) {
        try {
            java.lang.reflect.Field created = eu.art28.platform.entity.VersionedRecord.class
                    .getDeclaredField("createdAt");
            created.setAccessible(true);
            created.set(request, at);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return request;
    }

    @Test
    void aWaitingRequestIsRemindedOncePerDayAndNotOnceAnsweredRevokedOrExpired() {
        Reminders reminders = Reminders.of("7,3,1");
        LocalDate due = TODAY.plusDays(14);
        Request request = sentOn(issue(due).request(), NOW);
        assertNull(request.reminderDueOn(due.minusDays(8), reminders));
        assertEquals(7, request.reminderDueOn(due.minusDays(7), reminders));
        request.reminded(7, NOW);
        assertNull(request.reminderDueOn(due.minusDays(7), reminders), "not twice");
        assertEquals(7, request.getLastReminderDays());
        request.opened(NOW, due.minusDays(4));
        assertEquals(3, request.reminderDueOn(due.minusDays(3), reminders), "opened, not answered: reminded");

        Request answered = sentOn(issue(due).request(), NOW);
        answered.submitted(NOW, TODAY);
        assertNull(answered.reminderDueOn(due.minusDays(1), reminders), "answered");
        Request revoked = sentOn(issue(due).request(), NOW);
        revoked.revoke("procurement", NOW, TODAY);
        assertNull(revoked.reminderDueOn(due.minusDays(1), reminders), "revoked");
        Request expired = sentOn(issue(TODAY).request(), NOW);
        assertNull(expired.reminderDueOn(TODAY.plusDays(15), reminders), "expired");
    }

    @Test
    void overdueFromTheDayAfterTheDueDayWhileTheContactMayStillAnswer() {
        LocalDate due = TODAY.plusDays(3);
        Request request = issue(due).request();
        assertFalse(request.overdueOn(due), "on the due day it is not late yet");
        assertTrue(request.overdueOn(due.plusDays(1)));
        assertTrue(request.overdueOn(due.plusDays(14)), "the link's last day");
        assertFalse(request.overdueOn(due.plusDays(15)), "expired: over");
        request.submitted(NOW, due.plusDays(2));
        assertFalse(request.overdueOn(due.plusDays(2)), "answered");
        request.returnToVendor("legal", NOW, "The certificate is unsigned.");
        assertTrue(request.overdueOn(due.plusDays(3)), "returned after the due day: late again");
        request.revoke("legal", NOW, due.plusDays(3));
        assertFalse(request.overdueOn(due.plusDays(3)), "revoked");
    }

    static Request submittable(RequestKind kind) {
        return Request.issue(processor(), new Request.Asked(kind, "anna@hosting.example", "en", TODAY.plusDays(10),
                null, null), "legal", TODAY, 14).request();
    }

    @Test
    void aDeletionConfirmationNeedsADayNotInTheFutureAndHowAndTakesNoCertificateAsRequired() {
        Request request = submittable(RequestKind.DELETION_CONFIRMATION);
        request.answer(new Request.DeletionAnswer(null, null, "  "), TODAY);
        request.draftSaved(TODAY);
        assertNull(request.getDeletionAnswer().remark(), "a blank remark is none");
        assertEquals(List.of("deletedOn", "method"), request.submissionViolations(TODAY, false).stream()
                .map(InvalidInput.Violation::field).toList());
        request.answer(new Request.DeletionAnswer(TODAY.plusDays(1), DeletionMethod.DELETED, null), TODAY);
        assertEquals(List.of("request.deletedOn.future"), request.submissionViolations(TODAY, false).stream()
                .map(InvalidInput.Violation::messageKey).toList());
        request.answer(new Request.DeletionAnswer(TODAY, DeletionMethod.BOTH, "Backups roll off in 30 days"), TODAY);
        assertTrue(request.submissionViolations(TODAY, false).isEmpty(), "the certificate is optional");
        InvalidInput control = assertThrows(InvalidInput.class, () -> request.answer(new Request.DeletionAnswer(TODAY,
                DeletionMethod.BOTH, "bell\u0007"), TODAY));
        assertEquals("remark", control.violations().get(0).field());
        assertThrows(InvalidInput.class, () -> request.answer(new Request.DeletionAnswer(TODAY, DeletionMethod.BOTH,
                "x".repeat(Request.REMARK_MAX + 1)), TODAY));
        assertThrows(Conflict.class, () -> request.answer(new Request.EvidenceAnswer(EvidenceType.ISO_27001, "DNV",
                TODAY, null), TODAY), "a certificate's fields are no answer to this request");
        assertThrows(Conflict.class, () -> submittable(RequestKind.EVIDENCE).answer(
                new Request.DeletionAnswer(TODAY, DeletionMethod.DELETED, null), TODAY));
    }

    @Test
    void aSignedAgreementNeedsTheDayItWasSignedNotInTheFutureAndTheDocument() {
        Request request = submittable(RequestKind.SIGNED_DPA);
        request.answer(new Request.SignedDpaAnswer(null), TODAY);
        request.draftSaved(TODAY);
        assertEquals(List.of("signedOn", "document"), request.submissionViolations(TODAY, false).stream()
                .map(InvalidInput.Violation::field).toList());
        request.answer(new Request.SignedDpaAnswer(TODAY.plusDays(1)), TODAY);
        assertEquals(List.of("request.signedOn.future", "request.signedDpa.documentRequired"),
                request.submissionViolations(TODAY, false).stream().map(InvalidInput.Violation::messageKey).toList());
        request.answer(new Request.SignedDpaAnswer(TODAY), TODAY);
        assertTrue(request.submissionViolations(TODAY, true).isEmpty());
        assertThrows(Conflict.class, () -> request.agreementDrafted(9), "only a submitted answer is accepted");
        request.submitted(NOW, TODAY);
        request.agreementDrafted(9);
        request.accept("legal", NOW, null);
        assertEquals(9L, request.getAgreementId());
        assertThrows(Conflict.class, () -> submittable(RequestKind.EVIDENCE).answer(
                new Request.SignedDpaAnswer(TODAY), TODAY), "a signing day is no answer to another request");
    }

    @Test
    void whatTheVendorSentIsNotedInBothLanguages() {
        Request request = submittable(RequestKind.EVIDENCE);
        String notes = request.evidence("procurement").getNotes();
        assertEquals(List.of("Verstuurd door Anna Jansen <anna@hosting.example> via een persoonlijke link (verzoek null).",
                "Sent by Anna Jansen <anna@hosting.example> through a personal link (request null)."),
                List.of(notes.split("\n")));
    }

    @Test
    void anAcceptedDeletionConfirmationIsNotedAsOursWithTheVendorsWordsAfterTheNoteOnFile() {
        Request request = submittable(RequestKind.DELETION_CONFIRMATION);
        request.answer(new Request.DeletionAnswer(TODAY.minusDays(2), DeletionMethod.RETURNED, "Tapes shredded"), TODAY);
        String note = request.deletionNote("Asked on the phone", 2000);
        assertTrue(note.startsWith("Asked on the phone\nBevestigd door Anna Jansen <anna@hosting.example> via een"
                + " persoonlijke link"), note);
        assertTrue(note.endsWith("Returned to us on " + Messages.date(Locale.ENGLISH, TODAY.minusDays(2))
                + ".\nTapes shredded"), note);
        int withoutRemark = request.deletionNote(null, 5000).length() - "\nTapes shredded".length();
        String fitsWithoutRemark = "n".repeat(2000 - withoutRemark - 1);
        assertEquals(2000, request.deletionNote(fitsWithoutRemark, 2000).length());
        assertFalse(request.deletionNote(fitsWithoutRemark, 2000).contains("Tapes"), "the remark gives way first");
        assertEquals("n".repeat(1999), request.deletionNote("n".repeat(1999), 2000), "the note on file stays whole");
        assertEquals(Choice.DELETE, DeletionMethod.DELETED.choice());
        assertEquals(Choice.RETURN, DeletionMethod.RETURNED.choice());
        assertEquals(Choice.RETURN, DeletionMethod.BOTH.choice(), "returned, then the copies deleted, is a return");
    }

    @Test
    void aSubprocessorListNamesEachMissingFactByItsRowAndABlankRowIsNoAddition() {
        Request request = submittable(RequestKind.SUBPROCESSOR_LIST);
        request.answer(new Request.ListAnswer(List.of(new Request.Addition(" MailStream Ltd ", "ie", null),
                new Request.Addition(" ", null, ""), new Request.Addition(null, null, "Backups")),
                List.of(new Request.Ended(7L, "OldHost", "Hosting"))), TODAY);
        assertEquals(2, request.getAdditions().size(), "the blank row is dropped");
        assertEquals("MailStream Ltd", request.getAdditions().get(0).getName());
        assertEquals("IE", request.getAdditions().get(0).getCountry());
        assertEquals(7L, request.getNoLongerUsed().get(0).getLinkId());
        assertEquals(List.of("additions:0:service", "additions:1:name", "additions:1:country"),
                request.submissionViolations(TODAY, false).stream().map(InvalidInput.Violation::field).toList());
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> request.answer(new Request.ListAnswer(List.of(
                new Request.Addition("A\u0007", "XX", "y".repeat(301))), List.of()), TODAY));
        assertEquals(List.of("additions:0:name", "additions:0:service", "additions:0:country"),
                wrong.violations().stream().map(InvalidInput.Violation::field).toList());
        assertEquals(2, request.getAdditions().size(), "a refused answer changes nothing");
        assertThrows(Conflict.class, () -> submittable(RequestKind.EVIDENCE).answer(
                new Request.ListAnswer(List.of(), List.of()), TODAY));
    }

    @Test
    void anUnchangedListAcceptedKeepsTheDayOfSubmissionAndAChangedOneTheLinksItBecame() {
        Request unchanged = submittable(RequestKind.SUBPROCESSOR_LIST);
        unchanged.answer(new Request.ListAnswer(List.of(), List.of()), TODAY);
        assertTrue(unchanged.submissionViolations(TODAY, false).isEmpty(), "confirming the list as it is");
        unchanged.submitted(NOW, TODAY);
        assertEquals(TODAY, unchanged.submittedOn());
        assertNull(unchanged.getListConfirmedOn(), "not before it is accepted");
        unchanged.accept("legal", NOW.plusSeconds(86_400 * 3), null);
        assertEquals(TODAY, unchanged.getListConfirmedOn(), "the day the vendor confirmed, not the review's");

        Request changed = submittable(RequestKind.SUBPROCESSOR_LIST);
        changed.answer(new Request.ListAnswer(List.of(new Request.Addition("MailStream", "IE", "Mailing")),
                List.of()), TODAY);
        SubprocessorChange addition = changed.getAdditions().get(0);
        assertThrows(Conflict.class, () -> changed.registered(addition, 99L), "only while under review");
        changed.submitted(NOW, TODAY);
        changed.registered(addition, 99L);
        changed.accept("procurement", NOW, null);
        assertEquals(99L, changed.getAdditions().get(0).getLinkId());
        assertNull(changed.getListConfirmedOn(), "a changed list is in the chain, not confirmed as it was");
    }

    static Request.IncidentAnswer incidentAnswer(Instant aware, String description) {
        return new Request.IncidentAnswer(aware == null ? null : aware.minusSeconds(3600), aware,
                description, "  Mail relay  ", 1200L, 5000L, "Credentials reset", null);
    }

    @Test
    void anIncidentReportIsKeptHalfDoneAndAtSubmissionMeetsTheRegistersRulesAsToldToUsThen() {
        Request request = submittable(RequestKind.INCIDENT_REPORT);
        request.answer(incidentAnswer(null, "  "), TODAY);
        request.draftSaved(TODAY);
        assertNull(request.getIncidentAnswer().description(), "a blank description is none");
        assertEquals("Mail relay", request.getIncidentAnswer().systems());
        InvalidInput missing = assertThrows(InvalidInput.class, () -> request.submitted(NOW, TODAY));
        assertEquals(Set.of("processorAwareAt", "description"), missing.violations().stream()
                .map(InvalidInput.Violation::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals(RequestState.DRAFT, request.getState(), "nothing half-submitted");
        assertNull(request.getSubmittedAt());

        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> request.answer(incidentAnswer(null,
                "x".repeat(Incident.DESCRIPTION_LENGTH + 1)), TODAY), "a draft is kept in the same columns");
        assertEquals(List.of("description"), tooLong.violations().stream().map(InvalidInput.Violation::field)
                .toList());
        request.answer(incidentAnswer(NOW.plusSeconds(60), "Mailbox read by an intruder"), TODAY);
        InvalidInput later = assertThrows(InvalidInput.class, () -> request.submitted(NOW, TODAY),
                "aware after it told us");
        assertTrue(later.violations().stream().anyMatch(v -> v.field().equals("processorAwareAt")
                && v.messageKey().equals("incident.moment.future")));

        request.answer(incidentAnswer(NOW.minusSeconds(7200), "Mailbox read by an intruder"), TODAY);
        assertTrue(request.submissionViolations(TODAY, false).isEmpty(), "takes no document");
        request.submitted(NOW, TODAY);
        assertEquals(RequestState.SUBMITTED, request.getState());
    }

    @Test
    void anAcceptedIncidentReportIsReportedAndKnownToUsAtSubmissionThroughTheVendorPortal() {
        Request request = submittable(RequestKind.INCIDENT_REPORT);
        Instant aware = NOW.minusSeconds(7200);
        request.answer(incidentAnswer(aware, "Mailbox read by an intruder"), TODAY);
        assertThrows(Conflict.class, () -> request.incidentRegistered(7L, "legal", NOW), "only while under review");
        request.submitted(NOW, TODAY);
        assertTrue(request.incidentAwaitingIntakeOn(TODAY), "our 72 hours run: an alert until someone takes it in");

        Incident.Report report = request.incidentReport(request.getSubmittedAt());
        assertEquals(NOW, report.reportedAt());
        assertEquals(NOW, report.awareAt(), "our 72 hours run from the submission, not from the acceptance");
        assertEquals(ReportChannel.VENDOR_PORTAL, report.reportedVia());
        assertEquals(aware, report.processorAwareAt());
        assertEquals(aware.minusSeconds(3600), report.occurredAt());
        assertEquals("Mailbox read by an intruder", report.description());
        assertEquals(1200L, report.subjectsEstimate());
        assertEquals(5000L, report.recordsEstimate());

        request.incidentRegistered(7L, "legal", NOW.plusSeconds(86_400));
        assertEquals(7L, request.getIncidentId());
        assertFalse(request.incidentAwaitingIntakeOn(TODAY));
    }

    /**
     * A standing link reports every breach while it works: once a report is taken in, the link is the vendor's again
     * with a blank report, the request names the incident registered last, and the link's last day still ends it.
     */
    @Test
    void anAcceptedIncidentReportLeavesTheLinkStandingForTheNextBreachUntilItsLastDay() {
        Request request = submittable(RequestKind.INCIDENT_REPORT);
        request.answer(incidentAnswer(NOW.minusSeconds(7200), "Mailbox read by an intruder"), TODAY);
        request.submitted(NOW, TODAY);
        assertEquals(Request.Refusal.USED, request.refusalOn(TODAY), "read-only while under review");
        assertThrows(IllegalStateException.class, () -> request.accept("legal", NOW, null),
                "an incident report is taken in as an incident, never closed as an answer");

        request.returnToVendor("legal", NOW.plusSeconds(30), "Which mailboxes?");
        request.draftSaved(TODAY);
        assertTrue(request.incidentAwaitingIntakeOn(TODAY), "sent back for more, the breach is known to us still");
        assertFalse(request.incidentAwaitingIntakeOn(request.getLinkValidUntil().plusDays(1)), "until the link ends");
        request.submitted(NOW.plusSeconds(40), TODAY);
        request.incidentRegistered(7L, "legal", NOW.plusSeconds(60));
        assertFalse(request.incidentAwaitingIntakeOn(TODAY), "taken in: the incident's own alerts now");
        assertEquals(RequestState.OPENED, request.getState());
        assertNull(request.refusalOn(TODAY), "the link works again");
        assertEquals(new Request.IncidentAnswer(null, null, null, null, null, null, null, null),
                request.getIncidentAnswer(), "a blank report for the next breach");
        assertEquals("legal", request.getDecidedBy());

        request.draftSaved(TODAY);
        assertFalse(request.incidentAwaitingIntakeOn(TODAY), "a draft of the next breach is nothing told to us yet");
        request.answer(incidentAnswer(NOW.minusSeconds(600), "Backup tape lost"), TODAY);
        request.submitted(NOW.plusSeconds(3600), TODAY);
        request.incidentRegistered(8L, "procurement", NOW.plusSeconds(7200));
        assertEquals(8L, request.getIncidentId(), "the incident registered last");
        assertEquals(Request.Refusal.EXPIRED, request.refusalOn(request.getLinkValidUntil().plusDays(1)));
    }

    @Test
    void anIncidentReportTakesNoOtherAnswerAndNoOtherRequestAnIncident() {
        assertThrows(Conflict.class, () -> submittable(RequestKind.EVIDENCE).answer(
                incidentAnswer(NOW, "x"), TODAY));
        assertThrows(Conflict.class, () -> submittable(RequestKind.INCIDENT_REPORT).answer(
                new Request.DeletionAnswer(TODAY, DeletionMethod.DELETED, null), TODAY));
        Request evidence = submittable(RequestKind.EVIDENCE);
        evidence.submitted(NOW, TODAY);
        assertThrows(Conflict.class, () -> evidence.incidentRegistered(7L, "legal", NOW));
    }

    @Test
    void aLinkToReportIncidentsIsNeverChasedNorOverdue() {
        Request request = sentOn(submittable(RequestKind.INCIDENT_REPORT), NOW);
        LocalDate due = request.getDueOn();
        Request evidence = sentOn(submittable(RequestKind.EVIDENCE), NOW);
        assertTrue(evidence.overdueOn(due.plusDays(1)) && evidence.reminderDueOn(due.minusDays(1),
                Reminders.of("7,3,1")) != null, "another kind is chased on the same days");
        assertFalse(request.overdueOn(due.plusDays(1)), "no breach, nothing late");
        assertNull(request.reminderDueOn(due.minusDays(1), Reminders.of("7,3,1")));
    }
}
