package eu.art28.processors.entity;

/** How much harm this processor could do with our data; drives review cadence and required evidence. */
public enum RiskTier {
    LOW, MEDIUM, HIGH
}
