package io.codebook.processor.compat;

import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Deprecation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How messages write values, lists and deprecations, the same way wherever they appear. */
final class Phrases {

    private Phrases() {}

    /** A value as the spec writes it; {@code none} where there is none; a list in brackets. */
    static String value(Optional<AttributeValue> value) {
        return value.map(Phrases::value).orElse("none");
    }

    static String value(AttributeValue value) {
        if (value instanceof AttributeValue.Many many) {
            return "[" + String.join(", ", many.values().stream().map(AttributeValue::wire).toList()) + "]";
        }
        return value.wire();
    }

    /** {@code deprecated (replaced by 'X', since 2024-05)}, or {@code retired (...)}. */
    static String deprecation(Deprecation deprecation) {
        List<String> details = new ArrayList<>();
        deprecation.replacedBy().ifPresent(replacement -> details.add("replaced by '" + replacement + "'"));
        deprecation.since().ifPresent(since -> details.add("since " + since));
        return (deprecation.retired() ? "retired" : "deprecated")
                + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
    }

    /**
     * What a message about removing something adds when the baseline had deprecated it: the expected
     * end of a deprecation, and breaking all the same.
     */
    static String removalAfter(Optional<Deprecation> deprecation) {
        return deprecation.map(d -> ", as its deprecation announced (it was " + deprecation(d) + "): the expected end"
                + " of a deprecation, and still breaking for code that names it").orElse("");
    }
}
