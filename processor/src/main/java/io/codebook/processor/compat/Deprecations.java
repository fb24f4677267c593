package io.codebook.processor.compat;

import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Deprecation;
import java.util.Optional;

/**
 * What a change in a code's or an enum value's deprecation tells consumers. Deprecating never breaks
 * anything: code that names the constant compiles with a warning pointing at the replacement, and
 * payloads still read. Removing it later does break, and is reported where removals are.
 */
final class Deprecations {

    private Deprecations() {}

    /**
     * @param described the code or value as messages name it
     * @param position where it is in the current spec
     */
    static void report(Optional<Deprecation> before, Optional<Deprecation> after, String described,
            SpecPosition position, Changes changes) {
        if (before.isEmpty() && after.isPresent()) {
            Deprecation now = after.get();
            String vendor = now.retired() ? "; the vendor no longer sends it, and it still reads" : "";
            changes.report(ChangeKind.DEPRECATED, now.position(), described + " is now " + Phrases.deprecation(now)
                    + vendor + ": code that names it compiles with a deprecation warning");
        } else if (before.isPresent() && after.isEmpty()) {
            changes.report(ChangeKind.UNDEPRECATED, position, described + " is no longer deprecated");
        } else if (before.isPresent()) {
            Deprecation then = before.get();
            Deprecation now = after.get();
            if (!then.retired() && now.retired()) {
                changes.report(ChangeKind.RETIRED, now.position(), described + " is now " + Phrases.deprecation(now)
                        + ": the vendor no longer sends it, and it still reads");
            } else if (!Phrases.deprecation(then).equals(Phrases.deprecation(now))) {
                changes.report(ChangeKind.DEPRECATED, now.position(), described + " is now " + Phrases.deprecation(now)
                        + ", no longer " + Phrases.deprecation(then));
            } else if (!then.reason().equals(now.reason())) {
                changes.report(ChangeKind.TEXT_CHANGED, now.position(), described + ": the reason of its deprecation"
                        + " changed");
            }
        }
    }
}
