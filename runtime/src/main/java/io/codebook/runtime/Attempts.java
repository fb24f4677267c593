package io.codebook.runtime;

/**
 * What an application counts about one person's verification that a single vendor body cannot
 * say: how many captures this session has seen, and how many new sessions the person started.
 * A body that counts captures itself (ARGOS's {@code retryCount}) wins when it counts more.
 *
 * @param captures capture attempts made in this session so far
 * @param restarts new sessions or submissions the person has started after one that ended
 */
public record Attempts(int captures, int restarts) {

    /** Nothing counted: the first attempt of the first session. */
    public static final Attempts NONE = new Attempts(0, 0);

    public Attempts {
        captures = Math.max(0, captures);
        restarts = Math.max(0, restarts);
    }

    /** These attempts with at least {@code captures} captures: the larger count wins. */
    public Attempts withCapturesAtLeast(int captures) {
        return captures > this.captures ? new Attempts(captures, restarts) : this;
    }
}
