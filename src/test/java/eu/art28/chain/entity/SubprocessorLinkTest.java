package eu.art28.chain.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
import eu.art28.platform.entity.VersionedRecord;
import eu.art28.processors.entity.Processor;

class SubprocessorLinkTest {

    static final LocalDate TODAY = LocalDate.now();
    static final Instant NOW = Instant.now();
    final Processor printer = new Processor("Drukkerij", "NL");
    final Processor cloud = new Processor("MailCloud", "IE");

    SubprocessorLink link(Authorisation authorisation) {
        SubprocessorLink link = new SubprocessorLink(printer, cloud, authorisation, "procurement");
        link.setService("hosting of the mailing platform");
        link.setStartsOn(TODAY);
        link.setPurposes(Set.of("e.mailing"));
        link.setDataCategories(Set.of("contact.address"));
        link.setCountries(Set.of("IE"));
        return link;
    }

    static List<String> fields(SubprocessorLink link) {
        return link.scopeViolations().stream().map(InvalidInput.Violation::field).toList();
    }

    @Test
    void aCompleteLinkMayBeStoredAndAnEmptyOneNamesWhatIsMissing() {
        assertEquals(List.of(), fields(link(Authorisation.SPECIFIC)));
        SubprocessorLink empty = new SubprocessorLink(printer, printer, Authorisation.GENERAL, "procurement");
        empty.setFlowDown(true, " ");
        assertEquals(List.of("subprocessorId", "purposes", "dataCategories", "countries", "noticeReceivedOn",
                "flowDownReference"), fields(empty));
    }

    @Test
    void legalApprovesASpecificLinkButNotTheirOwnRegistration() {
        SubprocessorLink link = link(Authorisation.SPECIFIC);
        assertThrows(NotPermitted.class, () -> link.approve("procurement", NOW, "mail 2026-11-20"));
        link.approve("legal", NOW, "mail 2026-11-20");
        assertEquals(LinkStatus.APPROVED, link.statusOn(TODAY));
        assertThrows(Conflict.class, () -> link.refuse("legal2", NOW, "changed my mind"), "decided once");
        assertThrows(Conflict.class, () -> link.object("legal2", NOW, TODAY, "no"), "nothing to object to");
    }

    @Test
    void anApprovalNamesTheWrittenConsent() {
        SubprocessorLink link = link(Authorisation.SPECIFIC);
        InvalidInput none = assertThrows(InvalidInput.class, () -> link.approve("legal", NOW, "  "));
        assertEquals("reference", none.violations().get(0).field(), "the field is named");
        assertEquals("chain.approve.reference.required", none.violations().get(0).messageKey());
        assertThrows(InvalidInput.class, () -> link.approve("legal", NOW, null));
        assertEquals(LinkStatus.REQUESTED, link.statusOn(TODAY), "still undecided");
        link.approve("legal", NOW, " Consent letter 2026-11-20 ");
        assertEquals("Consent letter 2026-11-20", link.getDecisionNote());
    }

    @Test
    void anObjectionNeedsAReasonAndComesBeforeTheDeadline() {
        SubprocessorLink link = link(Authorisation.GENERAL);
        link.noticeReceived(TODAY.minusDays(30), TODAY.minusDays(1), "DPA-1 r1: 29 days to object");
        assertThrows(Conflict.class, () -> link.object("legal", NOW, TODAY, "US transfer"), "the deadline passed");
        assertEquals(LinkStatus.ACCEPTED, link.statusOn(TODAY));

        SubprocessorLink open = link(Authorisation.GENERAL);
        open.noticeReceived(TODAY, TODAY.plusDays(30), "DPA-1 r1: 30 days to object");
        assertThrows(InvalidInput.class, () -> open.object("legal", NOW, TODAY, "  "));
        assertThrows(Conflict.class, () -> open.approve("legal", NOW, "ref"), "a general notice is not approved");
        open.object("legal", NOW, TODAY.plusDays(30), "Data would leave the EEA without safeguards");
        assertEquals(LinkStatus.OBJECTED, open.statusOn(TODAY.plusDays(31)));
    }

    @Test
    void aSpecificLinkHasNoNotice() {
        assertThrows(Conflict.class, () -> link(Authorisation.SPECIFIC).noticeReceived(TODAY, TODAY, "x"));
    }

    /** As stored: only a stored link has a state that fixes anything. */
    static SubprocessorLink stored(SubprocessorLink link) throws ReflectiveOperationException {
        Field id = VersionedRecord.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(link, 41L);
        return link;
    }

    static Conflict refused(Executable change) {
        return assertThrows(Conflict.class, change);
    }

    @Test
    void aDecidedLinkRefusesAChangeToAFrozenFieldNamingItAndWhy() throws ReflectiveOperationException {
        SubprocessorLink link = stored(link(Authorisation.GENERAL));
        link.noticeReceived(TODAY.minusDays(5), TODAY.plusDays(25), "DPA-1 r1: 30 days to object");
        link.object("legal", NOW, TODAY, "Data would leave the EEA");

        Conflict notice = refused(() -> link.noticeChanges(TODAY.minusDays(4)));
        assertEquals("noticeReceivedOn", notice.field());
        assertEquals("chain.edit.noticeDecided", notice.messageKey());
        assertEquals(TODAY.minusDays(5), link.getNoticeReceivedOn());
        assertFalse(link.noticeChanges(TODAY.minusDays(5)), "the same date is no change");
        assertFalse(link.noticeChanges(null), "none given keeps it");

        assertEquals("startsOn", refused(() -> link.setStartsOn(TODAY.plusDays(1))).field());
        assertEquals("countries", refused(() -> link.setCountries(Set.of("IE", "US"))).field());
        assertEquals("chain.edit.decided", refused(() -> link.setService("archive")).messageKey());
        assertEquals("authorisation", refused(() -> link.keepAuthorisation(Authorisation.SPECIFIC)).field());
        link.keepAuthorisation(Authorisation.GENERAL);
        link.setEndsOn(TODAY.plusYears(1));
        link.setFlowDown(true, "MailCloud terms, art. 12");
    }

    @Test
    void anOpenNoticesDateMayChangeAndIsReceivedAgain() throws ReflectiveOperationException {
        SubprocessorLink link = stored(link(Authorisation.GENERAL));
        link.noticeReceived(TODAY.minusDays(5), TODAY.plusDays(25), "DPA-1 r1: 30 days to object");
        assertTrue(link.noticeChanges(TODAY.minusDays(3)));
        assertThrows(Conflict.class, () -> stored(link(Authorisation.SPECIFIC)).noticeChanges(TODAY),
                "a specific link has no notice");
    }
}
