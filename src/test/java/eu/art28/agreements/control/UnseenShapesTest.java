package eu.art28.agreements.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.art28.agreements.control.ClauseDetector.Finding;
import eu.art28.agreements.control.ClauseDetector.Reading;
import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;

/**
 * The shapes of DPAs written elsewhere that the reader learnt from the former held-out halves (issue 23), each on a
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
    // ---- round 3: from the second held-out half ----

    @Test
    void aSchedulesParagraphsAreItsOwnEvenWhenTheirFirstNumberIsTheSchedulesNumber() throws IOException {
        Reading reading = read("""
                #!lang en
                SCHEDULE 4 – DATA PROCESSING

                4. Security
                4.1 The Supplier shall implement appropriate technical and organisational measures to protect the personal data.
                """);
        assertEquals("Schedule 4 paragraph 4.1", reading.clause(Clause.C_SECURITY).reference());
    }

    @Test
    void aCountryIsThePartAtItsOwnPlaceNotAWordInsideTheName() throws IOException {
        Reading reading = read("""
                #!lang en
                Annex 2 – Sub-processors

                • Harbour Ireland Hosting Limited, Ireland – hosting of the platform
                • Vistula Poland Services Sp. z o.o., Poland – second-line support
                """);
        assertEquals(Set.of("Harbour Ireland Hosting Limited|IE|hosting of the platform",
                "Vistula Poland Services Sp. z o.o.|PL|second-line support"),
                Set.copyOf(reading.of(ProposalKind.SUBPROCESSOR).stream().map(Finding::value).toList()));
    }

    @Test
    void aListedEntryWrappedOverTwoLinesIsOneEntry() throws IOException {
        Reading reading = read("""
                #!lang en
                Current sub-processors:
                • Corvid Mail Technologies, Inc., United States –
                e-mail delivery of notifications
                • Fjord Voice Limited, Ireland – SMS and
                voice notifications
                """);
        assertEquals(Set.of("Corvid Mail Technologies, Inc.|US|e-mail delivery of notifications",
                "Fjord Voice Limited|IE|SMS and voice notifications"),
                Set.copyOf(reading.of(ProposalKind.SUBPROCESSOR).stream().map(Finding::value).toList()));
    }

    @Test
    void aRightColumnOfOneLineStillReadsAfterTheLeftOneWhenThePreviousPageHadColumns() {
        List<DpaText.Line> first = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            first.add(new DpaText.Line(100 + 14 * i, List.of(new DpaText.Word(50, 280, "the left column runs on here"),
                    new DpaText.Word(300, 540, "and the right column runs on too"))));
        }
        List<DpaText.Line> second = List.of(
                new DpaText.Line(100, List.of(new DpaText.Word(50, 200, "Article 6 – Sub-processors"),
                        new DpaText.Word(300, 500, "four weeks' notice, at cost."))),
                new DpaText.Line(114, List.of(new DpaText.Word(50, 280, "6.1 The processor engages sub-processors"))));
        List<String> lines = DpaLayout.lines(new DpaText(List.of("", ""), List.of(first, second))).stream()
                .filter(l -> l.page() == 2).map(DpaLayout.Line::text).toList();
        assertEquals(List.of("Article 6 – Sub-processors", "6.1 The processor engages sub-processors",
                "four weeks' notice, at cost."), lines);
    }

    @Test
    void aNegationReachesToTheNextCoordinatedClauseOnly() throws IOException {
        Reading reading = read("""
                #!lang en
                3. Instructions
                3.1 The Printer shall promptly inform the Client if, in the Printer’s opinion, an instruction infringes the GDPR, and shall not be obliged to carry out that instruction until the Client confirms it.
                """);
        assertAll(
                () -> assertNotNull(reading.clause(Clause.INFRINGING_INSTRUCTIONS)),
                () -> assertEquals(null, reading.saysOtherwise(Clause.INFRINGING_INSTRUCTIONS)));
    }

    @Test
    void aDutyPutOnTheSubprocessorIsNotTheProcessorsOwn() throws IOException {
        Reading reading = read("""
                #!lang en
                Clause 7
                7.1 The processor shall agree with each sub-processor that the controller may instruct the sub-processor to erase or return the personal data.

                Clause 10
                10.1 Following termination, the processor shall delete all personal data or return it, as the controller decides.
                """);
        assertEquals("Clause 10.1", reading.clause(Clause.G_DELETION_OR_RETURN).reference());
    }

    @Test
    void theControllersChoiceBetweenReturnAndDeletionHoweverTheSentenceIsBuilt() throws IOException {
        Reading english = read("""
                #!lang en
                8. End of processing
                8.1 On expiry the Supplier shall, at the Company’s option, return all Company Personal Data to the Company in a commonly used electronic format and delete all existing copies.
                """);
        Reading dutch = read("""
                #!lang nl
                Artikel 1 Partijen
                Klant is verwerkingsverantwoordelijke en Leverancier is verwerker. Klant en Leverancier werken samen met Klant.

                Artikel 9 Einde
                Bij het einde draagt Leverancier, naar keuze van Klant, alle persoonsgegevens over aan Klant of aan een opvolger, of vernietigt hij deze.

                Artikel 10 Kopieën
                • Bij het einde geeft Leverancier alle persoonsgegevens terug aan Klant als Klant daarom vraagt, en verwijdert hij daarna de kopieën.
                """);
        assertAll(
                () -> assertEquals("8.1", english.clause(Clause.G_DELETION_OR_RETURN).reference()),
                () -> assertNotNull(dutch.clause(Clause.G_DELETION_OR_RETURN)));
    }

    @Test
    void thirdPartiesEngagedOnlyWithPriorConsentAreSpecificSubprocessing() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 5 Inschakeling van derden
                Bewerker schakelt voor de verwerking van de persoonsgegevens geen derden in zonder voorafgaande schriftelijke toestemming van Verantwoordelijke. Bewerker legt derden die hij inschakelt dezelfde verplichtingen op als die uit deze overeenkomst.
                """);
        assertAll(
                () -> assertEquals("Artikel 5", reading.clause(Clause.D_SUBPROCESSORS).reference()),
                () -> assertEquals("SPECIFIC", value(reading, ProposalKind.SUB_PROCESSING)));
    }

    @Test
    void periodsGivenAsLabelsInASpecification() throws IOException {
        Reading reading = read("""
                #!lang nl
                Subverwerkers
                Klant geeft toestemming voor de inschakeling van subverwerkers.
                Termijn voor aankondiging van nieuwe subverwerkers: vier weken voor de inschakeling.
                Bezwaartermijn: veertien dagen na ontvangst van de aankondiging.
                """);
        assertAll(
                () -> assertEquals("28", value(reading, ProposalKind.SUB_PROCESSING_NOTICE_DAYS)),
                () -> assertEquals("14", value(reading, ProposalKind.OBJECTION_PERIOD_DAYS)));
    }

    @Test
    void noticeInWeeksOrNotLessThanAndRenewalForFurtherPeriods() throws IOException {
        Reading english = read("""
                #!lang en
                2. Term
                2.1 These Terms then renew for further periods of one year each, unless either party gives the other at least six weeks’ notice before the end of the then current term.

                6. Sub-processors
                6.1 The Client grants general written authorisation to engage sub-processors. The Printer shall give not less than forty-five days’ prior written notice of any intended addition.
                """);
        Reading dutch = read("""
                #!lang nl
                Artikel 8 Duur
                Daarna wordt zij stilzwijgend verlengd met telkens twaalf maanden, tenzij een der partijen uiterlijk acht weken voor het einde van de lopende periode schriftelijk opzegt.
                """);
        assertAll(
                () -> assertEquals("12", value(english, ProposalKind.RENEWAL_TERM_MONTHS)),
                () -> assertEquals("42", value(english, ProposalKind.NOTICE_PERIOD_DAYS)),
                () -> assertEquals("45", value(english, ProposalKind.SUB_PROCESSING_NOTICE_DAYS)),
                () -> assertEquals("56", value(dutch, ProposalKind.NOTICE_PERIOD_DAYS)));
    }

    @Test
    void anEndDateAfterAVerbOfEndingAndASignatureDatedDD() throws IOException {
        Reading reading = read("""
                #!lang en
                2. Term
                2.1 These Terms take effect on 1 July 2026 and terminate automatically on 30 June 2028.

                Aldus overeengekomen en in tweevoud ondertekend te Utrecht d.d. 12-02-2026.
                """);
        assertAll(
                () -> assertEquals("2028-06-30", value(reading, ProposalKind.EXPIRES_ON)),
                () -> assertEquals("2026-02-12", value(reading, ProposalKind.SIGNED_ON)));
    }

    @Test
    void aSupplierNamedInTheTitleOrCallingItItsStandardModelWroteTheTemplateAnAmendmentNumberDidNot()
            throws IOException {
        Reading named = read("""
                #!lang en
                CORVID DATA PROCESSING AGREEMENT

                1.1 Customer is the controller and Corvid is the processor. Corvid serves Customer; Corvid hosts.
                """);
        Reading model = read("""
                #!lang en
                DATA PROCESSING AGREEMENT

                Customer is the controller and Hoster is the processor. Hoster hosts; Hoster backs up.
                This agreement follows Hoster’s standard data processing agreement, version 3.1.
                """);
        Reading amendment = read("""
                #!lang nl
                ADDENDUM NR. 2
                bij de verwerkersovereenkomst van 3 juni 2024
                """);
        Reading terms = read("""
                #!lang en
                DATA PROTECTION TERMS FOR REMOTE HANDS SERVICES
                """);
        assertAll(
                () -> assertEquals("VENDOR_TEMPLATE", value(named, ProposalKind.STANDARD)),
                () -> assertEquals("VENDOR_TEMPLATE", value(model, ProposalKind.STANDARD)),
                () -> assertEquals("OWN", value(amendment, ProposalKind.STANDARD)),
                () -> assertEquals("VENDOR_TEMPLATE", value(terms, ProposalKind.STANDARD)));
    }

    @Test
    void aSignatureBlockEndsTheListOfSubprocessors() throws IOException {
        Reading reading = read("""
                #!lang nl
                Subverwerkers
                • Opslagwolk B.V., Nederland – opslag

                Ondertekening
                Naam: E. Jansen
                Datum: 30 april 2026
                """);
        assertEquals(List.of("Opslagwolk B.V.|NL|opslag"),
                reading.of(ProposalKind.SUBPROCESSOR).stream().map(Finding::value).toList());
    }

    @Test
    void subcontractorsTheSupplierMayEngageAtItsDiscretionAreGeneralSubprocessing() throws IOException {
        Reading reading = read("""
                #!lang en
                6. Subcontracting
                6.1 The Contractor may engage subcontractors at its sole discretion.
                """);
        assertEquals("GENERAL", value(reading, ProposalKind.SUB_PROCESSING));
    }

    @Test
    void theBreachDeadlineIsTheNoticeToTheControllerAndATriageTimeIsOnlyItsAlternative() throws IOException {
        Reading reading = read("""
                #!lang en
                Personal data breaches: the processor’s security desk triages every incident report within 4 hours. The notification to the controller shall be made no later than 48 hours after the processor has become aware of the personal data breach.
                """);
        List<Finding> found = reading.of(ProposalKind.BREACH_NOTIFICATION_HOURS);
        assertAll(
                () -> assertEquals(List.of("48", "4"), found.stream().map(Finding::value).toList()),
                () -> assertTrue(found.get(1).confidence() < found.get(0).confidence()),
                () -> assertTrue(found.get(1).passage().contains("triages"), found.get(1).passage()));
    }

    // ---- round 4 (session 10): the third held-out half ----

    @Test
    void paragraphsUnderRomanNumeralArticlesAreCitedWithTheirOwnNumber() throws IOException {
        Reading reading = read("""
                #!lang en
                Article III – Secrecy
                III.1 The Processor ensures that its staff who process personal data are bound to confidentiality.
                III.2 This article survives the end of the agreement.
                """);
        assertEquals("Article III.1", reading.clause(Clause.B_CONFIDENTIALITY).reference());
    }

    @Test
    void clausesSetOutAsRowsOfATableAreCitedByTheirRowNumber() throws IOException {
        Reading reading = read("""
                #!lang en
                Acme B.V. is the controller and Widget GmbH is the processor, Widget GmbH acting for Acme B.V. only.

                #!table
                Clause | Topic | What the processor does
                1 | Orders | The processor acts only on documented instructions of the controller.
                2 | Helpers | The processor engages another processor only with the prior specific written authorisation of the controller, and passes the same data protection obligations on to it by contract.
                #!end
                """);
        assertAll(
                () -> assertEquals("Clause 1", reading.clause(Clause.A_INSTRUCTIONS).reference()),
                () -> assertNotNull(reading.clause(Clause.D_SUBPROCESSORS), "the row holds (d) whole"),
                () -> assertEquals("Clause 2", reading.clause(Clause.D_SUBPROCESSORS).reference()));
    }

    @Test
    void signatureDatesInCopiesInTheHeadingInAnAnnexOfPartiesAndOnAPlaceAndDateLine() throws IOException {
        assertAll(
                () -> assertEquals("2025-10-03", value(read("""
                        #!lang en
                        Signed in triplicate on 3 October 2025.
                        """), ProposalKind.SIGNED_ON)),
                () -> assertEquals("2026-06-09", value(read("""
                        #!lang en
                        THIS DATA PROCESSING AGREEMENT is dated 9 June 2026
                        """), ProposalKind.SIGNED_ON)),
                () -> assertEquals("2026-01-10", value(read("""
                        #!lang en
                        IN WITNESS WHEREOF the parties have signed this processing agreement on 10 January 2026.
                        """), ProposalKind.SIGNED_ON)),
                () -> assertEquals("2026-01-20", value(read("""
                        #!lang en
                        Signature and accession date: P. de Vries, on behalf of the board, 20 January 2026
                        """), ProposalKind.SIGNED_ON)),
                () -> assertEquals("2026-07-14", value(read("""
                        #!lang nl
                        Namens Opdrachtgever
                        A. Visser, directeur
                        Groningen, 14-07-2026
                        """), ProposalKind.SIGNED_ON)));
    }

    @Test
    void startAndEndDatesAfterMoreWaysOfSayingSo() throws IOException {
        Reading dutch = read("""
                #!lang nl
                Deze overeenkomst geldt voor twee jaar, ingaande 1 mei 2026, en eindigt derhalve op 30 april 2028.
                """);
        Reading english = read("""
                #!lang en
                These terms apply from 1 March 2026 and terminate on 28 February 2027.
                """);
        assertAll(
                () -> assertEquals("2026-05-01", value(dutch, ProposalKind.EFFECTIVE_FROM)),
                () -> assertEquals("2028-04-30", value(dutch, ProposalKind.EXPIRES_ON)),
                () -> assertEquals("2026-03-01", value(english, ProposalKind.EFFECTIVE_FROM)),
                () -> assertEquals("2027-02-28", value(english, ProposalKind.EXPIRES_ON)));
    }

    @Test
    void anInitialTermThatRenewsEndsOnItsLastDayAndTheRenewalFollows() throws IOException {
        // the form's end date is the first end, from which Term counts whole renewal terms (decisions.md, round 4)
        Reading reading = read("""
                #!lang en
                This Agreement commences on 1 June 2026 and continues for an initial term of 18 months. It then renews automatically for successive periods of 6 months.
                """);
        assertAll(
                () -> assertEquals("2027-11-30", value(reading, ProposalKind.EXPIRES_ON)),
                () -> assertEquals("6", value(reading, ProposalKind.RENEWAL_TERM_MONTHS)));
    }

    @Test
    void aNoticePeriodInWeeksAfterTheWordForIt() throws IOException {
        Reading reading = read("""
                #!lang nl
                Opdrachtgever kan de overeenkomst opzeggen met inachtneming van een opzegtermijn van 6 weken.
                """);
        assertEquals("42", value(reading, ProposalKind.NOTICE_PERIOD_DAYS));
    }

    @Test
    void aBreachTheProcessorTellsYouAboutInDays() throws IOException {
        Reading reading = read("""
                #!lang en
                We will tell you about any personal data breach that affects your data within two (2) days of finding it.
                """);
        assertEquals("48", value(reading, ProposalKind.BREACH_NOTIFICATION_HOURS));
    }

    @Test
    void dataSubjectRequestsInTheSingularWithTheDutchVerbLastOrNamedByTheRight() throws IOException {
        assertAll(
                () -> assertNotNull(read("""
                        #!lang en
                        1. Help
                        1.1 Where a data subject’s request reaches us, we help you answer it.
                        """).clause(Clause.E_DATA_SUBJECT_RIGHTS)),
                () -> assertNotNull(read("""
                        #!lang nl
                        1. Rechten
                        1.1 Verwerker helpt bij verzoeken van klanten die hun rechten onder de AVG willen uitoefenen.
                        """).clause(Clause.E_DATA_SUBJECT_RIGHTS)),
                () -> assertNotNull(read("""
                        #!lang nl
                        1. Rechten
                        1.1 Verwerker werkt mee aan verzoeken van cliënten om inzage of correctie van hun dossier.
                        """).clause(Clause.E_DATA_SUBJECT_RIGHTS)));
    }

    @Test
    void anInstructionAgainstTheLawInDutchWithoutIsAndARefusalToTellIsOtherwise() throws IOException {
        Reading dutch = read("""
                #!lang nl
                1. Instructies
                1.1 Vindt Verwerker een aanwijzing in strijd met de AVG, dan meldt hij dat direct aan Verwerkingsverantwoordelijke.
                """);
        Reading refused = read("""
                #!lang en
                1. Instructions
                1.1 We have no duty to verify that your instructions comply with the GDPR, and are not required to let you know if we think that they do not.
                """);
        assertAll(
                () -> assertNotNull(dutch.clause(Clause.INFRINGING_INSTRUCTIONS)),
                () -> assertNotNull(refused.saysOtherwise(Clause.INFRINGING_INSTRUCTIONS)));
    }

    @Test
    void aProhibitionOfSubprocessingMeetsDAndHandingWorkOnWithoutNoticeDoesNot() throws IOException {
        Reading prohibited = read("""
                #!lang nl
                Artikel 4 Derden
                1. Het is Verwerker niet toegestaan de verwerking geheel of gedeeltelijk aan derden uit te besteden.
                """);
        Reading handedOn = read("""
                #!lang en
                When we are busy we may subcontract the binding to other workshops. We do not need to inform you beforehand and no separate consent is required.
                """);
        assertAll(
                () -> assertNotNull(prohibited.clause(Clause.D_SUBPROCESSORS)),
                () -> assertEquals("NOT_ALLOWED", value(prohibited, ProposalKind.SUB_PROCESSING)),
                () -> assertNotNull(handedOn.saysOtherwise(Clause.D_SUBPROCESSORS)),
                () -> assertEquals("GENERAL", value(handedOn, ProposalKind.SUB_PROCESSING)));
    }

    @Test
    void aGeneralAuthorisationByAdverbAndObligationsEquivalentToThoseAbove() throws IOException {
        Reading reading = read("""
                #!lang en
                7. Subprocessors
                7.1 The Client generally authorises the Vendor to engage subprocessors. The Vendor informs the Client of a new subprocessor at least ten days before, and the Client may object within five days. Each subprocessor is bound by obligations equivalent to those of this clause.
                """);
        assertAll(
                () -> assertEquals("GENERAL", value(reading, ProposalKind.SUB_PROCESSING)),
                () -> assertNotNull(reading.clause(Clause.D_SUBPROCESSORS)));
    }

    @Test
    void subprocessorsUnderWhereAndWhatColumnsANumberedHeadingWithLetteredEntriesOrEngagedThirdParties()
            throws IOException {
        Reading table = read("""
                #!lang en
                Our sub-processors

                #!table
                Sub-processor | Where | What they do
                Hetzner Online GmbH | Germany | servers
                #!end
                """);
        Reading lettered = read("""
                #!lang en
                3. Sub-processors:
                (a) Brevo SAS, France – newsletters;
                (b) Twilio Inc., United States – text messages.
                """);
        Reading thirdParties = read("""
                #!lang nl
                Ingeschakelde derden

                • Mailpost B.V., Nederland – verzending
                """);
        assertAll(
                () -> assertEquals(List.of("Hetzner Online GmbH|DE|servers"), values(table)),
                () -> assertEquals(List.of("Brevo SAS|FR|newsletters", "Twilio Inc.|US|text messages"), values(lettered)),
                () -> assertEquals(List.of("Mailpost B.V.|NL|verzending"), values(thirdParties)));
    }

    @Test
    void aSignatoryNameFollowedByADateIsNoSubprocessor() throws IOException {
        Reading reading = read("""
                #!lang nl
                Subverwerkers
                • Rekenhal B.V., Nederland – hosting

                Opdrachtgever: Bakkerij Zoet B.V.
                Naam: K. Jansen
                Datum: 3 maart 2026
                """);
        assertEquals(List.of("Rekenhal B.V.|NL|hosting"), values(reading));
    }

    @Test
    void aSubprocessorConsentedToInASentence() throws IOException {
        Reading reading = read("""
                #!lang en
                The Customer consents to the engagement of Coldstore Systems Ltd, established in Ireland, for the storage of backups.
                """);
        assertEquals(List.of("Coldstore Systems Ltd|IE|storage of backups"), values(reading));
    }

    @Test
    void theProcessorSpeakingInTheFirstPersonOrNamedAloneInTheRunningLineWroteTheTemplate() throws IOException {
        Reading letter = read("""
                #!lang nl
                Beste klant, u bent verwerkingsverantwoordelijke en wij zijn uw verwerker.
                """);
        Reading header = read("""
                #!lang nl
                #!header Loonwijs B.V. – verwerkersovereenkomst 2026.1
                Deze overeenkomst is gesloten tussen: Tuinbouw Noord B.V., gevestigd te Assen, hierna: “Opdrachtgever”, en Loonwijs B.V., gevestigd te Emmen, hierna: “Opdrachtnemer”.
                """);
        Reading both = read("""
                #!lang nl
                #!header Tuinbouw Noord B.V. – verwerkersovereenkomst met Loonwijs B.V.
                Deze overeenkomst is gesloten tussen: Tuinbouw Noord B.V., gevestigd te Assen, hierna: “Opdrachtgever”, en Loonwijs B.V., gevestigd te Emmen, hierna: “Opdrachtnemer”.
                """);
        assertAll(
                () -> assertEquals("VENDOR_TEMPLATE", value(letter, ProposalKind.STANDARD)),
                () -> assertEquals("VENDOR_TEMPLATE", value(header, ProposalKind.STANDARD)),
                () -> assertEquals("OWN", value(both, ProposalKind.STANDARD)));
    }

    @Test
    void deletionAfterTheEndWithoutAReturnIsG() throws IOException {
        assertAll(
                () -> assertNotNull(read("""
                        #!lang nl
                        1. Einde
                        1.1 Binnen vier weken na afloop van de opdracht vernietigt Verwerker alle bestanden van Opdrachtgever.
                        """).clause(Clause.G_DELETION_OR_RETURN)),
                () -> assertNotNull(read("""
                        #!lang en
                        1. End
                        1.1 Upon termination of the services the Vendor erases all customer files within 30 days.
                        """).clause(Clause.G_DELETION_OR_RETURN)));
    }

    @Test
    void theDutyToAssistComesBeforeTheParagraphThatSpellsItOut() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 6 Hulp
                1. Verwerker verleent Opdrachtgever bijstand bij het nakomen van de verplichtingen uit de artikelen 32 tot en met 36 AVG.
                2. Die bijstand omvat informatie voor een gegevensbeschermingseffectbeoordeling.
                """);
        assertEquals("Artikel 6 lid 1", reading.clause(Clause.F_ASSISTANCE).reference());
    }

    @Test
    void informationToDemonstrateComplianceWithWordsBetweenAndARefusedAudit() throws IOException {
        Reading info = read("""
                #!lang nl
                Artikel 8 Controle
                8.1 Verwerker stelt op verzoek alle informatie ter beschikking die nodig is om aan te tonen dat hij de AVG naleeft. Opdrachtgever mag een audit laten uitvoeren en Verwerker werkt daaraan mee.
                8.2 De kosten van de audit zijn voor Opdrachtgever.
                """);
        Reading refused = read("""
                #!lang en
                9. Checks
                9.1 The Client shall have no right to audit or inspect the Vendor’s premises.
                """);
        assertAll(
                () -> assertEquals("Artikel 8.1", info.clause(Clause.H_AUDITS).reference()),
                () -> assertNotNull(refused.saysOtherwise(Clause.H_AUDITS)));
    }

    @Test
    void noticeAndObjectionReadWhereSubprocessorsAreCalledThirdParties() throws IOException {
        Reading reading = read("""
                #!lang nl
                5. Derden
                5.1 Opdrachtgever geeft hierbij algemene toestemming om Derden in te schakelen.
                5.2 Opdrachtnemer meldt ten minste twintig dagen voordat een Derde wordt toegevoegd.
                5.3 Opdrachtgever kan binnen tien dagen na die melding bezwaar maken.
                """);
        Reading minimal = read("""
                #!lang nl
                5. Subverwerkers
                5.1 Verwerker meldt een nieuwe subverwerker minimaal 30 dagen van tevoren.
                """);
        assertAll(
                () -> assertEquals("20", value(reading, ProposalKind.SUB_PROCESSING_NOTICE_DAYS)),
                () -> assertEquals("10", value(reading, ProposalKind.OBJECTION_PERIOD_DAYS)),
                () -> assertEquals("30", value(minimal, ProposalKind.SUB_PROCESSING_NOTICE_DAYS)));
    }

    @Test
    void bracketedParagraphsUnderAnArticleButNotUnderALetteredItem() throws IOException {
        Reading reading = read("""
                #!lang en
                Article 6 Security
                (1) The processor shall implement appropriate technical and organisational measures.
                (2) The measures are listed in Annex II.

                Article 7 Assistance
                (a) The processor shall assist the controller with the following obligations:
                (1) the data protection impact assessment;
                (2) the prior consultation.
                """);
        assertAll(
                () -> assertEquals("Article 6(1)", reading.clause(Clause.C_SECURITY).reference()),
                () -> assertEquals("Article 7(a)", reading.clause(Clause.F_ASSISTANCE).reference()));
    }

    @Test
    void termsStatedInOtherCommonWays() throws IOException {
        Reading english = read("""
                #!lang en
                This Agreement is dated this 2nd day of February 2026. It starts on 1 March 2026 and remains in effect until 28 February 2027.
                """);
        Reading dutch = read("""
                #!lang nl
                Deze overeenkomst vangt aan op 1 juni 2026, is aangegaan voor drie jaar en wordt daarna stilzwijgend verlengd voor een jaar.
                """);
        Reading joined = read("""
                #!lang en
                This Agreement renews automatically for successive one-year periods.
                """);
        Reading signatureTable = read("""
                #!lang en
                #!table
                Signed for | Customer | Supplier
                Name | A. Smith | B. Jones
                Date | 3 March 2026 | 5 March 2026
                #!end
                """);
        assertAll(
                () -> assertEquals("2026-02-02", value(english, ProposalKind.SIGNED_ON)),
                () -> assertEquals("2026-03-01", value(english, ProposalKind.EFFECTIVE_FROM)),
                () -> assertEquals("2027-02-28", value(english, ProposalKind.EXPIRES_ON)),
                () -> assertEquals("2026-06-01", value(dutch, ProposalKind.EFFECTIVE_FROM)),
                () -> assertEquals("2029-05-31", value(dutch, ProposalKind.EXPIRES_ON)),
                () -> assertEquals("12", value(dutch, ProposalKind.RENEWAL_TERM_MONTHS)),
                () -> assertEquals("12", value(joined, ProposalKind.RENEWAL_TERM_MONTHS)),
                () -> assertEquals("2026-03-05", value(signatureTable, ProposalKind.SIGNED_ON)));
    }

    @Test
    void aNameColumnHeadedWithItsKindOfName() throws IOException {
        Reading reading = read("""
                #!lang en
                #!table
                Full legal name | Country | Service
                Stackhost Oy | Finland | hosting
                #!end
                """);
        assertEquals(List.of("Stackhost Oy|FI|hosting"), values(reading));
    }

    @Test
    void anInfringementWithWordsBetweenAndInTheProcessorsJudgement() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 2 Opdracht
                1. Verwerker verwerkt uitsluitend op schriftelijke instructies van Verwerkingsverantwoordelijke.
                2. Levert een instructie naar het oordeel van Verwerker een inbreuk op de wet op, dan meldt hij dat.
                """);
        assertEquals("Artikel 2 lid 2", reading.clause(Clause.INFRINGING_INSTRUCTIONS).reference());
    }

    @Test
    void anAuditTheControllerMayHaveCarriedOut() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 9 Controle
                1. Verwerkingsverantwoordelijke is bevoegd om ten hoogste twee keer per jaar een audit te laten doen.
                """);
        assertNotNull(reading.clause(Clause.H_AUDITS));
    }

    @Test
    void obligationsNoLessOnerousThanTheseArePassedDown() throws IOException {
        Reading reading = read("""
                #!lang en
                Clause 4 Sub-processing
                4.1 The Vendor shall not appoint a sub-processor without the Client's prior written consent and shall bind it to obligations no less onerous than this Clause.
                """);
        assertNotNull(reading.clause(Clause.D_SUBPROCESSORS));
    }

    @Test
    void plainWordsForABreachNoticeAnEndingAndSubcontractors() throws IOException {
        Reading reading = read("""
                #!lang en
                2. Incidents
                2.1 The Vendor will let the Client know about a data breach within 3 days.

                3. Ending
                3.1 The Client may end this agreement by giving one month’s notice.
                3.2 On termination the Vendor will hand back the client data and then wipe it from its systems.

                4. Subcontractors
                4.1 The Vendor may use subcontractors. The Vendor tells the Client about a new subcontractor 20 days in advance.
                """);
        assertAll(
                () -> assertEquals("72", value(reading, ProposalKind.BREACH_NOTIFICATION_HOURS)),
                () -> assertEquals("30", value(reading, ProposalKind.NOTICE_PERIOD_DAYS)),
                () -> assertNotNull(reading.clause(Clause.G_DELETION_OR_RETURN)),
                () -> assertEquals("20", value(reading, ProposalKind.SUB_PROCESSING_NOTICE_DAYS)));
    }

    @Test
    void aLocationColumnBeatsAnAddressColumnThatOnlyNamesTheCity() throws IOException {
        Reading reading = read("""
                #!lang nl
                Bijlage 4 Subverwerkers

                #!table
                Subverwerker | Vestigingsadres | Verwerkingslocatie | Taak
                Rekenwolk B.V. | Utrecht | Nederland | opslag
                #!end
                """);
        assertEquals(List.of("Rekenwolk B.V.|NL|opslag"), values(reading));
    }

    @Test
    void withoutNumberingTheConditionsOfDAreReadOverTheWholeParagraph() throws IOException {
        Reading reading = read("""
                #!lang en
                Helpers
                We engage sub-processors under your general authorisation and tell you 30 days before adding one, so that you may object within 10 days. Each of them is bound by the same obligations as we are.
                """);
        assertNotNull(reading.clause(Clause.D_SUBPROCESSORS));
    }

    @Test
    void aPartyDefinedByARoleWordTakesThatRole() throws IOException {
        Reading reading = read("""
                #!lang nl
                Tussen: Stichting Welzijn Zuid, hierna: “Opdrachtgever”, en Roosterbaas B.V., hierna: “Opdrachtnemer”.

                Artikel 2 Verwerking
                1. Opdrachtnemer verwerkt de persoonsgegevens uitsluitend op instructies van Opdrachtgever.
                """);
        assertEquals("Artikel 2 lid 1", reading.clause(Clause.A_INSTRUCTIONS).reference());
    }

    // ---- the fifth round (the fourth round's holdout moved into dev) ----

    @Test
    void theSectionSignIsAHeadingWord() throws IOException {
        Reading reading = read("""
                #!lang nl
                § 2 Instructies

                2.1 Opdrachtnemer verwerkt de Persoonsgegevens uitsluitend op basis van schriftelijke instructies van Opdrachtgever.
                """);
        assertEquals("§ 2.1", reading.clause(Clause.A_INSTRUCTIONS).reference());
    }

    @Test
    void aScheduleParagraphCitedIsNoWordForTheDocumentsOwnNumbers() throws IOException {
        Reading reading = read("""
                #!lang en
                4. INSTRUCTIONS

                (a) The Bureau shall process the Client Personal Data only on the documented instructions of the Client.

                6. SECURITY

                (a) The Bureau shall implement appropriate technical and organisational measures, including the measures described in Schedule 1 paragraph 4.
                """);
        assertAll(
                () -> assertEquals("4(a)", reading.clause(Clause.A_INSTRUCTIONS).reference()),
                () -> assertEquals("6(a)", reading.clause(Clause.C_SECURITY).reference()));
    }

    @Test
    void aRightColumnOfOneLineAtTheTopOfAFullPageIsReadAfterTheLeftOne() throws IOException {
        StringBuilder left = new StringBuilder();
        for (int i = 1; i <= 53; i++) {
            left.append("Regel ").append(i).append(" van de tekst\n");
        }
        List<String> lines = DpaLayout.lines(text("#!lang nl\n#!columns 2\n" + left + "#!columns 1\n")).stream()
                .map(DpaLayout.Line::text).toList();
        assertAll(
                () -> assertEquals(53, lines.size(), String.join("\n", lines)),
                () -> assertEquals("Regel 53 van de tekst", lines.get(lines.size() - 1)));
    }

    @Test
    void aParallelBilingualTextIsCitedInTheTextThatPrevails() throws IOException {
        String pair = """
                Artikel 9 Audit

                9.1 Verwerker stelt Verwerkingsverantwoordelijke alle informatie ter beschikking die nodig is om de nakoming aan te tonen en maakt audits door Verwerkingsverantwoordelijke mogelijk.

                Article 9 Audit

                9.1 The processor shall make available to the controller all information necessary to demonstrate compliance and shall allow for and contribute to audits, including inspections, by the controller.
                """;
        Reading dutchFirst = read("#!lang nl+en\n" + pair);
        Reading englishPrevails = read("#!lang nl+en\nIn case of conflict the English text prevails.\n\n" + pair);
        assertAll(
                () -> assertEquals("Artikel 9.1", dutchFirst.clause(Clause.H_AUDITS).reference()),
                () -> assertEquals("Article 9.1", englishPrevails.clause(Clause.H_AUDITS).reference()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | 6.1 Dienstverlener schakelt geen subverwerkers in.
            en | 6.1 The Service Provider shall not engage any sub-processors.
            """)
    void anOutrightNoToSubprocessorsMeetsD(String lang, String sentence) throws IOException {
        Reading reading = read("#!lang " + lang + "\nArtikel 6 Subverwerkers\n\n" + sentence + "\n");
        assertAll(
                () -> assertNotNull(reading.clause(Clause.D_SUBPROCESSORS)),
                () -> assertEquals("NOT_ALLOWED", value(reading, ProposalKind.SUB_PROCESSING)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INFRINGING_INSTRUCTIONS | De verwerker stelt de verwerkingsverantwoordelijke onmiddellijk in kennis indien naar zijn mening instructies van de verwerkingsverantwoordelijke inbreuk opleveren op de AVG.
            """)
    void dutchPluralsAndOpinionsNameTheItem(Clause clause, String sentence) throws IOException {
        assertNotNull(read("#!lang nl\nArtikel 7 Instructies\n\n7.1 " + sentence + "\n").clause(clause));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            H_AUDITS | Customer agrees that these reports satisfy any audit or inspection rights Customer may have under this DPA.
            INFRINGING_INSTRUCTIONS | The Processor is not responsible for determining whether the Controller’s instructions comply with applicable law.
            G_DELETION_OR_RETURN | Verwerker is niet gehouden Persoonsgegevens uit back-ups te verwijderen, noch om Persoonsgegevens aan Verwerkingsverantwoordelijke terug te leveren.
            """)
    void limitsInOtherWordsSayOtherwise(Clause clause, String sentence) throws IOException {
        Reading reading = read("#!lang en\nSection 8 Terms\n\n8.1 " + sentence + "\n");
        assertAll(
                () -> assertEquals(null, reading.clause(clause)),
                () -> assertNotNull(reading.saysOtherwise(clause), "says otherwise"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EFFECTIVE_FROM | 2026-06-09 | 1.2 In deze overeenkomst wordt verstaan onder: • Hoofdovereenkomst: de overeenkomst voor het portaal; • Ingangsdatum: de datum waarop deze overeenkomst door beide partijen is ondertekend. 3.1 Deze overeenkomst gaat in op de Ingangsdatum en loopt voor de duur van de Hoofdovereenkomst. Aldus getekend te Eindhoven op 9 juni 2026.
            EFFECTIVE_FROM | 2026-03-05 | 1.1 “Addendum Effective Date” means the date on which this DPA has been signed by both parties. 2.1 This DPA takes effect on the Addendum Effective Date. Date: March 5, 2026
            EFFECTIVE_FROM | 2026-07-01 | “Effective Date”: 1 July 2026. 2.1 This Agreement shall commence on the Effective Date.
            EFFECTIVE_FROM | 2026-05-01 | 1.2 “Amendment Effective Date” means 1 May 2026. 2.1 With effect from the Amendment Effective Date, Annex 3 is replaced.
            EFFECTIVE_FROM | 2026-08-01 | 1. Dienstenovereenkomst: de overeenkomst inzake de leermiddelen, met een looptijd van 1 augustus 2026 tot en met 31 juli 2029.
            RENEWAL_TERM_MONTHS | 12 | “Renewal Period”: each successive period of twelve (12) months. 2.2 This Agreement shall automatically renew for successive Renewal Periods.
            EXPIRES_ON | | 6.1 Deze verwerkersovereenkomst gaat in op 1 mei 2026 en loopt zolang de Overeenkomst loopt. De Overeenkomst is aangegaan voor een initiële looptijd van twaalf maanden.
            OBJECTION_PERIOD_DAYS | 21 | 3. Een nieuwe subverwerker wordt vooraf gemeld. Onderwijsinstelling kan binnen een termijn van drie weken na die informatie gemotiveerd bezwaar maken.
            OBJECTION_PERIOD_DAYS | 14 | • Wil Pixelwerk een nieuwe subverwerker inschakelen, dan laat Pixelwerk dat minstens twee weken van tevoren weten. De Klant kan binnen die twee weken bezwaar maken.
            SUB_PROCESSING_NOTICE_DAYS | 60 | (a) De verwerker besteedt niets uit aan een subverwerker zonder specifieke toestemming. De verwerker dient het verzoek ten minste zestig dagen vóór de inschakeling van de subverwerker in.
            SIGNED_ON | 2026-03-02 | DATED the 2nd day of March 2026
            SUB_PROCESSING | GENERAL | 6.1 Opdrachtnemer is gerechtigd zonder voorafgaande toestemming van Opdrachtgever derden, waaronder hostingpartijen en leveranciers van onderdelen van het portaal, in te schakelen.
            SUB_PROCESSING | SPECIFIC | 6.1 Opdrachtnemer schakelt geen derden in zonder voorafgaande schriftelijke toestemming van Opdrachtgever.
            """)
    void fieldsInTheWordsOfTheirSentence(ProposalKind kind, String expected, String text) throws IOException {
        assertEquals(expected, value(read("#!lang nl\n" + text.replace(". ", ".\n\n") + "\n"), kind));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Meterwise – Greenfield | DPA Amendment No. 2 # AMENDMENT No. 2 TO THE DATA PROCESSING AGREEMENT / (1) Greenfield Energy Supply B.V., Amsterdam, the Netherlands (the “Controller”); and (2) Meterwise Ltd, Bristol, United Kingdom (the “Processor”).
            Ref: PAYE-DPA/2026/031 # DATED the 2nd day of March 2026 / (1) CALDER PAYROLL BUREAU LIMITED / (2) NORTHGATE HOSPITALITY GROUP LIMITED / (1) CALDER PAYROLL BUREAU LIMITED, Leeds (the “Bureau”); and (2) NORTHGATE HOSPITALITY GROUP LIMITED, Manchester (the “Client”). The Client is the controller and the Bureau is the processor. The Bureau shall act on instructions. The Bureau shall keep records.
            """)
    void aRunningLineOrCoverNamingBothPartiesIsNoSuppliersTemplate(String header, String front) throws IOException {
        // " / " parts the cover's lines
        assertEquals("OWN", value(read("#!lang en\n#!footer " + header + "\n" + front.replace(" / ", "\n") + "\n"),
                ProposalKind.STANDARD));
    }

    @Test
    void subprocessorsFromAddressesStatesBracketedCountriesInNamesAndAListAfterAColon() throws IOException {
        Reading reading = read("""
                #!lang en
                ANNEX IV – LIST OF SUB-PROCESSORS

                #!table
                Sub-processor | Address | Description of processing
                Google LLC | 1600 Amphitheatre Parkway, Mountain View, CA, USA | BigQuery processing
                #!end

                1. Name: Amazon Web Services EMEA SARL
                Address: 38 Avenue John F. Kennedy, L-1855 Luxembourg
                Description of the processing: hosting and storage.

                SCHEDULE 2 – APPROVED SUB-PROCESSORS

                3. Iron Mountain (UK) PLC, London, United Kingdom – off-site storage of paper records.

                Artikel 4 Andere partijen

                • Pixelwerk mag andere partijen (subverwerkers) inschakelen voor het uitvoeren van de opdracht, namelijk:
                TransIP B.V. (Nederland) voor de hosting van de website;
                Laposta B.V. (Nederland) voor de verzending van de nieuwsbrief.

                Artikel 5 Datalekken
                """);
        assertEquals(Set.of("Google LLC|US|BigQuery processing", "Amazon Web Services EMEA SARL|LU|hosting and storage.",
                "Iron Mountain (UK) PLC|GB|off-site storage of paper records",
                "TransIP B.V.|NL|hosting van de website", "Laposta B.V.|NL|verzending van de nieuwsbrief"),
                Set.copyOf(values(reading)));
    }

    // ---- sixth round: the fifth held-out half as development ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A_INSTRUCTIONS | Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van Klant en op basis van diens schriftelijke aanwijzingen.
            A_INSTRUCTIONS | Dienstverlener verwerkt de persoonsgegevens in het kader van de Dienst en volgt daarbij de aanwijzingen van Klant op.
            E_DATA_SUBJECT_RIGHTS | Leverancier helpt Klant bij het beantwoorden van verzoeken van cliënten die hun privacyrechten uitoefenen.
            E_DATA_SUBJECT_RIGHTS | Leverancier helpt Klant bij verzoeken van cliënten, zoals inzage, correctie en verwijdering.
            D_SUBPROCESSORS | You will not bring in any other company to process our employees’ data without our prior written consent, and any company you do bring in will be bound by the same obligations as this letter places on you.
            """)
    void itemsInTheWordsOfOtherTemplates(Clause clause, String sentence) throws IOException {
        // „Klant” in Dutch quotation marks is the controller's defined name
        Reading reading = read("#!lang nl\nTechniek B.V., Utrecht (hierna: „Verwerker”)\nHandel B.V., Zwolle (hierna: „Klant”)\n\n"
                + "Artikel 2 Verwerking\n\n2.1 " + sentence + "\n");
        assertNotNull(reading.clause(clause), clause + " in " + sentence);
    }

    @Test
    void anotherCompanyBroughtInOnlyWithOurPriorConsentIsSpecific() throws IOException {
        assertEquals("SPECIFIC", value(read("""
                #!lang en
                You will not bring in any other company to process our employees’ data without our prior written consent, and any company you do bring in with our consent will be bound by the same obligations as this letter places on you.
                """), ProposalKind.SUB_PROCESSING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            VENDOR_TEMPLATE # CONFIDENTIAL – Shiftly Workforce Scheduling – Data Processing Agreement # DATA PROCESSING AGREEMENT / Shiftly Ltd (“Provider”) and Bakkerij Van Os Groep B.V. (“Client”)
            OWN # Verwerkersovereenkomst / Data Processing Agreement – PeopleFlow HR # VERWERKERSOVEREENKOMST / Nordhaven Shipping B.V., Rotterdam, hierna „Verwerkingsverantwoordelijke”; / PeopleFlow HR B.V., Eindhoven, hierna „Verwerker”.
            """)
    void aRunningLineNamesTheAuthorBeforeTheTitleAndTheCounterpartyAfterIt(String standard, String header, String front)
            throws IOException {
        // two pages, so that the header is read as running
        assertEquals(standard, value(read("#!lang en\n#!header " + header + "\n" + front.replace(" / ", "\n")
                + "\n\nClient is the controller and Provider is the processor.\n#!page\nProvider acts on instructions.\n"),
                ProposalKind.STANDARD));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EXPIRES_ON | 2030-02-28 | “Effective Date” means 1 March 2027; 2.1 This Agreement commences on the Effective Date and shall continue for an initial term of thirty-six (36) months. 9.1 This Schedule applies for the term of the Agreement and thereafter for as long as the Supplier holds any Customer Personal Data.
            EXPIRES_ON | 2029-03-31 | 7.1 Deze overeenkomst gaat in op 1 april 2027 en heeft een looptijd van twee jaar. 4.3 De Klant kan binnen veertien dagen bezwaar maken; de Leverancier schakelt de subverwerker dan niet in zolang partijen geen oplossing hebben gevonden.
            SUB_PROCESSING | GENERAL | 5.1 The Processor shall not engage a sub-processor unless (a) it has informed the Controller in writing of the intended engagement at least twenty-one (21) days in advance, (b) the Controller has not objected to the engagement within ten (10) days of receiving that information.
            BREACH_NOTIFICATION_HOURS | 36 | Melding van inbreuken (clausule 9.2): de verwerker stelt de verwerkingsverantwoordelijke in ieder geval binnen 36 uur nadat hij kennis heeft genomen van de inbreuk in kennis.
            """)
    void fieldsOfTheSixthRound(ProposalKind kind, String expected, String text) throws IOException {
        assertEquals(expected, value(read("#!lang en\n" + text.replace(". ", ".\n\n").replace("; 2.1", ";\n\n2.1")
                + "\n"), kind));
    }

    @Test
    void aTermOfAnotherAgreementStillCountsForNothingHere() throws IOException {
        // the rule of the fifth round, kept: no start in the term's own sentence
        assertEquals(null, value(read("""
                #!lang nl
                6.1 Deze verwerkersovereenkomst gaat in op 1 mei 2026 en loopt zolang de Overeenkomst loopt.

                6.2 De Overeenkomst is aangegaan voor een initiële looptijd van twaalf maanden.
                """), ProposalKind.EXPIRES_ON));
    }

    @Test
    void noNoticeAndNoObjectionInOtherWordsFailsD() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 6 Subverwerkers

                6.1 Afnemer verleent Dienstverlener algemene toestemming om subverwerkers in te schakelen. Dienstverlener is niet verplicht Afnemer vooraf over de inschakeling of vervanging van subverwerkers te informeren, en Afnemer kan daartegen geen bezwaar maken.

                6.2 Dienstverlener legt zijn subverwerkers verplichtingen op die in wezen gelijk zijn aan die uit deze voorwaarden.
                """);
        assertAll(
                () -> assertEquals(null, reading.clause(Clause.D_SUBPROCESSORS)),
                () -> assertNotNull(reading.saysOtherwise(Clause.D_SUBPROCESSORS)),
                () -> assertEquals("GENERAL", value(reading, ProposalKind.SUB_PROCESSING)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            true | Dienstverlener volgt de aanwijzingen van Afnemer op. Dienstverlener mag de Persoonsgegevens daarnaast voor eigen doeleinden verwerken, waaronder productontwikkeling.
            true | The Provider may also use Customer Personal Data for its own purposes, such as product development.
            false | Verwerker verwerkt de persoonsgegevens uitsluitend op schriftelijke instructie van Verwerkingsverantwoordelijke en niet voor eigen doeleinden.
            false | The Provider processes personal data only on documented instructions. The Provider may use anonymised statistics for its own purposes.
            """)
    void processingForTheProcessorsOwnPurposesSaysOtherwiseAboutA(boolean otherwise, String text) throws IOException {
        Reading reading = read("#!lang nl\nArtikel 3 Verwerking\n\n3.1 " + text + "\n");
        assertAll(
                () -> assertEquals(otherwise, reading.saysOtherwise(Clause.A_INSTRUCTIONS) != null),
                () -> assertEquals(!otherwise, reading.clause(Clause.A_INSTRUCTIONS) != null));
    }

    @Test
    void subprocessorsInASentenceWithTheCountryInBracketsAndInAListAfterAColon() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 4 Andere partijen die de Leverancier inschakelt

                • De Leverancier legt iedere subverwerker dezelfde verplichtingen op als die in deze overeenkomst staan.

                Op dit moment werkt de Leverancier met:
                • Hetzner Online GmbH, Duitsland – hosting van het ECD;
                • Previder B.V., Nederland – back-up en uitwijklocatie.

                Artikel 5 Hulp

                5.1 De Leverancier maakt momenteel onder meer gebruik van Google Cloud EMEA Limited (Ierland) voor de hosting van de Dienst.
                """);
        assertEquals(Set.of("Hetzner Online GmbH|DE|hosting van het ECD", "Previder B.V.|NL|back-up en uitwijklocatie",
                "Google Cloud EMEA Limited|IE|hosting van de Dienst"), Set.copyOf(values(reading)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SIGNED_ON | 2026-03-03 | en | Signed for and on behalf of the Customer on 3 March 2026.
            SIGNED_ON | 2026-03-03 | en | IN WITNESS WHEREOF the parties have executed this Agreement as of March 3, 2026.
            SIGNED_ON | 2026-03-03 | nl | Aldus opgemaakt en ondertekend in tweevoud te Utrecht op 3 maart 2026.
            SIGNED_ON | 2026-03-03 | en | Date signed: 03/03/2026
            EFFECTIVE_FROM | 2027-01-01 | nl | Deze overeenkomst treedt in werking per 1 januari 2027.
            EXPIRES_ON | 2029-12-31 | en | This DPA is effective from 1 January 2027 and remains in force for three years.
            EXPIRES_ON | 2029-12-31 | nl | Deze overeenkomst gaat in op 1 januari 2027 en loopt drie jaar.
            EXPIRES_ON | 2029-12-31 | nl | Deze overeenkomst gaat in op 1 januari 2027 en heeft een duur van 36 maanden.
            EXPIRES_ON | 2029-12-31 | nl | Deze overeenkomst gaat in op 1 januari 2027. De looptijd bedraagt drie jaar.
            EXPIRES_ON | 2029-12-31 | en | This DPA takes effect on 1 January 2027. Its term is three years.
            RENEWAL_TERM_MONTHS | 12 | nl | Daarna wordt de overeenkomst stilzwijgend met een jaar verlengd.
            BREACH_NOTIFICATION_HOURS | 24 | nl | Een datalek wordt uiterlijk binnen één werkdag na ontdekking gemeld aan de verwerkingsverantwoordelijke.
            BREACH_NOTIFICATION_HOURS | 48 | en | The processor shall inform the controller about any personal data breach at the latest 48 hours after discovery.
            SUB_PROCESSING_NOTICE_DAYS | 14 | en | Processor will give Customer 14 days' notice before engaging a new sub-processor.
            OBJECTION_PERIOD_DAYS | 10 | nl | Verwerkingsverantwoordelijke heeft 10 werkdagen om bezwaar te maken tegen een nieuwe subverwerker.
            OBJECTION_PERIOD_DAYS | 14 | en | Customer has fourteen (14) days to object to a new Subprocessor.
            SUB_PROCESSING | SPECIFIC | en | The Processor shall not subcontract any of its processing operations without the prior written authorisation of the Controller.
            SUB_PROCESSING | GENERAL | en | Customer authorises Provider to engage Subprocessors.
            SUB_PROCESSING | GENERAL | nl | Verwerkingsverantwoordelijke geeft Verwerker toestemming om subverwerkers in te schakelen, mits Verwerker haar vooraf informeert.
            SUB_PROCESSING | NOT_ALLOWED | nl | Verwerker maakt geen gebruik van subverwerkers.
            SUB_PROCESSING | NOT_ALLOWED | en | The Processor will not use sub-processors.
            SUB_PROCESSING | SPECIFIC | nl | Verwerker schakelt uitsluitend subverwerkers in na voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.
            """)
    void fieldsInCommonWordsNotYetSeen(ProposalKind kind, String expected, String lang, String text) throws IOException {
        assertEquals(expected, value(read("#!lang " + lang + "\n" + text.replace(". ", ".\n\n") + "\n"), kind));
    }

    @Test
    void anAuditsNoticeIsNoNoticeOfANewSubprocessor() throws IOException {
        assertEquals(null, value(read("""
                #!lang en
                Schedule 4 Data Processing

                4.1 The Supplier shall not engage any Sub-processor without the prior specific written consent of the Customer.

                8.1 The Supplier shall allow for and contribute to audits conducted by the Customer on not less than fifteen (15) days' notice.
                """), ProposalKind.SUB_PROCESSING_NOTICE_DAYS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A_INSTRUCTIONS | present | en | The Vendor shall process Customer Data strictly on the instructions of the Customer.
            A_INSTRUCTIONS | present | nl | Verwerker verwerkt de persoonsgegevens enkel op instructie van de Verwerkingsverantwoordelijke.
            B_CONFIDENTIALITY | present | en | Employees of the Processor who process personal data have signed a non-disclosure agreement.
            C_SECURITY | present | nl | Verwerker zorgt voor een passend beveiligingsniveau.
            E_DATA_SUBJECT_RIGHTS | present | en | Vendor will help Customer respond to individuals who ask to access, correct or delete their personal data.
            E_DATA_SUBJECT_RIGHTS | present | nl | Verwerker helpt Verwerkingsverantwoordelijke als een betrokkene een beroep doet op zijn rechten.
            E_DATA_SUBJECT_RIGHTS | present | en | Processor shall promptly forward to Controller any request received from a data subject and assist Controller in fulfilling it.
            G_DELETION_OR_RETURN | present | en | When this Agreement ends, the Processor shall hand back all personal data and erase any copies.
            H_AUDITS | present | nl | Verwerkingsverantwoordelijke heeft het recht om de naleving van deze overeenkomst te laten controleren door een onafhankelijke auditor.
            INFRINGING_INSTRUCTIONS | present | nl | Verwerker meldt het direct aan Opdrachtgever wanneer hij van mening is dat een opdracht in strijd is met de AVG.
            D_SUBPROCESSORS | otherwise | en | The Processor may engage sub-processors at its discretion without notice to the Controller.
            D_SUBPROCESSORS | otherwise | nl | Verwerker mag naar eigen inzicht subverwerkers inschakelen. De verwerkingsverantwoordelijke heeft geen inspraak in de keuze van subverwerkers.
            E_DATA_SUBJECT_RIGHTS | otherwise | nl | Verwerker verleent geen medewerking aan verzoeken van betrokkenen.
            """)
    void itemsInCommonWordsNotYetSeen(Clause clause, String state, String lang, String text) throws IOException {
        Reading reading = read("#!lang " + lang + "\nArtikel 5 Verplichtingen\n\n5.1 " + text + "\n");
        assertEquals(state, reading.clause(clause) != null ? "present" : reading.saysOtherwise(clause) != null
                ? "otherwise" : "absent", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            D_SUBPROCESSORS | en | Provider may engage sub-processors without Customer's consent, provided that it imposes the same data protection obligations on them.
            D_SUBPROCESSORS | nl | Opdrachtnemer is vrij om subverwerkers in te schakelen zonder Opdrachtgever daarover te informeren. Opdrachtnemer legt subverwerkers dezelfde verplichtingen op.
            D_SUBPROCESSORS | nl | Verwerker kan zonder voorafgaande toestemming van Verwerkingsverantwoordelijke subverwerkers inschakelen en stelt Verwerkingsverantwoordelijke daarvan achteraf op de hoogte. Verwerker legt subverwerkers dezelfde verplichtingen op.
            INFRINGING_INSTRUCTIONS | nl | Verwerker is niet verplicht te controleren of instructies van Verwerkingsverantwoordelijke in strijd zijn met de AVG.
            """)
    void sayingOtherwiseInOtherWords(Clause clause, String lang, String text) throws IOException {
        Reading reading = read("#!lang " + lang + "\nArtikel 9 Voorwaarden\n\n9.1 " + text + "\n");
        assertAll(
                () -> assertEquals(null, reading.clause(clause), text),
                () -> assertNotNull(reading.saysOtherwise(clause), text));
    }

    @Test
    void aSubprocessorsSeatAfterItsLegalFormIsNoPartOfItsName() throws IOException {
        assertEquals(Set.of("KPN B.V.|NL|connectiviteit", "TransIP B.V.|NL|hosting"), Set.copyOf(values(read("""
                #!lang nl
                Bijlage B Subverwerkers

                • KPN B.V. te Den Haag (Nederland) – connectiviteit
                • TransIP B.V. te Leiden (Nederland) – hosting
                """))));
    }

    // ---- seventh round: the sixth held-out half as development ----

    @Test
    void oneElementSaidFreelyBesideAsManyRefusedIsOtherwiseAndAWaivedAuditToo() throws IOException {
        Reading reading = read("""
                #!lang en
                Clause 6 – Data subject requests
                6.1 Processor shall not be required to assist Customer in responding to requests from data subjects.
                6.2 If Processor receives a request from a data subject, it may tell the data subject to contact Customer.

                Clause 8 – Audits
                8.1 Customer waives any right to audit or inspect Processor’s premises, systems or records.
                """);
        assertAll(
                () -> assertEquals(null, reading.clause(Clause.E_DATA_SUBJECT_RIGHTS)),
                () -> assertEquals("Clause 6.1", reading.saysOtherwise(Clause.E_DATA_SUBJECT_RIGHTS).reference()),
                () -> assertEquals(null, reading.clause(Clause.H_AUDITS)),
                () -> assertNotNull(reading.saysOtherwise(Clause.H_AUDITS)));
    }

    @Test
    void aRefusedNoticeBesideAPermissionStillCitesTheSubprocessingParagraph() throws IOException {
        // pins (d): the refusal is weighed by Art. 28(2) over the article, the permission is the passage
        Reading reading = read("""
                #!lang nl
                § 6 Derden

                6.1 Opdrachtnemer is gerechtigd zonder voorafgaande toestemming van Opdrachtgever derden in te schakelen voor de verwerking.

                6.2 Opdrachtnemer is niet verplicht Opdrachtgever te informeren over de inschakeling van zulke derden.
                """);
        assertEquals("§ 6.1", reading.saysOtherwise(Clause.D_SUBPROCESSORS).reference());
    }

    @Test
    void describingWordsLoseToTheInstructionsAndAHeadingWithItsOwnTitleEndsAtItsLine() throws IOException {
        Reading reading = read("""
                #!lang nl
                Artikel 1 – Onderwerp
                Verwerker verwerkt in opdracht van Verwerkingsverantwoordelijke de volgende persoonsgegevens: namen en e-mailadressen.

                Artikel 2 – Opdracht
                Verwerker verwerkt de persoonsgegevens alleen volgens de schriftelijke opdracht en instructies van Verwerkingsverantwoordelijke.

                Artikel 7 – Na afloop
                Na het einde van de overeenkomst levert Verwerker alle persoonsgegevens op verzoek aan Verwerkingsverantwoordelijke terug en verwijdert hij daarna alle persoonsgegevens en kopieën uit zijn systemen.
                """);
        assertAll(
                () -> assertEquals("Artikel 2", reading.clause(Clause.A_INSTRUCTIONS).reference()),
                () -> assertEquals("Artikel 7", reading.clause(Clause.G_DELETION_OR_RETURN).reference()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | Stopt onze samenwerking, dan geven wij alle gegevens die wij van u hebben aan u terug en verwijderen wij daarna onze kopieën.
            nl | Bij het einde van de overeenkomst stelt Leverancier alle persoonsgegevens op verzoek aan Klant ter beschikking en verwijdert zij daarna alle kopieën.
            en | At the end of the agreement the Supplier makes all personal data available to the Client on request and then deletes all copies.
            """)
    void theDataHandedBackInOtherVerbsThenDeleted(String lang, String sentence) throws IOException {
        assertNotNull(read("#!lang " + lang + "\nArtikel 10 Einde\n\n10.1 " + sentence + "\n")
                .clause(Clause.G_DELETION_OR_RETURN), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SIGNED_ON | 2025-10-03 | en | Accepted electronically by Customer on 3 October 2025
            SIGNED_ON | 2026-03-03 | en | Accepted and agreed on 3 March 2026.
            SIGNED_ON | 2026-11-25 | nl | Datum: vijfentwintig november tweeduizend zesentwintig
            SIGNED_ON | 2026-03-03 | en | Signed this 3rd day of March, 2026.
            SIGNED_ON | 2026-03-03 | en | IN WITNESS WHEREOF the parties have signed this Agreement on the third day of March two thousand and twenty-six.
            SIGNED_ON | 2026-03-03 | en | Date: 3 Mar. 2026
            SIGNED_ON | 2026-09-03 | en | Date: Sept. 3, 2026
            SIGNED_ON | 2026-03-03 | nl | Datum: 3 mrt 2026
            SIGNED_ON | 2026-03-03 | en | Date: 2026/03/03
            SIGNED_ON | 2026-03-03 | nl | Datum: dinsdag 3 maart 2026
            SIGNED_ON | 2026-03-03 | nl | Ondertekend: 3 maart 2026
            SIGNED_ON | 2026-03-03 | nl | Ondertekend op de derde maart 2026.
            SIGNED_ON | 2026-03-03 | en | Date of last signature: 3 March 2026
            EFFECTIVE_FROM | 2026-06-01 | en | “Addendum Effective Date” means June 1, 2026. 2.1 This Addendum applies from the Addendum Effective Date to the Processing of Customer Personal Data by Supplier.
            EFFECTIVE_FROM | 2026-04-01 | en | “Effective Date” means 1 April 2026. 2.1 This DPA starts on the Effective Date.
            EFFECTIVE_FROM | 2026-04-01 | nl | “Ingangsdatum”: 1 april 2026. 2.1 Deze overeenkomst treedt op de Ingangsdatum in werking.
            EFFECTIVE_FROM | 2026-04-01 | nl | De overeenkomst treedt op 1 april 2026 in werking.
            EFFECTIVE_FROM | 2026-04-01 | nl | Deze overeenkomst is vanaf 1 april 2026 van kracht.
            EFFECTIVE_FROM | 2026-04-01 | nl | Deze overeenkomst wordt aangegaan per 1 april 2026 voor onbepaalde tijd.
            EFFECTIVE_FROM | 2026-04-01 | nl | Startdatum: 1 april 2026
            EFFECTIVE_FROM | 2026-04-01 | en | The Effective Date is 1 April 2026.
            EFFECTIVE_FROM | 2026-04-01 | en | This DPA shall be in force from 1 April 2026.
            EFFECTIVE_FROM | 2026-04-01 | en | This DPA takes effect from 1 April 2026.
            EFFECTIVE_FROM | 2026-04-01 | en | This DPA is effective 1 April 2026.
            EFFECTIVE_FROM | 2026-04-01 | en | This DPA runs from 1 April 2026 to 31 March 2028.
            EXPIRES_ON | 2028-03-31 | en | This DPA runs from 1 April 2026 to 31 March 2028.
            EXPIRES_ON | 2028-03-31 | nl | Looptijd: van 1 april 2026 tot 31 maart 2028.
            EXPIRES_ON | 2029-03-31 | nl | Deze overeenkomst loopt af op 31 maart 2029.
            EXPIRES_ON | 2029-03-31 | nl | Einddatum: 31 maart 2029
            EXPIRES_ON | 2029-03-31 | en | Expiry date: 31 March 2029
            EXPIRES_ON | 2029-03-31 | en | This DPA expires at the end of 31 March 2029.
            EXPIRES_ON | 2029-03-31 | nl | Deze overeenkomst eindigt op eenendertig maart tweeduizend negenentwintig.
            EXPIRES_ON | 2029-03-31 | en | This DPA takes effect on 1 April 2026 and is entered into for three years.
            EXPIRES_ON | 2029-03-31 | en | This DPA takes effect on 1 April 2026 with a term of thirty-six months.
            EXPIRES_ON | 2029-03-31 | en | This DPA takes effect on 1 April 2026 and shall last for three years.
            EXPIRES_ON | 2029-03-31 | nl | Deze overeenkomst gaat in op 1 april 2026 en geldt voor drie jaar.
            EXPIRES_ON | 2029-03-31 | nl | Deze overeenkomst gaat in op 1 april 2026 voor de tijd van drie jaar.
            EXPIRES_ON | 2026-06-23 | nl | Deze overeenkomst gaat in op 1 april 2026 en heeft een looptijd van twaalf weken.
            EXPIRES_ON | 2029-03-31 | nl | Ingangsdatum: 1 april 2026 / Looptijd: 36 maanden
            EXPIRES_ON | 2029-03-31 | en | Effective date: 1 April 2026 / Term: three (3) years
            RENEWAL_TERM_MONTHS | 12 | nl | Daarna wordt de overeenkomst telkens verlengd met twaalf maanden.
            RENEWAL_TERM_MONTHS | 12 | en | Thereafter the agreement is extended each time by twelve months.
            RENEWAL_TERM_MONTHS | 12 | en | Thereafter this DPA renews for additional one (1) year terms.
            RENEWAL_TERM_MONTHS | 12 | nl | Daarna wordt de overeenkomst steeds voor een jaar verlengd.
            RENEWAL_TERM_MONTHS | 12 | nl | De overeenkomst wordt daarna automatisch verlengd voor telkens twaalf maanden.
            RENEWAL_TERM_MONTHS | 12 | en | Thereafter the agreement is renewed for a further year.
            RENEWAL_TERM_MONTHS | 12 | nl | Verlenging van de overeenkomst: telkens met 12 maanden
            RENEWAL_TERM_MONTHS | 12 | en | This DPA then renews from year to year.
            RENEWAL_TERM_MONTHS | 12 | nl | De overeenkomst wordt jaarlijks stilzwijgend verlengd.
            RENEWAL_TERM_MONTHS | 1 | en | Thereafter the agreement renews from month to month.
            RENEWAL_TERM_MONTHS | | en | The deadline for the report may be extended by one month.
            NOTICE_PERIOD_DAYS | 30 | nl | Opzegtermijn: 30 dagen
            NOTICE_PERIOD_DAYS | 30 | en | Notice period: thirty (30) days
            NOTICE_PERIOD_DAYS | 90 | nl | Partijen kunnen de overeenkomst schriftelijk opzeggen met een termijn van drie maanden.
            NOTICE_PERIOD_DAYS | 60 | en | Termination requires written notice of at least 60 days.
            NOTICE_PERIOD_DAYS | 90 | nl | Opzeggen kan tot drie maanden voor het einde van de looptijd.
            NOTICE_PERIOD_DAYS | 14 | nl | De overeenkomst kan worden opgezegd met inachtneming van twee weken.
            OBJECTION_PERIOD_DAYS | 14 | nl | 4.1 Leverancier meldt nieuwe subverwerkers vooraf. 4.2 Klant kan binnen twee weken na een kennisgeving als bedoeld in artikel 4.1 gemotiveerd bezwaar maken.
            SUB_PROCESSING | GENERAL | nl | Wij mogen daarvoor zonder uw voorafgaande toestemming andere partijen inschakelen en zullen u niet afzonderlijk informeren wanneer wij een leverancier toevoegen.
            """)
    void fieldsOfTheSeventhRound(ProposalKind kind, String expected, String lang, String text) throws IOException {
        // " / " parts lines of a specification
        assertEquals(expected, value(read("#!lang " + lang + "\n" + text.replace(". ", ".\n\n").replace(" / ", "\n")
                + "\n"), kind), text);
    }

    @Test
    void aRangeOfDatesForSomethingElseIsNoEndOfTheAgreement() throws IOException {
        // pins the range rule to a sentence on the agreement lasting
        assertEquals(null, value(read("""
                #!lang en
                The first audit takes place in the period from 1 January 2027 to 31 March 2027.
                """), ProposalKind.EXPIRES_ON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Wij gebruiken de gegevens uitsluitend voor de werkzaamheden die u ons opdraagt en volgen daarbij uw schriftelijke aanwijzingen.
            Planwijs B.V., Utrecht (“Planwijs”) en Hotel B.V., Amsterdam (“Opdrachtgever”). / 1.1 Planwijs levert aan Opdrachtgever de roosterapplicatie en verwerkt daarbij persoonsgegevens als verwerker in de zin van de AVG. / 1.2 Planwijs volgt de instructies van Opdrachtgever. Planwijs meldt datalekken. Planwijs helpt bij verzoeken.
            """)
    void aProcessorWritingInTheFirstPersonOrInItsOwnNameInTheRunningLineWroteTheTemplate(String front)
            throws IOException {
        // two pages, so that the header is read as running
        assertEquals("VENDOR_TEMPLATE", value(read("#!lang nl\n#!header Planwijs B.V. – Verwerkersovereenkomst\n"
                + "VERWERKERSOVEREENKOMST\n\n" + front.replace(" / ", "\n") + "\n#!page\nSlotbepalingen.\n"),
                ProposalKind.STANDARD));
    }

    @Test
    void subprocessorsNamedInASentenceWithWhatTheyDoAndTheirCountryInBrackets() throws IOException {
        assertEquals(Set.of("Exact Nederland B.V.|NL|online boekhoud- en salarissoftware",
                "Microsoft Ireland Operations Ltd|IE|e-mail en bestandsopslag"), Set.copyOf(values(read("""
                #!lang nl
                Voor ons werk maken wij gebruik van software van andere bedrijven. Wij mogen daarvoor andere partijen inschakelen. Op dit moment zijn dat Exact Nederland B.V. (online boekhoud- en salarissoftware, Nederland) en Microsoft Ireland Operations Ltd (e-mail en bestandsopslag, Ierland).
                """))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BREACH_NOTIFICATION_HOURS | 24 | nl | Verwerker meldt een datalek aan Verwerkingsverantwoordelijke. De melding gebeurt binnen 24 uur.
            BREACH_NOTIFICATION_HOURS | 24 | en | Processor shall report any data breach to Controller. Such report shall be made within 24 hours.
            BREACH_NOTIFICATION_HOURS | 48 | nl | Bij een datalek informeert Leverancier de Klant binnen een termijn van 48 uur.
            BREACH_NOTIFICATION_HOURS | 24 | nl | Verwerkingsverantwoordelijke moet een datalek binnen 72 uur melden aan de Autoriteit Persoonsgegevens; Verwerker meldt een datalek daarom binnen 24 uur aan Verwerkingsverantwoordelijke.
            BREACH_NOTIFICATION_HOURS | 48 | nl | Meldtermijn datalekken: 48 uur
            BREACH_NOTIFICATION_HOURS | 48 | en | Breach notification: within 48 hours
            SUB_PROCESSING_NOTICE_DAYS | 30 | nl | Verwerker mag subverwerkers inschakelen. Verwerker stelt Verwerkingsverantwoordelijke uiterlijk een maand van tevoren op de hoogte van een nieuwe subverwerker.
            SUB_PROCESSING_NOTICE_DAYS | 30 | nl | Verwerker mag subverwerkers inschakelen. Verwerker informeert Verwerkingsverantwoordelijke over een voorgenomen nieuwe subverwerker met een termijn van 30 dagen.
            OBJECTION_PERIOD_DAYS | 30 | en | Processor may engage sub-processors. Customer may, within one month of the notice, object to the new sub-processor.
            OBJECTION_PERIOD_DAYS | 14 | nl | Verwerker mag subverwerkers inschakelen. Verwerkingsverantwoordelijke heeft veertien dagen de tijd om bezwaar te maken.
            OBJECTION_PERIOD_DAYS | 14 | nl | Verwerker mag subverwerkers inschakelen. Verwerkingsverantwoordelijke kan tot 14 dagen na de kennisgeving bezwaar maken.
            OBJECTION_PERIOD_DAYS | 14 | en | Processor may engage sub-processors. Customer may object up to 14 days after receiving the notice.
            OBJECTION_PERIOD_DAYS | 14 | en | Processor may engage sub-processors. The Controller has a period of fourteen days in which to object.
            OBJECTION_PERIOD_DAYS | 14 | nl | Verwerker mag subverwerkers inschakelen. Verwerkingsverantwoordelijke kan gedurende veertien dagen bezwaar maken.
            OBJECTION_PERIOD_DAYS | 14 | en | Processor may engage sub-processors. Customer may object during a period of 14 days after the notice.
            """)
    void deadlinesOfTheSeventhRound(ProposalKind kind, String expected, String lang, String text) throws IOException {
        assertEquals(expected, value(read("#!lang " + lang + "\n" + text.replace(". ", ".\n\n") + "\n"), kind), text);
    }

    @Test
    void termsGivenAsTheRowsOfATableWithoutRulesAreReadWithTheirOwnLabel() throws IOException {
        Reading reading = read("""
                #!lang en
                Schedule 1 Key terms

                #!table
                Item | Agreed
                Start date | 1 April 2026
                Initial term | 24 months
                Renewal | automatic, for successive periods of 12 months
                Notice period | 3 months before the end of the term
                Breach notification | within 48 hours of discovery
                Notice of new sub-processors | at least 30 days
                Objection period for new sub-processors | 14 days
                Signed on | 3 March 2026
                #!end

                Clause 2 Sub-processors
                The Supplier may engage sub-processors under a general authorisation; the periods are in Schedule 1.
                """);
        assertAll(
                () -> assertEquals("2026-03-03", value(reading, ProposalKind.SIGNED_ON)),
                () -> assertEquals("2026-04-01", value(reading, ProposalKind.EFFECTIVE_FROM)),
                () -> assertEquals("2028-03-31", value(reading, ProposalKind.EXPIRES_ON)),
                () -> assertEquals("12", value(reading, ProposalKind.RENEWAL_TERM_MONTHS)),
                () -> assertEquals("90", value(reading, ProposalKind.NOTICE_PERIOD_DAYS)),
                () -> assertEquals("48", value(reading, ProposalKind.BREACH_NOTIFICATION_HOURS)),
                () -> assertEquals("30", value(reading, ProposalKind.SUB_PROCESSING_NOTICE_DAYS)),
                () -> assertEquals("14", value(reading, ProposalKind.OBJECTION_PERIOD_DAYS)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            H_AUDITS | nl | Verwerker staat geen audits of inspecties toe.
            H_AUDITS | en | The Processor does not permit audits or inspections by the Customer.
            E_DATA_SUBJECT_RIGHTS | nl | Verwerker helpt niet bij verzoeken van betrokkenen; Verwerkingsverantwoordelijke handelt deze zelf af.
            F_ASSISTANCE | en | The Processor provides no assistance with data protection impact assessments or prior consultation.
            G_DELETION_OR_RETURN | en | The Processor will not return or delete personal data at the end of the services and may keep it.
            INFRINGING_INSTRUCTIONS | en | The Processor will not check or tell the Controller whether instructions infringe the GDPR.
            """)
    void aDutyRefusedByItsVerbSaysOtherwise(Clause clause, String lang, String sentence) throws IOException {
        Reading reading = read("#!lang " + lang + "\nArtikel 8 Voorwaarden\n\n8.1 " + sentence + "\n");
        assertAll(
                () -> assertEquals(null, reading.clause(clause), sentence),
                () -> assertNotNull(reading.saysOtherwise(clause), sentence));
    }

    @Test
    void aRefusalWithAnExceptionIsTheDutyItself() throws IOException {
        // pins the exception: "will not delete ... unless" sets the deletion's condition, it does not refuse it
        assertNotNull(read("""
                #!lang en
                Clause 9 End
                9.1 At the end of the services the Processor shall delete or return all personal data and will not delete any copy before the Controller has chosen which.
                """).clause(Clause.G_DELETION_OR_RETURN));
    }

    private static List<String> values(Reading reading) {
        return reading.of(ProposalKind.SUBPROCESSOR).stream().map(Finding::value).toList();
    }
}
