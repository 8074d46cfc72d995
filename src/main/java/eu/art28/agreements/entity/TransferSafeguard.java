package eu.art28.agreements.entity;

/** The ground for processing in a country outside the EEA (Chapter V GDPR). */
public enum TransferSafeguard {
    ADEQUACY_DECISION, SCC_2021_914_MODULE_2, SCC_2021_914_MODULE_3, BINDING_CORPORATE_RULES, ART_49_DEROGATION
}
