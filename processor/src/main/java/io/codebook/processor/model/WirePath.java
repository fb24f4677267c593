package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;

/**
 * Where a value sits in a vendor's JSON body, as a spec writes it: a JSON Pointer whose steps may
 * be {@code *} (every element of an array) or a key family such as {@code <tech>_result} (every key
 * of that form, the middle captured by name).
 *
 * @param text the pointer as written, e.g. {@code /retry/*}{@code /retryCode}
 * @param steps its steps, in order
 * @param position where it is written
 */
public record WirePath(String text, List<Step> steps, SpecPosition position) {

    public WirePath {
        steps = List.copyOf(steps);
    }

    /** One step of a path. */
    public sealed interface Step permits Key, Each, Family {}

    /** A member of an object (or an element of an array by its index). */
    public record Key(String name) implements Step {}

    /** Every element of an array. */
    public record Each() implements Step {}

    /** Every key of an object that starts with {@code prefix} and ends with {@code suffix}. */
    public record Family(String prefix, String capture, String suffix) implements Step {}

    /** How many steps may match more than one value. */
    public int wildcards() {
        return (int) steps.stream().filter(step -> !(step instanceof Key)).count();
    }

    /** The names its key families capture, in order. */
    public List<String> captures() {
        return steps.stream().filter(Family.class::isInstance).map(step -> ((Family) step).capture()).toList();
    }

    /** Whether this path reaches into (or is) {@code other}: {@code /a/b} goes through {@code /a}. */
    public boolean goesThrough(WirePath other) {
        return steps.size() >= other.steps.size() && steps.subList(0, other.steps.size()).equals(other.steps);
    }

    @Override
    public String toString() {
        return text;
    }
}
