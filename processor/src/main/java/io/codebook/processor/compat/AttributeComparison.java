package io.codebook.processor.compat;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Role;
import io.codebook.processor.specset.CatalogVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a catalog's attributes, the typed columns every code has an accessor for: which are gone
 * or new, whose accessor returns another type, whose role, default or "no value" spellings changed,
 * and the values of their enums.
 */
final class AttributeComparison {

    private final CatalogVersion before;
    private final CatalogVersion after;
    private final Changes changes;

    AttributeComparison(CatalogVersion before, CatalogVersion after, Changes changes) {
        this.before = before;
        this.after = after;
        this.changes = changes;
    }

    /**
     * Reports how the attributes changed.
     *
     * @return for each enum attribute in both versions, the current spelling of each baseline value still
     *     there, by its baseline spelling: what the codes' values are compared by
     */
    Map<String, Map<String, String>> compare() {
        Map<String, Map<String, String>> spellings = new HashMap<>();
        for (Attribute old : before.catalog().attributes()) {
            Optional<Attribute> now = after.catalog().attribute(old.name());
            if (now.isEmpty()) {
                changes.report(ChangeKind.ATTRIBUTE_REMOVED, old.position(), "attribute '" + old.name() + "' was removed: "
                        + accessor(before, old) + " is gone");
            } else {
                compare(old, now.get()).ifPresent(values -> spellings.put(old.name(), values));
            }
        }
        for (Attribute now : after.catalog().attributes()) {
            if (before.catalog().attribute(now.name()).isEmpty()) {
                changes.report(ChangeKind.ATTRIBUTE_ADDED, now.position(), "attribute '" + now.name() + "' was added: "
                        + accessor(after, now));
            }
        }
        List<String> variantsAfter = after.catalog().variantAttributes().stream().map(Attribute::name).toList();
        for (Attribute old : before.catalog().variantAttributes()) {
            Optional<Attribute> now = after.catalog().attribute(old.name());
            if (now.isPresent() && !variantsAfter.contains(old.name())) {
                changes.report(ChangeKind.VARIANT_ATTRIBUTE_REMOVED, now.get().position(), "no variant of a code gives"
                        + " attribute '" + old.name() + "' any more: " + after.member("Variant") + "." + old.name()
                        + "() is gone");
            }
        }
        return spellings;
    }

    private Optional<Map<String, String>> compare(Attribute old, Attribute now) {
        String owner = "attribute '" + now.name() + "'";
        List<String> shape = AttributeShapes.differences(old, now, after.catalog().id());
        if (!shape.isEmpty()) {
            changes.report(ChangeKind.ATTRIBUTE_TYPE_CHANGED, now.position(), owner + " (" + accessor(after, now)
                    + ") changed: " + String.join("; ", shape));
        }
        compareRoles(old, now, owner);
        if (!old.noneValues().equals(now.noneValues())) {
            old.noneValues().stream().filter(v -> !now.noneValues().contains(v)).forEach(v -> changes.report(
                    ChangeKind.NONE_VALUES_REMOVED, now.position(), "'" + v + "' no longer means that a code has no "
                            + now.name() + ": it reads as a value of " + owner));
            now.noneValues().stream().filter(v -> !old.noneValues().contains(v)).forEach(v -> changes.report(
                    ChangeKind.NONE_VALUES_ADDED, now.position(), "'" + v + "' now means that a code has no " + now.name()));
        }
        if (!old.description().equals(now.description())) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), owner + ": its description changed");
        }
        Optional<Map<String, String>> spellings = Optional.empty();
        if (old.type() == AttributeType.ENUM && now.type() == AttributeType.ENUM) {
            String oldName = before.names().enumTypes().get(old.name());
            String newName = after.names().enumTypes().get(now.name());
            String oldType = before.member(oldName);
            String newType = after.member(newName);
            if (!oldName.equals(newName)) {
                changes.report(ChangeKind.TYPE_RENAMED, now.position(), "the enum of " + owner + " is now " + newType
                        + ": " + oldType + " is gone");
            }
            spellings = Optional.of(EnumValueComparison.compare(
                    new EnumValueComparison.Enum(owner, old.values(), oldType, before.names().valueConstants().get(old.name())),
                    new EnumValueComparison.Enum(owner, now.values(), newType, after.names().valueConstants().get(now.name())),
                    changes));
        }
        Map<String, String> values = spellings.orElse(Map.of());
        String oldDefault = old.defaultValue().map(v -> CodeValues.translated(v, values)).orElse("none");
        String newDefault = now.defaultValue().map(Phrases::value).orElse("none");
        if (!oldDefault.equals(newDefault) && shape.isEmpty()) {
            changes.report(ChangeKind.DEFAULT_CHANGED, now.position(), "codes that give no " + now.name() + " now read "
                    + newDefault + " instead of " + oldDefault);
        }
        return spellings;
    }

    private void compareRoles(Attribute old, Attribute now, String owner) {
        if (old.role().equals(now.role())) {
            return;
        }
        old.role().ifPresent(role -> changes.report(ChangeKind.ROLE_REMOVED, now.position(), owner + " no longer has"
                + " the role " + role.specName() + ": " + after.names().codeType() + " no longer fills the runtime's "
                + role.method() + "() with it"));
        now.role().ifPresent(role -> changes.report(ChangeKind.ROLE_ADDED, now.position(), owner + " now has the role "
                + role.specName() + ": the runtime's " + role.method() + "() reads it" + actionNote(role)));
    }

    private static String actionNote(Role role) {
        return role == Role.CANONICAL_REASON ? "" : ", so the action resolved for the codes may change";
    }

    private static String accessor(CatalogVersion version, Attribute attribute) {
        return version.member(attribute.name()) + "()";
    }
}
