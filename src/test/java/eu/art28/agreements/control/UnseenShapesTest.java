package eu.art28.agreements.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.art28.agreements.control.ClauseDetector.Finding;
import eu.art28.agreements.control.ClauseDetector.Reading;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;

/**
 * The shapes of DPAs written elsewhere that the reader learnt from the former held-out half (issue 23), each on a
 * few lines of its own so that a rule that stops working names itself.
 */
class UnseenShapesTest {

    private final ClauseDetector detector = new ClauseDetector(ClausePatterns.standard());

    private Reading read(String source) throws IOException {
        return detector.read(text(source));
    }

    private static DpaText text(String source) throws IOException {
        return DpaText.read(DpaRenderer.pdf(source), (done, total) -> { });
    }

    private static String value(Reading reading, ProposalKind kind) {
        List<Finding> found = reading.of(kind);
        return found.isEmpty() ? null : found.get(0).value();
    }

    @Test
    void partiesNamedOtherwiseAreUnderstoodAsControllerAndProcessor() throws IOException {
        String source = """
                #!lang nl
                Artikel 1 Partijen

                1.1 Klant is verwerkingsverantwoordelijke en Leverancier is verwerker in de zin van de AVG.

                1.2 Klant en Leverancier spreken het volgende af. Klant betaalt. Leverancier levert.

                Artikel 2 Controle

                2.1 Klant heeft het recht audits uit te laten voeren; Leverancier maakt een audit door Klant mogelijk.
                """;
        ClauseDetector.Roles roles = ClauseDetector.roles(ClauseDetector.blocks(DpaLayout.lines(text(source))));
        assertAll(
                () -> assertEquals(Set.of("Klant"), roles.controllers()),
                () -> assertEquals(Set.of("Leverancier"), roles.processors()),
                () -> assertEquals("Artikel 2.1", read(source).clause(Clause.H_AUDITS).reference()));
    }

    @Test
    void bareNumbersAreCitedAsTheDocumentCitesThemAndRecitalsAreNotTheClause() throws IOException {
        Reading reading = read("""
                #!lang en
                WHEREAS the Supplier may only engage sub-processors with the Customer's specific written authorisation.

                NOW THEREFORE THE PARTIES AGREE AS FOLLOWS:

                6. SUBPROCESSORS

                6.1 The Supplier shall not engage sub-processors without the prior specific written authorisation of the Customer, and shall impose the same data protection obligations on each of them.

                6.2 A request under Section 6.1 is made at least thirty days in advance.
                """);
        assertAll(
                () -> assertEquals("Section 6.1", reading.clause(Clause.D_SUBPROCESSORS).reference()),
                () -> assertEquals("SPECIFIC", value(reading, ProposalKind.SUB_PROCESSING)));
    }

    @Test
    void twoNarrowColumnsWithARaggedEdgeAreReadOneAfterTheOther() throws IOException {
        StringBuilder left = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            left.append(i).append(".1 De verwerker verwerkt de gegevens van klanten uitsluitend volgens de schriftelijke "
                    + "aanwijzingen van de opdrachtgever en niet anders.\n\n");
        }
        List<String> lines = DpaLayout.lines(text("#!lang nl\n#!columns 2\n" + left + "#!columns 1\n")).stream()
                .map(DpaLayout.Line::text).toList();
        assertTrue(lines.stream().filter(l -> l.matches("\\d\\.1 .*")).count() == 6
                && lines.stream().noneMatch(l -> l.matches(".*\\S\\s+\\d\\.1 .*")), String.join("\n", lines));
    }

    @Test
    void subprocessorsStandInAddressTablesAndUnbulletedOrBilingualLists() throws IOException {
        Reading reading = read("""
                #!lang en
                ANNEX IV – LIST OF SUB-PROCESSORS

                #!table
                Name | Address | Description of the processing
                Vellum Cloud Storage GmbH | Mainzer Landstraße 50, 60325 Frankfurt am Main, Germany | hosting of the print files
                #!end

                Sub-processors
                The processor uses the following sub-processors:
                NorthGrid Datacenters B.V. – Nederland – colocation of servers
                • Skyfjord Hosting ApS, Denemarken / Denmark – hosting of the platform
                • Nimbus Payroll Cloud B.V., Rotterdam (Nederland): hosting of the payroll application;
                • Ostrava Backup s.r.o. – Czech Republic – backup storage
                """);
        assertEquals(Set.of("Vellum Cloud Storage GmbH|DE|hosting of the print files",
                "NorthGrid Datacenters B.V.|NL|colocation of servers", "Skyfjord Hosting ApS|DK|hosting of the platform",
                "Nimbus Payroll Cloud B.V.|NL|hosting of the payroll application",
                "Ostrava Backup s.r.o.|CZ|backup storage"),
                Set.copyOf(reading.of(ProposalKind.SUBPROCESSOR).stream().map(Finding::value).toList()));
    }

    @Test
    void periodsAndDatesInTheSentenceThatGivesThemTheirMeaning() throws IOException {
        Reading reading = read("""
                #!lang en
                1. Term

                1.1 "Effective Date" means 1 April 2026.

                1.2 This Agreement commences on the Effective Date. It renews unless either party gives written notice of non-renewal at least thirteen weeks before the end of the term.

                1.3 Either party may terminate this Agreement if the other commits a material breach not remedied within 30 days of being notified of it.

                1.4 The Supplier shall notify the Customer of a personal data breach within twelve hours after becoming aware of it.
                """);
        assertAll(
                () -> assertEquals("2026-04-01", value(reading, ProposalKind.EFFECTIVE_FROM)),
                () -> assertEquals("91", value(reading, ProposalKind.NOTICE_PERIOD_DAYS)),
                () -> assertEquals("12", value(reading, ProposalKind.BREACH_NOTIFICATION_HOURS)));
    }

    @Test
    void aSupplierThatMayEngageSubprocessorsAndChangeTheDpaAloneWroteItsOwnTemplate() throws IOException {
        Reading reading = read("""
                #!lang nl
                VERWERKERSOVEREENKOMST

                Artikel 1 Partijen

                1.1 Klant is verwerkingsverantwoordelijke en Leverancier is verwerker. Klant en Leverancier werken samen.

                Artikel 7 Derden

                7.1 Leverancier is gerechtigd om zonder voorafgaande kennisgeving subverwerkers in te schakelen. Klant heeft geen recht van bezwaar.

                Artikel 10 Slot

                10.1 Leverancier mag deze verwerkersovereenkomst wijzigen.
                """);
        assertAll(
                () -> assertEquals("GENERAL", value(reading, ProposalKind.SUB_PROCESSING)),
                () -> assertEquals("VENDOR_TEMPLATE", value(reading, ProposalKind.STANDARD)),
                () -> assertNotNull(reading.saysOtherwise(Clause.D_SUBPROCESSORS), "no notice, no objection"));
    }
}
