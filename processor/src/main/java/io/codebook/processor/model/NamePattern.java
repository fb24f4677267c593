package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;

/**
 * A rule for the constant names of a catalog's or a group's codes, such as
 * {@code STEP{step}_{kind}_{code}}: literal text and placeholders naming {@code code} or an
 * attribute, each replaced by the code's value before the whole becomes a constant name.
 *
 * @param text the pattern as written
 * @param segments the pattern, in order
 */
public record NamePattern(String text, List<Segment> segments, SpecPosition position) {

    public NamePattern {
        segments = List.copyOf(segments);
    }

    /** A piece of a pattern. */
    public sealed interface Segment permits Literal, Placeholder {}

    /** Text kept as written. */
    public record Literal(String text) implements Segment {}

    /** {@code {name}}: the code's value for {@code code} or the attribute {@code name}. */
    public record Placeholder(String name) implements Segment {}

    /** The placeholders' names, in order. */
    public List<String> placeholders() {
        return segments.stream().filter(s -> s instanceof Placeholder).map(s -> ((Placeholder) s).name()).toList();
    }
}
