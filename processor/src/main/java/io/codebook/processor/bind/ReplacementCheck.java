package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Deprecation;
import io.codebook.processor.model.EnumValue;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that what a deprecated code or value says replaces it exists: the generated {@code @deprecated}
 * javadoc links it and {@code replacement()} returns it, so a wrong name would generate a broken link.
 */
final class ReplacementCheck {

    private final Problems problems;

    ReplacementCheck(Problems problems) {
        this.problems = problems;
    }

    void check(Catalog catalog) {
        for (Code code : catalog.codes()) {
            code.deprecation().ifPresent(deprecation -> checkCode(catalog, code, deprecation));
        }
        for (Attribute attribute : catalog.attributes()) {
            for (EnumValue value : attribute.values()) {
                value.deprecation().ifPresent(deprecation -> checkValue(attribute, value, deprecation));
            }
        }
    }

    private void checkCode(Catalog catalog, Code code, Deprecation deprecation) {
        if (deprecation.replacedBy().isEmpty()) {
            return;
        }
        String wire = deprecation.replacedBy().get();
        if (!catalog.keyIncludesCode()) {
            problems.report(deprecation.position(), Message.REPLACEMENT_WITHOUT_CODE, code.describe());
            return;
        }
        List<Code> found = catalog.replacementsOf(code);
        if (found.isEmpty()) {
            Set<String> codes = new TreeSet<>();
            catalog.codeStream().forEach(c -> c.code().ifPresent(codes::add));
            problems.report(deprecation.position(), Message.REPLACEMENT_UNKNOWN, code.describe(), wire,
                    Suggestions.hint(wire, codes));
        } else if (found.size() > 1) {
            problems.report(deprecation.position(), Message.REPLACEMENT_AMBIGUOUS, code.describe(), wire,
                    found.size());
        } else if (found.get(0).ordinal() == code.ordinal() && found.get(0).keyParts().equals(code.keyParts())) {
            problems.report(deprecation.position(), Message.REPLACEMENT_ITSELF, code.describe());
        }
    }

    private void checkValue(Attribute attribute, EnumValue value, Deprecation deprecation) {
        if (deprecation.replacedBy().isEmpty()) {
            return;
        }
        String wire = deprecation.replacedBy().get();
        Set<String> values = new TreeSet<>();
        attribute.values().forEach(v -> values.add(v.value()));
        if (wire.equals(value.value())) {
            problems.report(deprecation.position(), Message.REPLACEMENT_ITSELF,
                    "value '" + value.value() + "' of attribute '" + attribute.name() + "'");
        } else if (!values.contains(wire)) {
            problems.report(deprecation.position(), Message.REPLACEMENT_UNKNOWN,
                    "value '" + value.value() + "' of attribute '" + attribute.name() + "'", wire,
                    Suggestions.hint(wire, values));
        }
    }
}
