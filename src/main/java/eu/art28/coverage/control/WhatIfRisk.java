package eu.art28.coverage.control;

import java.util.List;
import java.util.Locale;

import eu.art28.processors.entity.RiskTier;

/**
 * A question, fired as a CDI event with the what-if check: what would this engagement do to its processor's risk?
 * Answered by risk, which depends on coverage and so cannot be called from here (as {@code CodeNames} is answered
 * by the catalogue). Unanswered, the check shows no risk effect.
 */
public final class WhatIfRisk {

    private final EngagementScope engagement;
    private final Locale locale;
    private Effect effect;

    public WhatIfRisk(EngagementScope engagement, Locale locale) {
        this.engagement = engagement;
        this.locale = locale;
    }

    /**
     * The processor's risk now and with the engagement (computed tiers: the tier in force follows them unless a
     * person overrode it), and the inherent factors the engagement adds or raises, largest first, in words.
     */
    public record Effect(int inherentNow, int residualNow, RiskTier tierNow, int inherentWith, int residualWith,
            RiskTier tierWith, List<Factor> added) {

        public Effect {
            added = List.copyOf(added);
        }

        public boolean tierRises() {
            return tierWith.compareTo(tierNow) > 0;
        }
    }

    /** One factor the engagement brings: its word, its points and why. */
    public record Factor(String factor, String name, int points, String reason) {
    }

    public EngagementScope engagement() {
        return engagement;
    }

    public Locale locale() {
        return locale;
    }

    public void answer(Effect effect) {
        this.effect = effect;
    }

    /** The answer; null when nobody answered. */
    public Effect effect() {
        return effect;
    }
}
