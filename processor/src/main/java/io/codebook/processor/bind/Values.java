package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.EnumValue;
import io.codebook.processor.yaml.SpecNode;
import java.util.List;
import java.util.Optional;

/** Converts a spec value to an attribute's type. */
final class Values {

    private Values() {}

    /** Whether the node is one of the attribute's "no value" spellings, such as {@code None}. */
    static boolean isNone(Attribute attribute, SpecNode node) {
        return node instanceof io.codebook.processor.yaml.SpecScalar scalar && !scalar.empty()
                && attribute.noneValues().contains(scalar.value());
    }

    /**
     * The node as a value of the attribute, or empty after reporting why it is not one. A caller
     * treats an empty result for a node that is there as a value given (wrongly), not as a value
     * missing: the mistake is reported once, here.
     */
    static Optional<AttributeValue> convert(Attribute attribute, SpecNode node, String what, Problems problems) {
        if (attribute.list()) {
            if (!(node instanceof io.codebook.processor.yaml.SpecList list)) {
                problems.report(node.position(), Message.LIST_VALUE_EXPECTED, what, attribute.name(), node.kind());
                return Optional.empty();
            }
            List<AttributeValue> values = new java.util.ArrayList<>();
            boolean allValid = true;
            for (SpecNode item : list.items()) {
                Optional<AttributeValue> value = convertOne(attribute, item, "an entry of " + what, problems);
                value.ifPresent(values::add);
                allValid &= value.isPresent();
            }
            return allValid ? Optional.of(new AttributeValue.Many(values)) : Optional.empty();
        }
        return convertOne(attribute, node, what, problems);
    }

    private static Optional<AttributeValue> convertOne(Attribute attribute, SpecNode node, String what, Problems problems) {
        Optional<String> text = Fields.scalarText(node, what, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (attribute.type()) {
            case STRING -> Optional.of(new AttributeValue.Text(text.get()));
            case CODE -> Optional.of(new AttributeValue.CodeRef(text.get(), node.position()));
            case ACTION -> {
                if (!isAction(text.get(), node, problems)) {
                    yield Optional.empty();
                }
                yield Optional.of(new AttributeValue.ActionRef(text.get()));
            }
            case INTEGER -> Fields.parseInteger(text.get(), node.position(), what, problems).map(AttributeValue.Int::new);
            case BOOLEAN -> Fields.parseBoolean(text.get(), node.position(), what, problems).map(AttributeValue.Bool::new);
            case ENUM -> {
                Optional<EnumValue> value = attribute.enumValue(text.get());
                if (value.isEmpty()) {
                    List<String> allowed = attribute.values().stream().map(EnumValue::value).toList();
                    problems.report(node.position(), Message.UNKNOWN_ATTRIBUTE_VALUE, text.get(), attribute.name(),
                            String.join(", ", allowed), Suggestions.hint(text.get(), allowed));
                }
                yield value.map(AttributeValue.EnumRef::new);
            }
        };
    }

    /** Whether {@code text} names a next action; reports it at {@code node} when it does not. */
    static boolean isAction(String text, SpecNode node, Problems problems) {
        if (Actions.isAction(text)) {
            return true;
        }
        problems.report(node.position(), Message.UNKNOWN_ACTION, text, String.join(", ", Actions.SPEC_NAMES),
                Suggestions.hint(text, Actions.SPEC_NAMES));
        return false;
    }
}
