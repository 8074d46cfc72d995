package eu.art28.risk.entity;

/**
 * What raises or lowers a processor's risk. The first group makes the inherent risk (what is processed, of whom,
 * at what scale, where, through how long a chain, for which service); the second turns it into the residual risk.
 * Each has a word ({@code RiskFactor.X}) and a reason with arguments ({@code risk.reason.X}) in the bundles.
 */
public enum RiskFactor {
    SPECIAL_CATEGORY(true), CRIMINAL_DATA(true), IDENTITY_DOCUMENTS(true), FINANCIAL_DATA(true),
    LOCATION_DATA(true), CHILDREN(true), PATIENTS(true), EMPLOYEES(true), CUSTOMERS(true), SCALE(true),
    TRANSFER_ADEQUATE(true), TRANSFER_SAFEGUARDED(true), TRANSFER_UNSAFE(true), CHAIN_DEPTH(true),
    CHAIN_BREADTH(true), CRITICAL_SERVICE(true),
    EVIDENCE(false), REVIEW_SUFFICIENT(false), REVIEW_INSUFFICIENT(false), QUESTIONNAIRE(false), OPEN_ALERTS(false),
    OVERDUE_DEADLINES(false), INCIDENTS(false);

    private final boolean inherent;

    RiskFactor(boolean inherent) {
        this.inherent = inherent;
    }

    public boolean inherent() {
        return inherent;
    }

    /** What the codes of this factor are: {@code DATA_CATEGORY}, {@code DATA_SUBJECT}, {@code COUNTRY}, or null. */
    public String codes() {
        return switch (this) {
            case SPECIAL_CATEGORY, CRIMINAL_DATA, IDENTITY_DOCUMENTS, FINANCIAL_DATA, LOCATION_DATA -> "DATA_CATEGORY";
            case CHILDREN, PATIENTS, EMPLOYEES, CUSTOMERS -> "DATA_SUBJECT";
            case TRANSFER_ADEQUATE, TRANSFER_SAFEGUARDED, TRANSFER_UNSAFE -> "COUNTRY";
            default -> null;
        };
    }
}
