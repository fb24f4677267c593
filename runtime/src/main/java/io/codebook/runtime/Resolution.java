package io.codebook.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next action for a whole response, from all it said: each finding's action (the vendor's
 * decision, else the documented one), a capture retry turned into a rejection once the vendor's
 * attempt limit is reached, and the most severe action of all winning.
 *
 * @param action what to do next
 * @param findings everything the response said, raw values included, in the order given
 * @param decisive the finding whose action won; empty when there was none (then {@code PROCEED})
 */
public record Resolution(NextAction action, List<Finding> findings, Optional<Finding> decisive) {

    public Resolution {
        Objects.requireNonNull(action, "action");
        findings = List.copyOf(findings);
        Objects.requireNonNull(decisive, "decisive");
    }

    /**
     * Resolves a response's findings.
     *
     * @param findings what the response said; {@code null} and null elements are ignored
     * @param attemptsMade how many attempts the user has made so far (ARGOS's {@code retryCount});
     *     once it reaches a code's catalog attempt limit, a capture retry becomes a rejection
     */
    public static Resolution resolve(Collection<Finding> findings, int attemptsMade) {
        List<Finding> kept = new ArrayList<>();
        Finding decisive = null;
        NextAction winner = NextAction.PROCEED;
        if (findings != null) {
            for (Finding finding : findings) {
                if (finding == null) {
                    continue;
                }
                kept.add(finding);
                NextAction action = bounded(finding, attemptsMade);
                if (decisive == null || action.isMoreSevereThan(winner)) {
                    decisive = finding;
                    winner = action;
                }
            }
        }
        return new Resolution(winner, kept, Optional.ofNullable(decisive));
    }

    /** A finding's action, with capture retries bounded by its catalog's attempt limit. */
    static NextAction bounded(Finding finding, int attemptsMade) {
        NextAction action = finding.action();
        if (action != NextAction.RETRY_CAPTURE) {
            return action;
        }
        boolean limitReached = finding.code()
                .map(code -> code.catalog().attemptLimit())
                .filter(limit -> limit.isPresent() && attemptsMade >= limit.getAsInt())
                .isPresent();
        return limitReached ? NextAction.REJECT : action;
    }
}
