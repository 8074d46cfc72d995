package eu.art28.evidence.entity;

/** What a piece of evidence is. */
public enum EvidenceType {
    ISO_27001(true),
    ISO_27701(true),
    SOC2_TYPE_1(false),
    SOC2_TYPE_2(false),
    ISAE_3402(false),
    NEN_7510(true),
    PENTEST_REPORT(false),
    ART32_MEASURES_ANNEX(false),
    CONFIDENTIALITY_UNDERTAKING(false),
    DATA_PRO_CERTIFICATE(false),
    OTHER(false);

    /**
     * Accredited management-system certificates run a three-year certification cycle (ISO/IEC 17021-1): they always
     * end, and never more than three years after they were issued. Reports and undertakings have no such cycle.
     */
    private final boolean certificationCycle;

    EvidenceType(boolean certificationCycle) {
        this.certificationCycle = certificationCycle;
    }

    public boolean hasCertificationCycle() {
        return certificationCycle;
    }
}
