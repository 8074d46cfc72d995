package eu.art28.agreements.entity;

/** What Art. 28(3) GDPR requires the agreement to stipulate, point by point. */
public enum Clause {
    /** (a) processing only on documented instructions, including transfers */
    A_INSTRUCTIONS,
    /** (b) persons authorised to process are bound to confidentiality */
    B_CONFIDENTIALITY,
    /** (c) the security measures of Art. 32 */
    C_SECURITY,
    /** (d) the conditions of Art. 28(2) and (4) for engaging sub-processors */
    D_SUBPROCESSORS,
    /** (e) assistance with data subjects' rights */
    E_DATA_SUBJECT_RIGHTS,
    /** (f) assistance with Art. 32 to 36 (security, breaches, DPIA, prior consultation) */
    F_ASSISTANCE,
    /** (g) deletion or return of all personal data at the end */
    G_DELETION_OR_RETURN,
    /** (h) information for and contribution to audits and inspections */
    H_AUDITS,
    /** the duty to inform when an instruction infringes the GDPR (Art. 28(3), last sentence) */
    INFRINGING_INSTRUCTIONS
}
