package io.codebook.processor.compat;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Role;
import io.codebook.processor.model.Variant;
import io.codebook.processor.specset.CatalogVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the typed values of a code that is in both versions: its canonical reason and its
 * action-bearing attributes (what an application does with the code), and every other value its
 * accessors return. Enum values are compared by what they became, so a value spelt anew is one
 * change of the enum, not one of every code.
 */
final class CodeValues {

    private final CatalogVersion before;
    private final CatalogVersion after;
    private final Map<String, Map<String, String>> spellings;
    private final Changes changes;

    /** @param spellings for each enum attribute, the current spelling of each baseline value, by baseline spelling */
    CodeValues(CatalogVersion before, CatalogVersion after, Map<String, Map<String, String>> spellings,
            Changes changes) {
        this.before = before;
        this.after = after;
        this.spellings = spellings;
        this.changes = changes;
    }

    void compare(Code old, Code now) {
        for (Attribute attribute : after.catalog().attributes()) {
            Optional<Attribute> was = before.catalog().attribute(attribute.name());
            if (was.isEmpty() || isKeyPart(attribute) || !sameType(was.get(), attribute)) {
                continue; // a new attribute, a key part (the code's identity) or a changed type is reported once
            }
            Map<String, String> values = spellings.getOrDefault(attribute.name(), Map.of());
            String then = old.value(attribute.name()).map(v -> translated(v, values)).orElse("none");
            String value = Phrases.value(now.value(attribute.name()));
            if (then.equals(value) || onlyTheDefaultChanged(was.get(), attribute, then, value, values)) {
                continue;
            }
            report(attribute, now, then, value);
        }
        List<String> variantsThen = old.variants().stream().map(v -> variantValues(v, true)).toList();
        List<String> variantsNow = now.variants().stream().map(v -> variantValues(v, false)).toList();
        if (!variantsThen.equals(variantsNow)) {
            changes.report(ChangeKind.VALUE_CHANGED, now.position(), after.describe(now) + ": the values of its variants"
                    + " changed from " + variantsThen + " to " + variantsNow);
        }
    }

    private void report(Attribute attribute, Code now, String then, String value) {
        String change = then + " → " + value;
        Optional<Role> role = attribute.role();
        if (role.equals(Optional.of(Role.CANONICAL_REASON))) {
            changes.report(ChangeKind.CANONICAL_REASON_CHANGED, now.position(), after.describe(now)
                    + ": its canonical reason changed " + change + ": applications treat it, and resolve its action,"
                    + " as the new reason");
        } else if (role.isPresent()) {
            // the other roles are the action's: a reason's default, the vendor's documented action, an override
            changes.report(ChangeKind.ACTION_CHANGED, now.position(), after.describe(now) + ": its " + attribute.name()
                    + role.map(r -> " (" + r.specName() + ")").orElse("") + " changed " + change
                    + "; the next action resolved for it changes");
        } else {
            changes.report(ChangeKind.VALUE_CHANGED, now.position(), after.describe(now) + ": its " + attribute.name()
                    + " changed " + change);
        }
    }

    private boolean isKeyPart(Attribute attribute) {
        return after.catalog().key().stream().anyMatch(part -> part instanceof KeyPart.AttributePart p
                && p.name().equals(attribute.name()))
                && before.catalog().key().stream().anyMatch(part -> part.name().equals(attribute.name()));
    }

    private boolean sameType(Attribute was, Attribute now) {
        return AttributeShapes.differences(was, now, after.catalog().id()).isEmpty();
    }

    /** A code that took the attribute's default then and takes the new default now: reported once, at the attribute. */
    private static boolean onlyTheDefaultChanged(Attribute was, Attribute now, String then, String value,
            Map<String, String> values) {
        String oldDefault = was.defaultValue().map(v -> translated(v, values)).orElse("none");
        String newDefault = now.defaultValue().map(Phrases::value).orElse("none");
        return !oldDefault.equals(newDefault) && then.equals(oldDefault) && value.equals(newDefault);
    }

    private String variantValues(Variant variant, boolean baseline) {
        StringBuilder values = new StringBuilder("{");
        variant.values().forEach((name, value) -> {
            String phrase = baseline ? translated(value, spellings.getOrDefault(name, Map.of())) : Phrases.value(value);
            values.append(values.length() > 1 ? ", " : "").append(name).append(": ").append(phrase);
        });
        return values.append('}').toString();
    }

    /** A baseline value as the current version spells it, so only what really changed differs. */
    static String translated(AttributeValue value, Map<String, String> spellings) {
        if (value instanceof AttributeValue.Many many) {
            return "[" + String.join(", ", many.values().stream().map(v -> translated(v, spellings)).toList()) + "]";
        }
        return value instanceof AttributeValue.EnumRef ref ? spellings.getOrDefault(ref.wire(), ref.wire()) : value.wire();
    }
}
