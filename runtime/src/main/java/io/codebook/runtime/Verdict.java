package io.codebook.runtime;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the vendor concluded about a verification, whatever its codes say: the vendor's status,
 * result or decision fields read through its spec. The verdict is authoritative about whether the
 * verification passed; codes only say why, and what to do about it.
 *
 * <p>Constants are declared from the least to the most cautious: where a response carries several
 * status fields (a run status and a result), the most cautious verdict among them wins, so two
 * fields that disagree never add up to an approval.
 */
public enum Verdict {

    /** The vendor verified the user. The only verdict that may resolve to {@link NextAction#PROCEED}. */
    APPROVED("approved"),

    /** The vendor is still working on it (a run in progress, a session ongoing): ask again later. */
    IN_PROGRESS("in-progress"),

    /** The vendor has taken it in and will decide later, often after its own review. */
    PENDING("pending"),

    /** The vendor asks the user to try again within the same session. */
    RETRY_REQUESTED("retry-requested"),

    /**
     * The response did not say, or said something its spec does not document (a status value the
     * vendor added, a response whose shape is not recognised). A person looks.
     */
    UNKNOWN("unknown"),

    /** The vendor asks for a person to decide. */
    REVIEW("review"),

    /** The vendor answered with an error: the request failed, nothing was concluded. */
    ERROR("error"),

    /** The session ended without a result (expired, abandoned, a dead end): it cannot go on. */
    ABORTED("aborted"),

    /** The vendor did not verify the user. */
    DECLINED("declined");

    private final String specName;

    Verdict(String specName) {
        this.specName = specName;
    }

    /** The verdict's name in catalog specs, e.g. {@code retry-requested}. */
    public String specName() {
        return specName;
    }

    /** The verdict a spec names; empty for anything else ({@code unknown} is never a spec's to give). */
    public static Optional<Verdict> fromSpecName(String name) {
        return Arrays.stream(values()).filter(v -> v != UNKNOWN && v.specName.equals(name)).findFirst();
    }

    /** Whether this verdict wins over {@code other} when a response says both. */
    public boolean isMoreCautiousThan(Verdict other) {
        return compareTo(other) > 0;
    }
}
