package io.codebook.processor.compat;

import io.codebook.processor.model.EnumValue;
import io.codebook.processor.model.Name;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the values of one enum, an attribute's or an outcome field's: pairs each baseline value
 * with what it is now (by spelling, then by constant) and reports every difference a consumer meets.
 */
final class EnumValueComparison {

    /**
     * One enum in one version.
     *
     * @param owner how messages name what holds it: {@code attribute 'severity'}
     * @param type the enum's type, qualified as consumers write it: {@code WidgetWarning.Severity}
     * @param constants each value's constant, by spelling
     */
    record Enum(String owner, List<EnumValue> values, String type, Map<String, String> constants) {

        Enum {
            values = List.copyOf(values);
            constants = Map.copyOf(constants);
        }

        String constant(EnumValue value) {
            return type + "." + constants.get(value.value());
        }

        String describe(EnumValue value) {
            return "value '" + value.value() + "' (" + constant(value) + ") of " + owner;
        }

        IdentityChanges.Side side(EnumValue value) {
            return new IdentityChanges.Side(describe(value), constant(value), constants.get(value.value()),
                    "'" + value.value() + "'", value.value(),
                    value.aliases(), value.javaName().map(Name::position).orElse(value.position()));
        }
    }

    private EnumValueComparison() {}

    /**
     * Reports how the enum changed.
     *
     * @return the current spelling of each baseline value that is still there, by its baseline spelling: what
     *     a code's value of the enum is compared by
     */
    static Map<String, String> compare(Enum before, Enum after, Changes changes) {
        WireMatching<EnumValue> matching = WireMatching.match(items(before), items(after), true);
        Map<String, String> spellings = new HashMap<>();
        for (WireMatching.Pair<EnumValue> pair : matching.pairs()) {
            EnumValue old = pair.baseline();
            EnumValue now = pair.current();
            spellings.put(old.value(), now.value());
            IdentityChanges.report(pair.how(), before.side(old), after.side(now),
                    alias -> after.values().stream().filter(v -> v.value().equals(alias)).findFirst()
                            .map(after::describe),
                    changes);
            if (!old.action().equals(now.action())) {
                changes.report(ChangeKind.ACTION_CHANGED, now.position(), after.describe(now) + ": its action changed "
                        + old.action().orElse("none") + " → " + now.action().orElse("none"));
            }
            Deprecations.report(old.deprecation(), now.deprecation(), after.describe(now), now.position(), changes);
            if (!old.description().equals(now.description())) {
                changes.report(ChangeKind.TEXT_CHANGED, now.position(), after.describe(now) + ": its description changed");
            }
        }
        for (EnumValue old : matching.removed()) {
            changes.report(ChangeKind.VALUE_REMOVED, old.position(), before.describe(old) + " was removed"
                    + Phrases.removalAfter(old.deprecation()));
        }
        for (EnumValue now : matching.added()) {
            changes.report(ChangeKind.VALUE_ADDED, now.position(), after.describe(now) + " was added"
                    + now.deprecation().map(d -> ", " + Phrases.deprecation(d)).orElse(""));
        }
        return spellings;
    }

    private static List<WireMatching.Item<EnumValue>> items(Enum values) {
        return values.values().stream().map(value -> new WireMatching.Item<>(value, (Object) value.value(),
                value.aliases().stream().map(alias -> (Object) alias).toList(),
                Objects.requireNonNull(values.constants().get(value.value())))).toList();
    }
}
