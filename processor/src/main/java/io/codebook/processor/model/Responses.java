package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a vendor's responses and webhooks carry its codes: the shapes its bodies have, how to tell
 * them apart, where the codes and the values travelling with them sit, and what the vendor's status
 * values conclude. Generators turn this into a sealed response type and a reader that never throws.
 *
 * @param javaName the simple name of the generated response type the spec asks for, if any
 * @param emptyIsAbsent whether {@code ""} counts as "not sent" wherever a value is read
 * @param context values a caller gives beside the body because the body does not carry them
 * @param statuses named vocabularies of status values, each value mapped to a verdict
 * @param shapes the documented shapes, in the order a body is tried against them
 * @param position where {@code responses} is written
 */
public record Responses(Optional<Name> javaName, boolean emptyIsAbsent, List<ContextValue> context,
        List<StatusVocabulary> statuses, List<Shape> shapes, SpecPosition position) {

    public Responses {
        context = List.copyOf(context);
        statuses = List.copyOf(statuses);
        shapes = List.copyOf(shapes);
    }

    /** An unmodifiable copy that keeps the order written. */
    static <V> Map<String, V> ordered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    /** How a value is normalised before it is matched against documented values. */
    public enum TextCase {
        EXACT, UPPER, LOWER
    }

    /**
     * A value the caller gives beside the body (ARGOS's step: the endpoint says it, not the body).
     *
     * @param integer whether it is a whole number (else text)
     */
    public record ContextValue(String name, boolean integer, Optional<String> description, SpecPosition position) {}

    /**
     * A vocabulary of status values: every documented value and the verdict it gives; a value mapped
     * to nothing does not decide on its own.
     *
     * @param values each documented value (as normalised) and its verdict's spec name, empty for
     *     {@code undecided}, in the order written
     */
    public record StatusVocabulary(String name, Optional<String> description, TextCase textCase,
            Map<String, Optional<String>> values, SpecPosition position) {

        public StatusVocabulary {
            values = ordered(values);
        }
    }

    /**
     * One documented shape of body.
     *
     * @param javaName the simple name of the shape's record the spec asks for, if any
     * @param when every condition a body must meet to have this shape
     * @param fixedVerdict the verdict a body of this shape always has (an error body), if any
     * @param verdictReads else the status fields the verdict is read from
     * @param attempts where the body says how many attempts were made, if it does
     * @param details other values kept as sent, by name
     * @param outcomes the outcomes a body of this shape carries
     */
    public record Shape(String id, Optional<Name> javaName, Optional<String> description, String source, List<String> notes,
            List<Condition> when, Optional<String> fixedVerdict, List<StatusRead> verdictReads,
            Optional<WirePath> attempts, Map<String, WirePath> details, List<Build> outcomes, SpecPosition position) {

        public Shape {
            notes = List.copyOf(notes);
            when = List.copyOf(when);
            verdictReads = List.copyOf(verdictReads);
            details = ordered(details);
            outcomes = List.copyOf(outcomes);
        }
    }

    /** A condition a body must meet to have a shape. */
    public sealed interface Condition permits Present, Absent, Equals {
        WirePath path();
    }

    /** A value is there (not missing, not {@code null}). */
    public record Present(WirePath path) implements Condition {}

    /** No value is there. */
    public record Absent(WirePath path) implements Condition {}

    /** The value there is one of these (as text). */
    public record Equals(WirePath path, List<String> values) implements Condition {}

    /** A status field and the vocabulary its values are read with. */
    public record StatusRead(WirePath path, String vocabulary, SpecPosition position) {}

    /**
     * How a shape's body gives one outcome, or one per element of a list.
     *
     * @param kind the id of the outcome kind
     * @param name the name of the response record's component that holds it, if the spec gives one
     * @param each the elements that each give an outcome, if the outcome is given per element; the
     *     other paths of the build are then relative to an element
     * @param codes where the outcome's code (or, for a list outcome, its codes) sits, if it holds codes
     * @param oneOrMany whether a single value may stand where the paths say {@code *}
     * @param key where each key part the outcome's lookup needs besides the code comes from
     * @param fields where each outcome field is read, by field name
     * @param companions other values kept beside each code, by name
     * @param informational the code fields that only name a category another code details
     */
    public record Build(String kind, Optional<String> name, Optional<WirePath> each, Optional<WirePath> codes,
            boolean oneOrMany, Map<String, KeySource> key, Map<String, WirePath> fields,
            Map<String, WirePath> companions, List<String> informational, SpecPosition position) {

        public Build {
            key = ordered(key);
            fields = ordered(fields);
            companions = ordered(companions);
            informational = List.copyOf(informational);
        }
    }

    /** Where a key part's value comes from. */
    public sealed interface KeySource permits FromPath, FromContext, FromCapture {}

    /** Read from the body. */
    public record FromPath(WirePath path) implements KeySource {}

    /** Given by the caller. */
    public record FromContext(String name, SpecPosition position) implements KeySource {}

    /**
     * The middle of a key a family matched, translated where the spec says how (the key
     * {@code liveness_result} captures {@code liveness}, which is the technology {@code Liveness}).
     */
    public record FromCapture(String capture, Map<String, String> values, SpecPosition position) implements KeySource {

        public FromCapture {
            values = ordered(values);
        }
    }
}
