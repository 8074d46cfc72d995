package eu.art28.agreements.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import eu.art28.agreements.entity.Clause;
import eu.art28.agreements.entity.ProposalKind;

/**
 * Realistic DPAs written for the tests, Dutch and English, each with what a careful reader finds in it. The
 * PDFs are generated here (PDFBox, standard fonts) so the texts stay readable in review.
 */
public final class DpaCorpus {

    /** A document and what it says: clauses present, some clause references, and the form values. */
    public record Dpa(String name, String text, boolean scan, Set<Clause> present, Map<Clause, String> references,
            Map<ProposalKind, String> values, List<String> subprocessors) {

        public byte[] pdf() {
            return scan ? scanned(text) : DpaCorpus.pdf(text);
        }
    }

    private static final Set<Clause> ALL = Set.of(Clause.values());

    public static final Dpa EU_CLAUSES = new Dpa("en-eu-2021-915", """
            STANDARD CONTRACTUAL CLAUSES

            SECTION I

            Clause 1
            Purpose and scope

            (a) The purpose of these Standard Contractual Clauses (the Clauses) is to ensure compliance with Article 28(3) and (4) of Regulation (EU) 2016/679. These Clauses are the standard contractual clauses of Commission Implementing Decision (EU) 2021/915.

            (b) The controllers and processors listed in Annex I have agreed to these Clauses. These Clauses are effective from 1 April 2026.

            SECTION II - OBLIGATIONS OF THE PARTIES

            Clause 7
            Obligations of the Parties

            7.1 Instructions

            (a) The processor shall process personal data only on documented instructions from the controller, unless required to do so by Union or Member State law to which the processor is subject.

            (b) The processor shall immediately inform the controller if, in the processor's opinion, instructions given by the controller infringe Regulation (EU) 2016/679 or the applicable Union or Member State data protection provisions.

            7.2 Purpose limitation

            The processor shall process the personal data only for the specific purpose(s) of the processing, as set out in Annex II, unless it receives further instructions from the controller.

            7.4 Security of processing

            (a) The processor shall at least implement the technical and organisational measures specified in Annex III to ensure the security of the personal data, including protection against a breach of security leading to accidental or unlawful destruction. In assessing the appropriate level of security, the Parties shall take due account of the state of the art and ensure a level of security appropriate to the risk.

            (b) The processor shall grant access to the personal data undergoing processing to members of its personnel only to the extent strictly necessary. The processor shall ensure that persons authorised to process the personal data received have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.

            7.6 Documentation and compliance

            (c) The processor shall make available to the controller all information necessary to demonstrate compliance with the obligations that are set out in these Clauses and stem directly from Regulation (EU) 2016/679. At the controller's request, the processor shall also permit and contribute to audits of the processing activities covered by these Clauses, at reasonable intervals.

            (d) The controller may choose to conduct the audit by itself or mandate an independent auditor. Audits may also include inspections at the premises or physical facilities of the processor.

            7.7 Use of sub-processors

            (a) GENERAL WRITTEN AUTHORISATION: The processor has the controller's general authorisation for the engagement of sub-processors from an agreed list. The processor shall specifically inform in writing the controller of any intended changes of that list through the addition or replacement of sub-processors at least 30 days in advance. The controller may object to such changes within 14 days of that information.

            (b) Where the processor engages a sub-processor for carrying out specific processing activities, it shall do so by way of a contract which provides for, in substance, the same data protection obligations as those imposed on the processor.

            7.8 International transfers

            (a) Any transfer of data to a third country or an international organisation by the processor shall be done only on the basis of documented instructions from the controller and in accordance with Chapter V of Regulation (EU) 2016/679.

            Clause 8
            Assistance to the controller

            8.1 The processor shall promptly notify the controller of any request it has received from the data subject. The processor shall assist the controller in fulfilling its obligations to respond to data subjects' requests to exercise their rights, taking into account the nature of the processing.

            8.2 The processor shall furthermore assist the controller in ensuring compliance with the obligation to carry out a data protection impact assessment and the obligation to consult the competent supervisory authority prior to processing (prior consultation).

            Clause 9
            Notification of personal data breach

            9.2 In the event of a personal data breach concerning data processed by the processor, the processor shall notify the controller without undue delay and in any event within 48 hours after the processor having become aware of the breach.

            SECTION III - FINAL PROVISIONS

            Clause 10
            Non-compliance with the Clauses and termination

            (d) Following termination of the contract, the processor shall, at the choice of the controller, delete all personal data processed on behalf of the controller and certify to the controller that it has done so, or, return all the personal data to the controller and delete existing copies unless Union or Member State law requires storage of the personal data.

            Signed on 12 March 2026 by both Parties.

            ANNEX IV - LIST OF SUB-PROCESSORS

            The controller has authorised the use of the following sub-processors:

            1. Name: Amazon Web Services EMEA SARL
            Address: 38 Avenue John F. Kennedy, L-1855, Luxembourg
            Contact person's name, position and contact details: Privacy team, aws-privacy@example.com
            Description of the processing: hosting of the platform in Frankfurt

            2. Name: Mailgun Technologies Inc.
            Address: 112 E Pecan St, San Antonio, United States
            Contact person's name, position and contact details: Data Protection Officer, dpo@example.com
            Description of the processing: sending transactional e-mail
            """, false, ALL, Map.of(Clause.B_CONFIDENTIALITY, "Clause 7.4", Clause.A_INSTRUCTIONS, "Clause 7.1"),
            Map.of(ProposalKind.SIGNED_ON, "2026-03-12", ProposalKind.EFFECTIVE_FROM, "2026-04-01",
                    ProposalKind.BREACH_NOTIFICATION_HOURS, "48", ProposalKind.SUB_PROCESSING, "GENERAL",
                    ProposalKind.SUB_PROCESSING_NOTICE_DAYS, "30", ProposalKind.OBJECTION_PERIOD_DAYS, "14",
                    ProposalKind.STANDARD, "EU_2021_915"),
            List.of("Amazon Web Services EMEA SARL|LU|hosting of the platform in Frankfurt",
                    "Mailgun Technologies Inc.|US|sending transactional e-mail"));

    public static final Dpa DATA_PRO = new Dpa("nl-nldigital-data-pro", """
            VERWERKERSOVEREENKOMST
            Data Pro Statement en Standaardbepalingen Verwerking (NLdigital)

            Artikel 1 - Toepasselijkheid

            1.1 Deze verwerkersovereenkomst is gebaseerd op de NLdigital Data Pro Standaardbepalingen en maakt deel uit van de overeenkomst tussen Stichting Voorbeeld (verwerkingsverantwoordelijke) en Hostnet Diensten B.V. (verwerker).

            Artikel 2 - Verwerking

            2.1 Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van de verwerkingsverantwoordelijke, ook met betrekking tot doorgifte van persoonsgegevens naar een derde land.

            2.2 Verwerker stelt de verwerkingsverantwoordelijke onmiddellijk in kennis indien naar zijn oordeel een instructie inbreuk maakt op de AVG.

            Artikel 3 - Geheimhouding

            3.1 Alle personen die in dienst van of namens verwerker werkzaam zijn, zijn gebonden aan een geheimhoudingsplicht ten aanzien van de persoonsgegevens.

            Artikel 4 - Beveiliging

            4.1 Verwerker neemt passende technische en organisatorische maatregelen als bedoeld in artikel 32 AVG, om een beveiligingsniveau te waarborgen dat is afgestemd op het risico.

            Artikel 5 - Meldplicht datalekken

            5.1 Verwerker informeert de verwerkingsverantwoordelijke zonder onredelijke vertraging, en in ieder geval binnen 36 uur, nadat hij kennis heeft genomen van een inbreuk in verband met persoonsgegevens (datalek).

            5.2 Verwerker verleent de verwerkingsverantwoordelijke bijstand bij het nakomen van diens verplichtingen uit hoofde van de artikelen 32 tot en met 36 AVG, waaronder een gegevensbeschermingseffectbeoordeling (DPIA) en een voorafgaande raadpleging.

            Artikel 6 - Subverwerkers

            6.1 Verwerkingsverantwoordelijke geeft verwerker algemene schriftelijke toestemming om subverwerkers in te schakelen. De actuele lijst staat in de bijlage.

            6.2 Verwerker informeert de verwerkingsverantwoordelijke ten minste 30 dagen voorafgaand aan de inschakeling van een nieuwe subverwerker. De verwerkingsverantwoordelijke kan binnen 14 dagen na die kennisgeving schriftelijk bezwaar maken.

            Artikel 7 - Rechten van betrokkenen

            7.1 Verwerker verleent medewerking bij het afhandelen van verzoeken van betrokkenen tot uitoefening van hun rechten, zoals inzage, rectificatie en verwijdering.

            Artikel 8 - Audit

            8.1 Verwerker stelt alle informatie beschikbaar die nodig is om de nakoming van deze verplichtingen aan te tonen en maakt audits, waaronder inspecties, door de verwerkingsverantwoordelijke of een door hem gemachtigde controleur mogelijk.

            Artikel 9 - Duur en beëindiging

            9.1 Deze overeenkomst treedt in werking op 1 maart 2026 en wordt aangegaan voor een periode van twee jaar. Daarna wordt zij stilzwijgend verlengd met telkens een periode van twaalf maanden, met inachtneming van een opzegtermijn van drie maanden.

            9.2 Na afloop van de dienstverlening zal verwerker, naar keuze van de verwerkingsverantwoordelijke, alle persoonsgegevens retourneren of vernietigen.

            Aldus overeengekomen en ondertekend te Utrecht op 3 februari 2026.

            Bijlage 2 - Subverwerkers

            Naam | Land | Dienst
            TransIP B.V. | Nederland | hosting
            Mollie B.V. | Nederland | betalingsverwerking
            Twilio Inc. | Verenigde Staten | sms-berichten
            """, false, ALL, Map.of(Clause.B_CONFIDENTIALITY, "Artikel 3.1", Clause.G_DELETION_OR_RETURN, "Artikel 9.2"),
            Map.of(ProposalKind.SIGNED_ON, "2026-02-03", ProposalKind.EFFECTIVE_FROM, "2026-03-01",
                    ProposalKind.EXPIRES_ON, "2028-02-29", ProposalKind.RENEWAL_TERM_MONTHS, "12",
                    ProposalKind.NOTICE_PERIOD_DAYS, "90", ProposalKind.BREACH_NOTIFICATION_HOURS, "36",
                    ProposalKind.SUB_PROCESSING, "GENERAL", ProposalKind.SUB_PROCESSING_NOTICE_DAYS, "30",
                    ProposalKind.OBJECTION_PERIOD_DAYS, "14", ProposalKind.STANDARD, "NLDIGITAL_DATA_PRO"),
            List.of("TransIP B.V.|NL|hosting", "Mollie B.V.|NL|betalingsverwerking", "Twilio Inc.|US|sms-berichten"));

    public static final Dpa VENDOR = new Dpa("en-vendor-template", """
            DATA PROCESSING ADDENDUM

            This Data Processing Addendum is entered into between the Customer and CloudCRM Ltd. Date of signature: 2026-01-15. Effective date: 2026-02-01.

            Section 1 Processing instructions

            1.1 CloudCRM shall process Customer Personal Data only on documented instructions from Customer, including with regard to transfers of personal data to a third country.

            1.2 CloudCRM shall immediately inform Customer if, in its opinion, an instruction infringes the GDPR.

            Section 2 Personnel

            2.1 CloudCRM ensures that all persons authorised to process Customer Personal Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.

            Section 3 Security

            3.1 Taking into account the state of the art, CloudCRM implements the technical and organisational measures described in Schedule 2 to ensure a level of security appropriate to the risk, as required by Article 32 GDPR.

            Section 4 Sub-processors

            4.1 CloudCRM shall not engage another processor without the prior specific written authorisation of Customer.

            4.2 CloudCRM shall request such authorisation for a new sub-processor at least 45 days before the intended engagement.

            4.3 The sub-processors authorised at signature are listed below. CloudCRM imposes the same data protection obligations on each sub-processor by contract.

            Section 5 Assistance

            5.1 CloudCRM assists Customer, by appropriate measures, in responding to requests from data subjects to exercise their rights under Chapter III GDPR.

            5.2 CloudCRM assists Customer in ensuring compliance with its obligations under Articles 32 to 36 GDPR, including data protection impact assessments and prior consultation of the supervisory authority.

            Section 6 Personal data breaches

            6.1 CloudCRM notifies Customer of a personal data breach without undue delay and no later than 24 hours after becoming aware of it.

            Section 7 Audits

            7.1 CloudCRM makes available to Customer all information necessary to demonstrate compliance with this Addendum and allows for and contributes to audits, including inspections, conducted by Customer or an auditor mandated by Customer.

            Section 8 Term and termination

            8.1 This Addendum remains in force for a period of three years from the effective date, with a notice period of 90 days.

            8.2 At the end of the provision of services, CloudCRM shall, at Customer's choice, delete or return all Customer Personal Data and delete existing copies.

            Schedule 3 - List of sub-processors

            Name | Country | Service
            Amazon Web Services EMEA SARL | Luxembourg | cloud hosting
            SendGrid Inc. | United States | transactional e-mail
            Zendesk Inc. | US | customer support tooling
            """, false, ALL, Map.of(Clause.B_CONFIDENTIALITY, "Section 2.1", Clause.H_AUDITS, "Section 7.1"),
            Map.of(ProposalKind.SIGNED_ON, "2026-01-15", ProposalKind.EFFECTIVE_FROM, "2026-02-01",
                    ProposalKind.EXPIRES_ON, "2029-01-31", ProposalKind.NOTICE_PERIOD_DAYS, "90",
                    ProposalKind.BREACH_NOTIFICATION_HOURS, "24", ProposalKind.SUB_PROCESSING, "SPECIFIC",
                    ProposalKind.SUB_PROCESSING_NOTICE_DAYS, "45"),
            List.of("Amazon Web Services EMEA SARL|LU|cloud hosting", "SendGrid Inc.|US|transactional e-mail",
                    "Zendesk Inc.|US|customer support tooling"));

    public static final Dpa OWN_DUTCH = new Dpa("nl-eigen-model", """
            VERWERKERSOVEREENKOMST

            Partijen: Gemeente Voorbeeldstad (verwerkingsverantwoordelijke) en Zorgdata B.V. (verwerker).

            Artikel 1 Onderwerp

            1.1 Verwerker verwerkt persoonsgegevens uitsluitend in opdracht van de verwerkingsverantwoordelijke en alleen op basis van diens schriftelijke instructies.

            1.2 Indien een instructie naar het oordeel van verwerker in strijd is met de AVG, stelt verwerker de verwerkingsverantwoordelijke daarvan onverwijld op de hoogte.

            Artikel 2 Geheimhouding

            2.1 Verwerker legt aan alle medewerkers die toegang hebben tot de persoonsgegevens een geheimhoudingsplicht op.

            Artikel 3 Beveiliging

            3.1 Verwerker treft passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen, als bedoeld in artikel 32 AVG.

            Artikel 4 Subverwerkers

            4.1 Verwerker schakelt geen andere verwerker in zonder voorafgaande specifieke schriftelijke toestemming van de verwerkingsverantwoordelijke.

            4.2 Een verzoek om toestemming voor een nieuwe subverwerker dient verwerker uiterlijk 60 dagen voor de beoogde inschakeling in.

            Artikel 5 Rechten van betrokkenen

            5.1 Verwerker helpt de verwerkingsverantwoordelijke bij het beantwoorden van verzoeken van betrokkenen.

            Artikel 6 Datalekken

            6.1 Verwerker meldt een inbreuk in verband met persoonsgegevens binnen 48 uur aan de verwerkingsverantwoordelijke.

            6.2 Verwerker ondersteunt de verwerkingsverantwoordelijke bij een gegevensbeschermingseffectbeoordeling en een eventuele voorafgaande raadpleging van de Autoriteit Persoonsgegevens.

            Artikel 7 Controle

            7.1 De verwerkingsverantwoordelijke mag eenmaal per jaar een audit laten uitvoeren; verwerker werkt mee aan audits en inspecties en verstrekt alle informatie die nodig is om de nakoming van deze verplichtingen aan te tonen.

            Artikel 8 Looptijd en einde

            8.1 Deze overeenkomst is ondertekend op 20-01-2026 en geldt met ingang van 01-02-2026 voor de duur van de hoofdovereenkomst.

            8.2 Bij het einde van de overeenkomst zal verwerker de persoonsgegevens naar keuze van de verwerkingsverantwoordelijke vernietigen of teruggeven.

            Bijlage 1 - Lijst van subverwerkers

            Naam | Land | Dienst
            Zorgcloud Hosting B.V. | NL | hosting
            Belsoft NV | België | helpdesk
            """, false, ALL, Map.of(Clause.B_CONFIDENTIALITY, "Artikel 2.1", Clause.D_SUBPROCESSORS, "Artikel 4.1"),
            Map.of(ProposalKind.SIGNED_ON, "2026-01-20", ProposalKind.EFFECTIVE_FROM, "2026-02-01",
                    ProposalKind.BREACH_NOTIFICATION_HOURS, "48", ProposalKind.SUB_PROCESSING, "SPECIFIC",
                    ProposalKind.SUB_PROCESSING_NOTICE_DAYS, "60"),
            List.of("Zorgcloud Hosting B.V.|NL|hosting", "Belsoft NV|BE|helpdesk"));

    /** Lacks (b) and (g), and says so in words a careless reader would count as present. */
    public static final Dpa LACKING = new Dpa("en-lacking-b-g", """
            SERVICE AGREEMENT - DATA PROCESSING TERMS

            1. Instructions. The Supplier processes personal data only on documented instructions from the Client and informs the Client without delay if an instruction infringes data protection law.

            2. Security. The Supplier implements appropriate technical and organisational measures in line with Article 32 GDPR.

            3. Sub-processors. The Supplier may engage sub-processors under a general written authorisation. The Supplier notifies the Client at least 14 days before adding a sub-processor; the Client may object within 10 days of that notice.

            4. Data subjects. The Supplier assists the Client with requests from data subjects to exercise their rights.

            5. Assistance. The Supplier assists the Client with data protection impact assessments and prior consultation.

            6. Breaches. The Supplier notifies the Client of any personal data breach within 72 hours.

            7. Audits. The Supplier makes available the information necessary to demonstrate compliance and allows audits and inspections by the Client.

            8. Staff. This Agreement does not contain a confidentiality undertaking for the Supplier's staff.

            9. End. The Supplier is not obliged to delete or return the personal data at the end of the provision of the services; the Client retrieves its data itself.

            10. Term. Signed on 5 May 2026. This agreement enters into force on 1 June 2026 and ends on 31 May 2027.
            """, false, Set.of(Clause.A_INSTRUCTIONS, Clause.C_SECURITY, Clause.D_SUBPROCESSORS,
                    Clause.E_DATA_SUBJECT_RIGHTS, Clause.F_ASSISTANCE, Clause.H_AUDITS, Clause.INFRINGING_INSTRUCTIONS),
            Map.of(Clause.H_AUDITS, "7"),
            Map.of(ProposalKind.SIGNED_ON, "2026-05-05", ProposalKind.EFFECTIVE_FROM, "2026-06-01",
                    ProposalKind.EXPIRES_ON, "2027-05-31", ProposalKind.BREACH_NOTIFICATION_HOURS, "72",
                    ProposalKind.SUB_PROCESSING, "GENERAL", ProposalKind.SUB_PROCESSING_NOTICE_DAYS, "14",
                    ProposalKind.OBJECTION_PERIOD_DAYS, "10"),
            List.of());

    /** A signed paper agreement, scanned: pages of pixels, no text layer. */
    public static final Dpa SCAN = new Dpa("nl-scan", """
            VERWERKERSOVEREENKOMST (gescand)
            Artikel 3 Geheimhouding: verwerker legt zijn medewerkers geheimhouding op.
            Artikel 9: na afloop zal verwerker de persoonsgegevens vernietigen of retourneren.
            """, true, Set.of(), Map.of(), Map.of(), List.of());

    public static final List<Dpa> ALL_DOCUMENTS = List.of(EU_CLAUSES, DATA_PRO, VENDOR, OWN_DUTCH, LACKING, SCAN);

    private static final float MARGIN = 56;
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final int WRAP = 95;

    private DpaCorpus() {
    }

    /** The text as a PDF: one line per line, long lines wrapped, new pages as they fill. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = wrapped(text);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrapped(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String rest = line;
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    /** The text drawn as pixels on one page: what a scanner gives. */
    public static byte[] scanned(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
            int y = 120;
            for (String line : wrapped(text)) {
                g.drawString(line, 100, y);
                y += 34;
            }
            g.dispose();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject pixels = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(pixels, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A long agreement: the EU clauses' text followed by numbered filler articles, to the given page count. */
    public static byte[] long_(int pages) {
        StringBuilder text = new StringBuilder(EU_CLAUSES.text());
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        int article = 20;
        while (wrapped(text.toString()).size() <= (pages - 1) * perPage) {
            text.append("\nClause ").append(article).append("\nGeneral provisions\n\n");
            for (int p = 1; p <= 4; p++) {
                text.append(article).append('.').append(p).append(" The Parties shall cooperate in good faith on the"
                        + " performance of the services described in the main agreement. Notices under this Clause"
                        + " are given in writing to the addresses stated in Annex I, and changes to those addresses"
                        + " are communicated without delay. Nothing in this paragraph limits the other Clauses.\n\n");
            }
            article++;
        }
        return pdf(text.toString());
    }
}
