package eu.art28.requests.entity;

/** What a request asks the processor for; each serves a clause of Art. 28 (shown to the vendor as the reason). */
public enum RequestKind {
    /** Its technical and organisational measures (Art. 28(1), 28(3)(c) with Art. 32). */
    SECURITY_QUESTIONNAIRE,
    /** A certificate or report that demonstrates them, for example a renewed ISO 27001 certificate (Art. 28(1)). */
    EVIDENCE,
    /** The sub-processors it engages (Art. 28(2) and 28(4)). */
    SUBPROCESSOR_LIST,
    /** That it deleted or returned the personal data at the end (Art. 28(3)(g)). */
    DELETION_CONFIRMATION,
    /** The signed data processing agreement (Art. 28(3) and 28(9)). */
    SIGNED_DPA,
    /** A breach at the processor or a sub-processor, reported without undue delay (Art. 33(2)). */
    INCIDENT_REPORT
}
