package eu.art28.transfers.entity;

/** The ground for processing in a country outside the EEA (Chapter V GDPR). */
public enum TransferSafeguard {
    ADEQUACY_DECISION, SCC_2021_914_MODULE_2, SCC_2021_914_MODULE_3, BINDING_CORPORATE_RULES, ART_49_DEROGATION
}
