package eu.art28.questionnaires.boundary;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.art28.questionnaires.entity.Questionnaire;
import eu.art28.questionnaires.entity.QuestionnaireVersion;
import eu.art28.questionnaires.entity.Section;
import eu.art28.questionnaires.entity.Wording;

/** A version of the questionnaire: who saved it when, and (when read alone) the questionnaire itself. */
@Schema(name = "QuestionnaireVersion")
public record QuestionnaireJson(int version, String name, String createdBy, Instant createdAt,
        @Schema(description = "Sections of questions, as POST /api/questionnaires takes them; left out in the list")
        Body questionnaire) {

    /** What admin saves as the next version. */
    @Schema(name = "Questionnaire", description = "Sections of questions (kind YES_NO, SINGLE_CHOICE, "
            + "MULTIPLE_CHOICE, TEXT, DATE or FILE) with weights from 0 to 100, choices with the share of the weight "
            + "they earn, evidence types a yes must bring; every text in English and Dutch", example = """
            {"name":{"en":"Security measures","nl":"Beveiligingsmaatregelen"},
             "sections":[{"code":"recovery","title":{"en":"Recovery","nl":"Herstel"},
               "questions":[{"code":"rto","kind":"SINGLE_CHOICE","weight":10,"required":true,
                 "text":{"en":"Within what time is the service restored after a disaster?",
                         "nl":"Binnen welke tijd is de dienst na een calamiteit hersteld?"},
                 "hint":{"en":"The recovery time objective.","nl":"De hersteltijd (RTO)."},
                 "choices":[{"code":"4h","label":{"en":"Within 4 hours","nl":"Binnen 4 uur"},"credit":100},
                            {"code":"none","label":{"en":"Not determined","nl":"Niet vastgesteld"},"credit":0}],
                 "evidence":[]}]}]}""")
    public record Body(Wording name, List<Section> sections) {

        static Body of(Questionnaire questionnaire) {
            return new Body(questionnaire.getName(), questionnaire.getSections());
        }

        Questionnaire questionnaire() {
            return Questionnaire.of(name, sections);
        }
    }

    static QuestionnaireJson of(QuestionnaireVersion version, Questionnaires questionnaires, boolean whole) {
        Questionnaire questionnaire = questionnaires.questionnaire(version);
        return new QuestionnaireJson(version.getVersion(), questionnaire.getName().en(), version.getCreatedBy(),
                version.getCreatedAt(), whole ? Body.of(questionnaire) : null);
    }
}
