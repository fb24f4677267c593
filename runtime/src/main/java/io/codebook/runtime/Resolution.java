package io.codebook.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The next action for a whole response, from the vendor's {@link Verdict} and every code it
 * carried. The verdict says whether the verification passed; the codes say why and refine what to
 * do within that. The rules, each pinned by a test:
 *
 * <ul>
 *   <li>A finding asks for the vendor's decision for it where one was sent, else its documented
 *       action; a code the catalog does not document asks for {@link NextAction#MANUAL_REVIEW}.
 *       Informational findings are kept but ask for nothing.
 *   <li>A capture retry becomes {@link NextAction#REJECT} once the attempts made reach the vendor's
 *       attempt limit.
 *   <li>{@link Verdict#APPROVED}: {@link NextAction#PROCEED}, unless the vendor decided otherwise
 *       for a code, or a code is unrecognized (then a person looks). A documented default alone
 *       never turns an approval into anything else: the vendor's own decision engine has already
 *       weighed the codes it sent.
 *   <li>Every other verdict never resolves to {@code PROCEED}, whatever codes came (none, unknown,
 *       known): the action is the most severe of the findings' and the verdict's own floor —
 *       {@link Verdict#DECLINED} and {@link Verdict#ABORTED} reject; {@link Verdict#REVIEW},
 *       {@link Verdict#PENDING} and {@link Verdict#UNKNOWN} go to manual review;
 *       {@link Verdict#RETRY_REQUESTED} asks for a capture retry (bounded as above);
 *       {@link Verdict#IN_PROGRESS} asks again later; under {@link Verdict#ERROR} a documented code
 *       explains the error and its action applies (never proceed: a person looks instead), and an
 *       error no documented code explains goes to manual review.
 * </ul>
 *
 * @param action what to do next
 * @param verdict what the vendor concluded
 * @param findings everything the response carried, in the order given
 * @param decisive the finding whose action won; empty when the verdict decided alone
 */
public record Resolution(NextAction action, Verdict verdict, List<Finding> findings, Optional<Finding> decisive) {

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
     * @param attemptsMade how many attempts the user has made so far (ARGOS's {@code retryCount})
     * @param attemptLimit the vendor's attempt limit, where it documents one; a code's own catalog
     *     limit applies where this is empty
     */
    public static Resolution resolve(Verdict verdict, Collection<Finding> findings, int attemptsMade,
            OptionalInt attemptLimit) {
        Verdict said = verdict == null ? Verdict.UNKNOWN : verdict;
        OptionalInt limit = attemptLimit == null ? OptionalInt.empty() : attemptLimit;
        List<Finding> kept = new ArrayList<>();
        Finding decisive = null;
        NextAction winner = null;
        boolean explained = false;
        if (findings != null) {
            for (Finding finding : findings) {
                if (finding == null) {
                    continue;
                }
                kept.add(finding);
                if (finding.informational() || (said == Verdict.APPROVED && !overridesApproval(finding))) {
                    continue;
                }
                explained |= finding.known().isPresent();
                NextAction action = bounded(finding.action(), finding, attemptsMade, limit);
                if (winner == null || action.isMoreSevereThan(winner)) {
                    decisive = finding;
                    winner = action;
                }
            }
        }
        if (said == Verdict.ERROR && explained && winner == NextAction.PROCEED) {
            // an error never proceeds, even when the code that explains it documents nothing to do
            return new Resolution(NextAction.MANUAL_REVIEW, said, kept, Optional.of(decisive));
        }
        NextAction floor = bounded(floor(said, explained), null, attemptsMade, limit);
        if (winner == null || floor.isMoreSevereThan(winner)) {
            return new Resolution(floor, said, kept, Optional.empty());
        }
        return new Resolution(winner, said, kept, Optional.of(decisive));
    }

    /** {@link #resolve(Verdict, Collection, int, OptionalInt)} with no attempts counted. */
    public static Resolution resolve(Verdict verdict, Collection<Finding> findings) {
        return resolve(verdict, findings, 0, OptionalInt.empty());
    }

    /** Under an approval only the vendor's own decision for a code, or a code nobody knows, counts. */
    private static boolean overridesApproval(Finding finding) {
        return finding.decided().isPresent() || finding.known().isEmpty();
    }

    /** The least the verdict asks for, whatever the codes. */
    private static NextAction floor(Verdict verdict, boolean explained) {
        return switch (verdict) {
            case APPROVED -> NextAction.PROCEED;
            case IN_PROGRESS -> NextAction.RETRY_LATER;
            case RETRY_REQUESTED -> NextAction.RETRY_CAPTURE;
            case PENDING, REVIEW, UNKNOWN -> NextAction.MANUAL_REVIEW;
            case ERROR -> explained ? NextAction.RETRY_CAPTURE : NextAction.MANUAL_REVIEW;
            case ABORTED, DECLINED -> NextAction.REJECT;
        };
    }

    /** A capture retry, rejected once the attempts made reach the limit (given, else the code's catalog's). */
    static NextAction bounded(NextAction action, Finding finding, int attemptsMade, OptionalInt attemptLimit) {
        if (action != NextAction.RETRY_CAPTURE) {
            return action;
        }
        OptionalInt limit = attemptLimit.isPresent() || finding == null ? attemptLimit
                : finding.known().map(code -> code.catalog().attemptLimit()).orElse(OptionalInt.empty());
        return limit.isPresent() && attemptsMade >= limit.getAsInt() ? NextAction.REJECT : action;
    }
}
