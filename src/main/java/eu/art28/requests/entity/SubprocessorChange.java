package eu.art28.requests.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import eu.art28.platform.entity.SingleLine;

/**
 * One change the vendor states to its list of sub-processors: one it added (name, country, service) or one on file
 * it no longer uses. Kept with the request, not in the chain, until the answer is accepted; then {@link #getLinkId()}
 * names the link it became (an addition) or the link it ended.
 */
@Embeddable
public class SubprocessorChange implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        ADDED, NO_LONGER_USED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private Kind kind;

    @Column(name = "name")
    @SingleLine
    private String name;

    @Column(name = "country")
    @SingleLine
    private String country;

    @Column(name = "service")
    @SingleLine
    private String service;

    @Column(name = "link_id")
    private Long linkId;

    protected SubprocessorChange() {
    }

    SubprocessorChange(Kind kind, String name, String country, String service, Long linkId) {
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.service = service;
        this.linkId = linkId;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isAdded() {
        return kind == Kind.ADDED;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getService() {
        return service;
    }

    /** NO_LONGER_USED: the link on file; ADDED: the link registered once the answer was accepted, before that null. */
    public Long getLinkId() {
        return linkId;
    }

    void registered(long link) {
        this.linkId = link;
    }
}
