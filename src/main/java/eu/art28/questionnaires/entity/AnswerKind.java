package eu.art28.questionnaires.entity;

/** How a question is answered; questions of one questionnaire need not share one kind. */
public enum AnswerKind {
    /** Yes, no or not applicable, with a comment. Yes earns the question's weight; not applicable leaves it out. */
    YES_NO,
    /** One of the question's choices, each with the share of the weight it earns. */
    SINGLE_CHOICE,
    /** Any of the question's choices; their shares add up, to the whole weight at most. */
    MULTIPLE_CHOICE,
    /** Free text. */
    TEXT,
    /** A day. */
    DATE,
    /** A document the vendor uploads, such as a certificate or a policy. */
    FILE;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
