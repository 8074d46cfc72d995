package eu.art28.questionnaires.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the answers meet what the questionnaire asks, per section and overall, in per cent of the weights that
 * apply: a scored question earns its weight times the share its answer earns (yes all of it, no nothing, a choice its
 * credit, several choices their credits together up to all of it, a text, day or file all of it once given); an
 * unanswered question earns nothing; "not applicable" leaves the question out of the count. A section where nothing
 * applies has no score (null), so it neither raises nor lowers the total.
 */
public record Score(Integer overall, Map<String, Integer> sections) {

    public static Score of(Questionnaire questionnaire, Map<String, Answer> answers) {
        Map<String, Integer> sections = new LinkedHashMap<>();
        Tally total = new Tally();
        for (Section section : questionnaire.getSections()) {
            Tally tally = new Tally();
            for (Question question : section.questions()) {
                if (!question.scored()) {
                    continue;
                }
                Answer answer = answers.getOrDefault(question.code(), new Answer(List.of(), null));
                if (answer.notApplicable() && question.kind() == AnswerKind.YES_NO) {
                    continue;
                }
                int earned = question.weight() * share(question, answer);
                tally.add(question.weight(), earned);
                total.add(question.weight(), earned);
            }
            sections.put(section.code(), tally.percent());
        }
        return new Score(total.percent(), sections);
    }

    /** The share of the weight an answer earns, 0 to 100. */
    static int share(Question question, Answer answer) {
        if (!answer.given()) {
            return 0;
        }
        return switch (question.kind()) {
            case YES_NO -> Answer.YES.equals(answer.value()) ? 100 : 0;
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Math.min(100, answer.values().stream()
                    .mapToInt(v -> question.choice(v).map(Choice::credit).orElse(0)).sum());
            case TEXT, DATE, FILE -> 100;
        };
    }

    private static final class Tally {
        private long weights;
        private long earned;

        void add(int weight, int points) {
            weights += weight;
            earned += points;
        }

        /** Rounded half up; null when no weight applied. */
        Integer percent() {
            return weights == 0 ? null : (int) ((earned + weights / 2) / weights);
        }
    }
}
