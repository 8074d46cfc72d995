package eu.art28.processors.entity;

public enum ProcessorStatus {
    ACTIVE, OFFBOARDED
}
