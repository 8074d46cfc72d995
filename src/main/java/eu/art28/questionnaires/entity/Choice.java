package eu.art28.questionnaires.entity;

/** One answer a choice question offers, with the share of the question's weight it earns (0 to 100 %). */
public record Choice(String code, Wording label, int credit) {
}
