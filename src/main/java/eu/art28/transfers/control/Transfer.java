package eu.art28.transfers.control;

/** How processing in a country stands under Chapter V GDPR on a given day. */
public enum Transfer {

    /** In an EEA state: no transfer at all in the sense of Chapter V. */
    INSIDE_EEA,

    /** A full adequacy decision is in force: no safeguard needed. */
    ADEQUATE,

    /** The safeguard recorded for the country holds. */
    SAFEGUARDED,

    /** Nothing makes the transfer lawful. */
    UNSAFE;

    public boolean lawful() {
        return this != UNSAFE;
    }
}
