package eu.art28.agreements.entity;

/** The model the agreement is written on. */
public enum Standard {
    EU_2021_915, NLDIGITAL_DATA_PRO, VENDOR_TEMPLATE, OWN
}
