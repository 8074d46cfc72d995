package eu.art28.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import eu.art28.agreements.entity.Agreement;
import eu.art28.audit.entity.Change;
import eu.art28.engagements.entity.Engagement;
import eu.art28.platform.control.Messages;
import eu.art28.processors.entity.Processor;

/** What the audit trail stores, read as people read it: the real bundles, the real entities' field types. */
class ChangeWordsTest {

    private static final Map<String, Class<?>> ENTITIES = Map.of("Processor", Processor.class, "Agreement",
            Agreement.class, "Engagement", Engagement.class);

    private static ChangeWords words(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ChangeWords(key -> bundle.containsKey(key) ? bundle.getString(key) : null, locale,
                ENTITIES::get);
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader("[" + text + "]")).readArray().get(0);
    }

    @ParameterizedTest(name = "{0} {1}.{2}: {3} -> {4} is \"{6}: {7}\" in {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // action | record | field | stored before | stored after | language | label | change
        "UPDATE | Processor | riskTier | 'LOW' | 'HIGH' | en | Risk tier | Low → High",
        "UPDATE | Processor | riskTier | 'LOW' | 'HIGH' | nl | Risicoklasse | Laag → Hoog",
        "CREATE | Processor | name | null | 'Acme Print' | en | Name | Acme Print",
        "UPDATE | Processor | website | null | 'https://acme.example' | en | Website | (empty) → https://acme.example",
        "UPDATE | Processor | services | ['print','mail'] | ['print','scan'] | en | Services | added: scan; removed: mail",
        "UPDATE | Processor | services | ['print','mail'] | ['print','scan'] | nl | Diensten | toegevoegd: scan; verwijderd: mail",
        "CREATE | Processor | services | null | ['print','mail'] | en | Services | print, mail",
        "UPDATE | Agreement | status | 'IN_REVIEW' | 'APPROVED' | en | Status | In review → Approved",
        "UPDATE | Agreement | signedOn | null | '2026-11-28' | en | Signed on | (empty) → 28 Nov 2026",
        "UPDATE | Agreement | signedOn | '2026-11-27' | '2026-11-28' | nl | Ondertekend op | 27 nov. 2026 → 28 nov. 2026",
        "UPDATE | Agreement | specialCategories | false | true | en | Special categories (Art. 9) and criminal data (Art. 10) allowed | no → yes",
        "UPDATE | Agreement | breachNotificationHours | 48 | 24 | en | Breach notification within (hours) | 48 → 24",
        "UPDATE | Agreement | safeguards | {'US':'SCC_2021_914_MODULE_2'} | {} | en | Transfer safeguards | removed: US: SCC 2021/914, module 2",
        "UPDATE | Agreement | safeguards | {'US':'SCC_2021_914_MODULE_2'} | {'US':'BINDING_CORPORATE_RULES'} | en | Transfer safeguards | changed: US: SCC 2021/914, module 2 → US: Binding corporate rules",
        "UPDATE | Agreement | checklist | [{'clause':'B_CONFIDENTIALITY','present':false}] | [{'clause':'B_CONFIDENTIALITY','present':true,'reference':'4.2'}] | en | Art. 28(3) checklist | changed: (b) Confidentiality of authorised persons (in the agreement: no) → (b) Confidentiality of authorised persons (in the agreement: yes, article 4.2)",
        "CREATE | Agreement | checklist | null | [{'clause':'H_AUDITS','present':true}] | nl | Checklist art. 28 lid 3 | (h) Informatie, audits en inspecties (in de overeenkomst: ja)",
        "UPDATE | Agreement | submittedBy | null | 'procurement' | en | Submitted by | (empty) → procurement",
        "UPDATE | Processor | contacts | [{'email':'a@x.nl','name':'Ann'}] | [] | en | Contacts | removed: E-mail a@x.nl, Name Ann",
        "UPDATE | Account | passwordHash | '(changed)' | '(changed)' | en | Password hash | (changed, not shown) → (changed, not shown)",
        "DELETE | Processor | riskTier | 'MEDIUM' | null | en | Risk tier | Medium",
        "UPDATE | Processor | someNewField | 'x' | 'y' | en | Some new field | x → y",
        "UPDATE | Processor | riskTier | 'LOW' | 'VERY_HIGH' | en | Risk tier | Low → VERY_HIGH",
        "UPDATE | Processor | country | 'NL' | 'DE' | nl | Land | Nederland → Duitsland",
        "UPDATE | Agreement | countries | ['NL'] | ['NL','US'] | en | Processing countries | added: United States",
    })
    void aStoredChangeReadsAsWords(String action, String record, String field, String before, String after,
            String language, String label, String change) {
        ChangeWords words = words(Locale.forLanguageTag(language));
        Change stored = new Change(field, json(before.replace('\'', '"')), json(after.replace('\'', '"')));

        assertEquals(List.of(new ChangeWords.Line(label, change)), words.of(record, action, List.of(stored)));
    }

    @Test
    void aMomentIsShownInTheReadersLanguageOnTheServersClock() {
        Instant decided = Instant.parse("2026-11-28T10:15:30Z");
        String shown = words(Locale.ENGLISH).of("Agreement", "UPDATE",
                List.of(new Change("decidedAt", JsonValue.NULL, json("\"2026-11-28T10:15:30Z\"")))).get(0).change();

        int hour = LocalDateTime.ofInstant(decided, ZoneId.systemDefault()).getHour();
        assertTrue(shown.startsWith("(empty) → 28 Nov 2026") && shown.contains("%02d:15".formatted(hour)), shown);
    }

    @Test
    void noChangeIsShownAsJson() {
        String text = words(Locale.ENGLISH).text("Agreement", "CREATE", List.of(
                new Change("checklist", JsonValue.NULL, json("[{\"clause\":\"A_INSTRUCTIONS\",\"present\":true,"
                        + "\"note\":\"see annex\"},{\"clause\":\"H_AUDITS\",\"present\":false}]")),
                new Change("safeguards", JsonValue.NULL, json("{\"CH\":\"ADEQUACY_DECISION\"}"))));

        assertFalse(text.contains("{") || text.contains("[") || text.contains("\""), text);
        assertEquals("Art. 28(3) checklist: (a) Only on documented instructions, incl. transfers (in the agreement:"
                + " yes, note: see annex), (h) Information, audits and inspections (in the agreement: no)\n"
                + "Transfer safeguards: CH: Adequacy decision", text);
    }

    @Test
    void aTextStoredAsAKeyAndADayKeptAsDataReadInTheReadersLanguageAndBookkeepingStaysHidden() {
        List<ChangeWords.Line> lines = words(Locale.forLanguageTag("nl")).of("Alert", "CREATE", List.of(
                new Change("deadlineBasis", JsonValue.NULL, json("\"" + Messages.stored("chain.deadlineBasis.assumed", 30)
                        + "\"")),
                new Change("missing", JsonValue.NULL, json("\"2027-01-06\"")),
                new Change("openKey", JsonValue.NULL, json("\"OBJECTION_DEADLINE_NEAR|link:21\""))));
        assertEquals(List.of("geen overeenkomst van kracht geeft een algemene toestemming; uitgegaan van 30 dagen",
                "6 jan. 2027"), lines.stream().map(ChangeWords.Line::change).toList());
        assertEquals("Wat ontbreekt", lines.get(1).field());
    }

    @Test
    void catalogueCodesReadAsTheCatalogueNamesThem() {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ChangeWords named = new ChangeWords(key -> bundle.containsKey(key) ? bundle.getString(key) : null,
                Locale.ENGLISH, ENTITIES::get, (kind, code) -> kind + ":" + code.toUpperCase(Locale.ROOT));
        String change = named.of("Engagement", "UPDATE", List.of(new Change("purposes", json("[\"e.mailing\"]"),
                json("[\"e.mailing\",\"b.contact\"]")))).get(0).change();
        assertTrue(change.contains("PURPOSE:B.CONTACT") && !change.contains("b.contact"), change);
    }

    @Test
    void everyRecordTypeTheTrailNamesHasANameInBothLanguages() throws java.io.IOException {
        List<String> audited = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.art28").stream().filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class))
                .map(c -> c.getSimpleName()).filter(name -> !AuditedSession.NOT_AUDITED.contains(name)).toList();
        assertFalse(audited.isEmpty());
        // each file on its own: a bundle would find a key missing in Dutch in its English parent
        for (String file : List.of("/i18n/messages.properties", "/i18n/messages_nl.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = ChangeWordsTest.class.getResourceAsStream(file)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String type : audited) {
                assertTrue(texts.containsKey("audit.type." + type), file + ": audit.type." + type);
            }
        }
    }
}
