package io.codebook.processor.model;

import java.util.List;
import java.util.Locale;

/**
 * The next actions of Codebook's runtime ({@code io.codebook.runtime.NextAction}), by the names
 * specs use. The processor does not depend on the runtime; a test keeps the two lists equal.
 */
public final class Actions {

    public static final List<String> SPEC_NAMES = List.of(
            "proceed", "wait", "retry-capture", "retry-later", "restart", "user-action", "manual-review", "fix-integration",
            "reject");

    private Actions() {}

    public static boolean isAction(String specName) {
        return SPEC_NAMES.contains(specName);
    }

    /** The runtime constant's name: {@code retry-capture} gives {@code RETRY_CAPTURE}. */
    public static String constantName(String specName) {
        return specName.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
