package io.codebook.runtime;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the integrating application decides, on top of what the specs document: its own action for
 * a canonical reason, its own replacement for an action, its attempt limits. Immutable; build one
 * with {@link #builder()}, or use {@link #DEFAULTS}, the specs' own defaults. {@link Resolution}
 * applies it, and it never overrides the vendor's verdict: a policy may make an approval stricter,
 * never a decline milder than a person looking.
 *
 * <p>How a finding's action is found, first match wins: the decision the vendor sent for the code
 * (its customer configured it at the vendor); this policy's action for the code's canonical reason;
 * the code's documented action (its reason's default, or the spec's override for that code); for
 * a code nobody documented, {@link NextAction#MANUAL_REVIEW}. Then this policy's replacement for
 * that action applies, to findings and to the verdict's own floor alike.
 */
public final class Policy {

    /**
     * A session allows this many captures by default at a vendor that documents no limit of its own:
     * without one, a liveness or document check could be retried until it passes.
     */
    public static final int DEFAULT_ATTEMPT_LIMIT = 3;

    /** A person may start a new session this many times by default before a further restart is rejected. */
    public static final int DEFAULT_RESTART_LIMIT = 3;

    /**
     * The specs' own defaults: no overrides, the vendors' documented attempt limits (three captures
     * where a vendor documents none), three restarts per person.
     */
    public static final Policy DEFAULTS = builder().build();

    private final Map<String, NextAction> byReason;
    private final Map<NextAction, NextAction> byAction;
    private final Map<String, Integer> attemptLimits;
    private final OptionalInt defaultAttemptLimit;
    private final OptionalInt restartLimit;

    private Policy(Builder builder) {
        this.byReason = Collections.unmodifiableMap(new LinkedHashMap<>(builder.byReason));
        this.byAction = Collections.unmodifiableMap(new EnumMap<>(builder.byAction));
        this.attemptLimits = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attemptLimits));
        this.defaultAttemptLimit = builder.defaultAttemptLimit;
        this.restartLimit = builder.restartLimit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The action a finding asks for under this policy, before the attempt limits (see the class). */
    public NextAction actionFor(Finding finding) {
        if (finding.decided().isPresent()) {
            return replaced(finding.decided().get());
        }
        NextAction byItsReason = finding.known().filter(MappedCode.class::isInstance).map(MappedCode.class::cast)
                .map(code -> byReason.get(code.canonicalReason().code())).orElse(null);
        return replaced(byItsReason != null ? byItsReason : finding.documented());
    }

    /** The application's replacement for {@code action}, or the action itself. */
    public NextAction replaced(NextAction action) {
        return byAction.getOrDefault(action, action);
    }

    /**
     * The capture attempts allowed in one session at {@code catalog}'s vendor: this policy's limit
     * for the catalog, else the vendor's documented one, else this policy's default limit.
     */
    public OptionalInt attemptLimit(CatalogInfo catalog) {
        if (catalog != null && attemptLimits.containsKey(catalog.id())) {
            return OptionalInt.of(attemptLimits.get(catalog.id()));
        }
        if (catalog != null && catalog.attemptLimit().isPresent()) {
            return catalog.attemptLimit();
        }
        return defaultAttemptLimit;
    }

    /** How many new sessions a person may start; empty when the application sets no bound. */
    public OptionalInt restartLimit() {
        return restartLimit;
    }

    /** Builds a {@link Policy}; every method returns this builder. */
    public static final class Builder {

        private final Map<String, NextAction> byReason = new LinkedHashMap<>();
        private final Map<NextAction, NextAction> byAction = new EnumMap<>(NextAction.class);
        private final Map<String, Integer> attemptLimits = new LinkedHashMap<>();
        private OptionalInt defaultAttemptLimit = OptionalInt.of(DEFAULT_ATTEMPT_LIMIT);
        private OptionalInt restartLimit = OptionalInt.of(DEFAULT_RESTART_LIMIT);

        private Builder() {}

        /** The application's action for every code of {@code reason}, instead of the documented one. */
        public Builder reason(CanonicalReasonCode reason, NextAction action) {
            byReason.put(Objects.requireNonNull(reason, "reason").code(), Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * Replaces an action wherever it would apply, e.g. {@code REJECT} with {@code MANUAL_REVIEW}
         * where a person confirms every rejection.
         *
         * @throws IllegalArgumentException for a replacement by {@link NextAction#PROCEED}: that
         *     would let what a vendor refused pass; approve by reason instead
         */
        public Builder action(NextAction action, NextAction replacement) {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(replacement, "replacement");
            if (replacement == NextAction.PROCEED && action != NextAction.PROCEED) {
                throw new IllegalArgumentException("an action may not be replaced by proceed (" + action.specName()
                        + "): give the reasons that may pass their own action with reason(...)");
            }
            byAction.put(action, replacement);
            return this;
        }

        /** The capture attempts allowed in one session at the catalog's vendor, over its documented limit. */
        public Builder attemptLimit(String catalogId, int limit) {
            attemptLimits.put(Objects.requireNonNull(catalogId, "catalogId"), positive(limit));
            return this;
        }

        /** The capture attempts allowed at a vendor that documents no limit and has none set here. */
        public Builder defaultAttemptLimit(int limit) {
            defaultAttemptLimit = OptionalInt.of(positive(limit));
            return this;
        }

        /** No bound on captures where a vendor documents none: the application bounds them itself. */
        public Builder noDefaultAttemptLimit() {
            defaultAttemptLimit = OptionalInt.empty();
            return this;
        }

        /** How many new sessions a person may start before a further restart is rejected; 0 allows none. */
        public Builder restartLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("a restart limit is at least 0, got " + limit);
            }
            restartLimit = OptionalInt.of(limit);
            return this;
        }

        /** No bound on restarts: the application bounds them itself. */
        public Builder noRestartLimit() {
            restartLimit = OptionalInt.empty();
            return this;
        }

        public Policy build() {
            return new Policy(this);
        }

        private static int positive(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("a limit is at least 1, got " + limit);
            }
            return limit;
        }
    }
}
