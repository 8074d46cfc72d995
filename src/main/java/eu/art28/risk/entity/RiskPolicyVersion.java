package eu.art28.risk.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.art28.platform.entity.MultiLine;
import eu.art28.platform.entity.SingleLine;
import eu.art28.platform.entity.Text;

/**
 * One version of the risk policy as admin saved it: its settings (a properties text, which {@code RiskPolicy}
 * reads), who saved it, when and why. Never changed once saved: a change is the next version, so that every score
 * keeps saying which settings made it. Saved through JPA so that the audit trail records it as any admin change;
 * read for scoring by JDBC ({@code RiskReads}), as the scores themselves.
 */
@Entity
@Table(name = "risk_policy")
public class RiskPolicyVersion {

    @Id
    private int version;

    @NotBlank
    @Size(max = 20_000)
    @MultiLine
    private String settings;

    @Column(name = "created_at")
    private Instant createdAt;

    @Size(max = 100)
    @Column(name = "created_by")
    @SingleLine
    private String createdBy;

    /** Why admin changed it; optional, shown in the audit trail. */
    @Size(max = 1000)
    @SingleLine
    private String reason;

    protected RiskPolicyVersion() {
    }

    public RiskPolicyVersion(int version, String settings, String createdBy, String reason) {
        this.version = version;
        this.settings = settings;
        this.createdBy = createdBy;
        this.reason = Text.trimmed(reason);
        this.createdAt = Instant.now();
    }

    public int getVersion() {
        return version;
    }

    public String getSettings() {
        return settings;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getReason() {
        return reason;
    }
}
