package eu.art28.processors.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A processor's latest risk scores as {@code risk_score} holds them, mapped on the processor only so that a query
 * over processors (the processors list) sorts and filters by them in the database and shows them. Read-only: the
 * risk feature computes them and writes the table by JDBC in batches (docs/decisions.md); a processor not scored
 * yet has none.
 */
@Entity
@ReadOnly
@Table(name = "risk_score")
public class StoredRiskScore {

    @Id
    @Column(name = "processor_id")
    private Long processorId;

    @Column(name = "inherent")
    private int inherent;

    @Column(name = "residual")
    private int residual;

    protected StoredRiskScore() {
    }

    public Long getProcessorId() {
        return processorId;
    }

    public int getInherent() {
        return inherent;
    }

    public int getResidual() {
        return residual;
    }
}
