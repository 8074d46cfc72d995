package eu.art28.chain.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.platform.control.Conflict;
import eu.art28.platform.control.InvalidInput;
import eu.art28.platform.control.NotPermitted;
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
}
