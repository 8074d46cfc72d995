package eu.art28.agreements.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.agreements.control.AgreementDiff;
import eu.art28.agreements.entity.Agreement;

/** agreements/review.xhtml: what waits for legal, oldest first, each amendment with what it changes. */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    public record Item(Agreement agreement, List<AgreementDiff.Change> changes) {
    }

    @Inject
    Agreements agreements;

    private List<Item> queue;

    @PostConstruct
    void load() {
        queue = agreements.reviewQueue().stream().map(a -> {
            Agreement inForce = agreements.inForceVersion(a);
            return new Item(a, inForce == null ? List.of() : AgreementDiff.between(inForce, a));
        }).toList();
    }

    public List<Item> getQueue() {
        return queue;
    }
}
