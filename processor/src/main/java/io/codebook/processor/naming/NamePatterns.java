package io.codebook.processor.naming;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.NamePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a code's constant name: from its group's {@code javaNamePattern}, else the catalog's,
 * else from its key ({@code code}, or each part of a composite key: an enum value's constant name,
 * a string's words, a number; absent parts skipped).
 */
final class NamePatterns {

    private final Catalog catalog;
    private final Problems problems;
    private final Map<String, Map<String, String>> valueConstants;
    private final Map<String, Optional<NamePattern>> byGroup = new HashMap<>();

    /**
     * @param valueConstants the constants of enum attributes' values, by attribute then wire value
     */
    NamePatterns(Catalog catalog, Map<String, Map<String, String>> valueConstants, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
        this.valueConstants = valueConstants;
        Optional<NamePattern> catalogPattern = catalog.javaNamePattern().filter(this::valid);
        for (Group group : catalog.groups()) {
            byGroup.put(group.id(), group.javaNamePattern().isPresent()
                    ? group.javaNamePattern().filter(this::valid) : catalogPattern);
        }
    }

    /** Whether every placeholder names something a code can have one value of; reports each that does not. */
    private boolean valid(NamePattern pattern) {
        boolean valid = true;
        List<String> usable = new ArrayList<>();
        if (catalog.keyIncludesCode()) {
            usable.add("code");
        }
        for (Attribute attribute : catalog.attributes()) {
            if (!attribute.list() && Set.of(AttributeType.ENUM, AttributeType.STRING, AttributeType.INTEGER)
                    .contains(attribute.type())) {
                usable.add(attribute.name());
            }
        }
        for (String part : pattern.placeholders()) {
            if (!usable.contains(part)) {
                String hint = Suggestions.hint(part, usable);
                problems.report(pattern.position(), Message.NAME_PATTERN_UNKNOWN_PART, part, hint);
                valid = false;
            }
        }
        return valid;
    }

    /** The derived constant name; empty, with the reason reported, when there is none. */
    Optional<String> derive(Code code) {
        Optional<NamePattern> pattern = byGroup.getOrDefault(code.groupId(), Optional.empty());
        if (pattern.isPresent()) {
            return fromPattern(code, pattern.get());
        }
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < catalog.key().size(); i++) {
            KeyPart part = catalog.key().get(i);
            if (part instanceof KeyPart.CodePart) {
                code.code().ifPresent(fragments::add);
            } else {
                code.value(part.name()).map(value -> fragment(part.name(), value)).ifPresent(fragments::add);
            }
        }
        Optional<String> name = JavaNames.constantName(String.join("_", fragments));
        if (name.isEmpty()) {
            problems.report(code.position(), Message.NAME_UNDERIVABLE, code.describe(),
                    catalog.hasSimpleKey() ? "its code" : "its key");
        }
        return name;
    }

    private Optional<String> fromPattern(Code code, NamePattern pattern) {
        StringBuilder text = new StringBuilder();
        for (NamePattern.Segment segment : pattern.segments()) {
            if (segment instanceof NamePattern.Literal literal) {
                text.append(literal.text());
                continue;
            }
            String part = ((NamePattern.Placeholder) segment).name();
            Optional<String> value = part.equals("code") ? code.code()
                    : code.value(part).map(v -> fragment(part, v));
            if (value.isEmpty()) {
                problems.report(code.position(), Message.NAME_PATTERN_NO_VALUE, code.describe(), part,
                        "\"" + pattern.text() + "\"", part);
                return Optional.empty();
            }
            text.append(value.get());
        }
        Optional<String> name = JavaNames.constantName(text.toString());
        if (name.isEmpty()) {
            problems.report(code.position(), Message.NAME_UNDERIVABLE, code.describe(),
                    "its 'javaNamePattern' \"" + pattern.text() + "\"");
        }
        return name;
    }

    /** A value as a piece of a name: an enum value's constant name, else the value as written. */
    private String fragment(String attribute, AttributeValue value) {
        if (value instanceof AttributeValue.EnumRef ref) {
            return valueConstants.getOrDefault(attribute, Map.of()).getOrDefault(ref.value().value(), ref.value().value());
        }
        return value.wire();
    }
}
