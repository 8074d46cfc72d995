package eu.art28.questionnaires.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import eu.art28.questionnaires.entity.Questionnaire;

/**
 * The questionnaire Art28 ships: the technical and organisational measures as Annex III of the EU 2021/915 standard
 * contractual clauses lists them (Art. 28(7) GDPR), one section each, and the processor's sub-processor practice.
 * Admin starts from it; it is a resource, not code, so that a reader can check it against the annex.
 */
public final class DefaultQuestionnaire {

    public static final String RESOURCE = "annex-iii.json";

    private DefaultQuestionnaire() {
    }

    public static Questionnaire read() {
        try (InputStream in = DefaultQuestionnaire.class.getResourceAsStream(RESOURCE)) {
            return QuestionnaireFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
