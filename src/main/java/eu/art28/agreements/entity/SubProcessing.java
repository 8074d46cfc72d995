package eu.art28.agreements.entity;

/** Whether and how the processor may engage sub-processors (Art. 28(2)). */
public enum SubProcessing {
    NOT_ALLOWED, SPECIFIC, GENERAL
}
