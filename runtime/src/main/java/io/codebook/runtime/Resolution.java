package io.codebook.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The next action for a whole response, from the vendor's {@link Verdict}, every code it carried
 * and the application's {@link Policy}. The verdict says whether the verification passed; the codes
 * say why and refine what to do within that. The rules, each pinned by a test:
 *
 * <ul>
 *   <li>A finding asks for the action {@link Policy#actionFor} gives it: the vendor's decision for
 *       it where one was sent, else the policy's action for its canonical reason, else its
 *       documented action; a code the catalog does not document asks for
 *       {@link NextAction#MANUAL_REVIEW}. Informational findings are kept but ask for nothing.
 *   <li>A capture retry becomes {@link NextAction#REJECT} once the captures made reach the attempt
 *       limit; a restart becomes {@code REJECT} once the person's restarts reach the policy's
 *       restart limit.
 *   <li>{@link Verdict#APPROVED}: {@link NextAction#PROCEED}, unless the vendor decided otherwise
 *       for a code, or a code is unrecognized (then a person looks). A documented default alone
 *       never turns an approval into anything else: the vendor's own decision engine has already
 *       weighed the codes it sent.
 *   <li>Every other verdict never resolves to {@code PROCEED}, whatever codes came (none, unknown,
 *       known): the action is the most severe of the findings' and the verdict's own floor —
 *       {@link Verdict#DECLINED} rejects; {@link Verdict#ABORTED} restarts (the session is over, so
 *       a capture retry or a later retry within it is a restart too); {@link Verdict#REVIEW} and
 *       {@link Verdict#UNKNOWN} go to manual review; {@link Verdict#PENDING} and
 *       {@link Verdict#IN_PROGRESS} wait for the vendor; {@link Verdict#RETRY_REQUESTED} asks for
 *       a capture retry (bounded as above); under {@link Verdict#ERROR} a documented code explains
 *       the error and its action applies (never proceed: a person looks instead), and an error no
 *       documented code explains goes to manual review.
 *   <li>The policy's replacement of an action applies to the verdict's floor as to the findings'.
 *   <li>{@link #integrationError()} is true when any finding asks to fix the integration, whatever
 *       action wins: a rejection never hides a bug from the integrator.
 * </ul>
 *
 * @param action what to do next
 * @param verdict what the vendor concluded
 * @param findings everything the response carried, in the order given
 * @param decisive the finding whose action won; empty when the verdict decided alone
 * @param integrationError whether any finding says our request or configuration is wrong
 */
public record Resolution(NextAction action, Verdict verdict, List<Finding> findings, Optional<Finding> decisive,
        boolean integrationError) {

    public Resolution {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        Objects.requireNonNull(decisive, "decisive");
    }

    /**
     * Resolves a response.
     *
     * @param verdict what the vendor concluded; {@code null} counts as {@link Verdict#UNKNOWN}
     * @param findings the codes the response carried; {@code null} and null elements are ignored
     * @param attempts what the application counted for this person ({@code null}: nothing)
     * @param attemptLimit the capture attempts allowed at the response's vendor, where known
     *     ({@link Policy#attemptLimit}); where empty, each code's own catalog's limit under the policy
     * @param policy the application's policy ({@code null}: {@link Policy#DEFAULTS})
     */
    public static Resolution resolve(Verdict verdict, Collection<Finding> findings, Attempts attempts,
            OptionalInt attemptLimit, Policy policy) {
        Verdict said = verdict == null ? Verdict.UNKNOWN : verdict;
        Attempts counted = attempts == null ? Attempts.NONE : attempts;
        OptionalInt limit = attemptLimit == null ? OptionalInt.empty() : attemptLimit;
        Policy rules = policy == null ? Policy.DEFAULTS : policy;
        List<Finding> kept = new ArrayList<>();
        Finding decisive = null;
        NextAction winner = null;
        boolean explained = false;
        boolean integrationError = false;
        if (findings != null) {
            for (Finding finding : findings) {
                if (finding == null) {
                    continue;
                }
                kept.add(finding);
                if (finding.informational()) {
                    continue;
                }
                NextAction asked = rules.actionFor(finding);
                integrationError |= asked == NextAction.FIX_INTEGRATION;
                if (said == Verdict.APPROVED && !overridesApproval(finding)) {
                    continue;
                }
                explained |= finding.known().isPresent();
                NextAction action = bounded(withinSession(asked, said), finding, counted, limit, rules);
                if (winner == null || action.isMoreSevereThan(winner)) {
                    decisive = finding;
                    winner = action;
                }
            }
        }
        if (said == Verdict.ERROR && explained && winner == NextAction.PROCEED) {
            // an error never proceeds, even when the code that explains it documents nothing to do
            return new Resolution(NextAction.MANUAL_REVIEW, said, kept, Optional.of(decisive), integrationError);
        }
        NextAction floor = bounded(rules.replaced(floor(said, explained)), null, counted, limit, rules);
        if (winner == null || floor.isMoreSevereThan(winner)) {
            return new Resolution(floor, said, kept, Optional.empty(), integrationError);
        }
        return new Resolution(winner, said, kept, Optional.of(decisive), integrationError);
    }

    /** Resolves with the specs' defaults: see {@link #resolve(Verdict, Collection, Attempts, OptionalInt, Policy)}. */
    public static Resolution resolve(Verdict verdict, Collection<Finding> findings, int attemptsMade,
            OptionalInt attemptLimit) {
        return resolve(verdict, findings, new Attempts(attemptsMade, 0), attemptLimit, Policy.DEFAULTS);
    }

    /** Resolves with the specs' defaults and nothing counted. */
    public static Resolution resolve(Verdict verdict, Collection<Finding> findings) {
        return resolve(verdict, findings, Attempts.NONE, OptionalInt.empty(), Policy.DEFAULTS);
    }

    /** Under an approval only the vendor's own decision for a code, or a code nobody knows, counts. */
    private static boolean overridesApproval(Finding finding) {
        return finding.decided().isPresent() || finding.known().isEmpty();
    }

    /** After an aborted session no retry within it is possible: a new session is. */
    private static NextAction withinSession(NextAction action, Verdict verdict) {
        boolean retry = action == NextAction.RETRY_CAPTURE || action == NextAction.RETRY_LATER;
        return verdict == Verdict.ABORTED && retry ? NextAction.RESTART : action;
    }

    /** The least the verdict asks for, whatever the codes. */
    private static NextAction floor(Verdict verdict, boolean explained) {
        return switch (verdict) {
            case APPROVED -> NextAction.PROCEED;
            case IN_PROGRESS, PENDING -> NextAction.WAIT;
            case RETRY_REQUESTED -> NextAction.RETRY_CAPTURE;
            case REVIEW, UNKNOWN -> NextAction.MANUAL_REVIEW;
            case ERROR -> explained ? NextAction.RETRY_CAPTURE : NextAction.MANUAL_REVIEW;
            case ABORTED -> NextAction.RESTART;
            case DECLINED -> NextAction.REJECT;
        };
    }

    /**
     * A capture retry, rejected once the captures made reach the limit (given, else the code's
     * catalog's under the policy); a restart, rejected once the person's restarts reach the policy's limit.
     */
    static NextAction bounded(NextAction action, Finding finding, Attempts attempts, OptionalInt attemptLimit,
            Policy policy) {
        if (action == NextAction.RESTART) {
            OptionalInt restarts = policy.restartLimit();
            return restarts.isPresent() && attempts.restarts() >= restarts.getAsInt() ? NextAction.REJECT : action;
        }
        if (action != NextAction.RETRY_CAPTURE) {
            return action;
        }
        OptionalInt limit = attemptLimit.isPresent() || finding == null ? attemptLimit
                : finding.known().map(code -> policy.attemptLimit(code.catalog())).orElse(OptionalInt.empty());
        return limit.isPresent() && attempts.captures() >= limit.getAsInt() ? NextAction.REJECT : action;
    }
}
