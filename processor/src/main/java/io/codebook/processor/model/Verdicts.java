package io.codebook.processor.model;

import java.util.List;
import java.util.Locale;

/**
 * The verdicts of Codebook's runtime ({@code io.codebook.runtime.Verdict}) a spec may map a status
 * value to, by the names specs use. The processor does not depend on the runtime; a test keeps the
 * two lists equal.
 */
public final class Verdicts {

    /** Every verdict a spec may name; {@code unknown} is the runtime's own, for what no spec documents. */
    public static final List<String> SPEC_NAMES = List.of(
            "approved", "in-progress", "pending", "retry-requested", "review", "error", "aborted", "declined");

    /** What a status value maps to when it does not decide on its own (another status field does). */
    public static final String UNDECIDED = "undecided";

    private Verdicts() {}

    public static boolean isVerdict(String specName) {
        return SPEC_NAMES.contains(specName);
    }

    /** The runtime constant's name: {@code retry-requested} gives {@code RETRY_REQUESTED}. */
    public static String constantName(String specName) {
        return specName.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
