package io.codebook.processor.compat;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.specset.CatalogVersion;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a catalog's outcome kinds, each a record of the generated sealed hierarchy with a static
 * factory: which kinds are gone, renamed or new, what each holds, which codes it may hold (a code
 * moved to another kind leaves one), and its fields.
 */
final class OutcomeComparison {

    private final CatalogVersion before;
    private final CatalogVersion after;
    private final WireMatching<Code> codes;
    private final Changes changes;

    /** @param codes how the catalog's codes pair, for the codes each outcome may hold */
    OutcomeComparison(CatalogVersion before, CatalogVersion after, WireMatching<Code> codes, Changes changes) {
        this.before = before;
        this.after = after;
        this.codes = codes;
        this.changes = changes;
    }

    void compare() {
        Optional<String> oldType = before.names().outcomeType();
        Optional<String> newType = after.names().outcomeType();
        if (oldType.isPresent() && newType.isPresent() && !oldType.equals(newType)) {
            changes.report(ChangeKind.TYPE_RENAMED, after.catalog().outcomeJavaName().map(Name::position)
                    .orElse(after.catalog().position()), "the outcome hierarchy " + oldType.get() + " is now "
                    + newType.get() + ": " + oldType.get() + " is gone");
        }
        List<Outcome> unpaired = new ArrayList<>(after.catalog().outcomes());
        for (Outcome old : before.catalog().outcomes()) {
            Optional<Outcome> now = unpaired.stream().filter(o -> o.id().equals(old.id())).findFirst()
                    .or(() -> unpaired.stream().filter(o -> names(after, o).type().equals(names(before, old).type())
                            && before.catalog().outcomes().stream().noneMatch(b -> b.id().equals(o.id()))).findFirst());
            if (now.isEmpty()) {
                changes.report(ChangeKind.OUTCOME_REMOVED, old.position(), describe(before, old) + " was removed: its"
                        + " record, its factory " + factory(before, old) + " and its handler are gone");
                continue;
            }
            unpaired.remove(now.get());
            compare(old, now.get());
        }
        unpaired.forEach(now -> changes.report(ChangeKind.OUTCOME_ADDED, now.position(), describe(after, now)
                + " was added; exhaustive handlers of " + after.names().outcomeType().orElseThrow()
                + " (Cases, switch) are told to handle it"));
    }

    private void compare(Outcome old, Outcome now) {
        CatalogNames.OutcomeNames oldNames = names(before, old);
        CatalogNames.OutcomeNames newNames = names(after, now);
        String described = describe(after, now);
        if (!oldNames.type().equals(newNames.type()) || !oldNames.factory().equals(newNames.factory())) {
            changes.report(ChangeKind.OUTCOME_RENAMED, now.javaName().map(Name::position).orElse(now.position()),
                    "outcome '" + old.id() + "' (" + record(before, old) + ", " + factory(before, old) + ") is now "
                            + record(after, now) + ", " + factory(after, now));
        }
        String heldThen = holds(old);
        String heldNow = holds(now);
        if (!heldThen.equals(heldNow)) {
            changes.report(ChangeKind.OUTCOME_CHANGED, now.position(), described + " now holds " + heldNow + " instead of "
                    + heldThen);
        } else if (now.codes().isPresent()) {
            compareCodes(old, now, oldNames, newNames, described);
        }
        compareFields(old, now);
        if (!old.description().equals(now.description())) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), described + ": its description changed");
        }
    }

    private void compareCodes(Outcome old, Outcome now, CatalogNames.OutcomeNames oldNames,
            CatalogNames.OutcomeNames newNames, String described) {
        String typeThen = codeType(before, oldNames);
        String typeNow = codeType(after, newNames);
        if (oldNames.codeType().isPresent() != newNames.codeType().isPresent()) {
            changes.report(ChangeKind.OUTCOME_CHANGED, now.position(), described + ": its codes are now of type "
                    + typeNow + " instead of " + typeThen);
        }
        List<String> keyThen = factoryKeyParts(before, old);
        List<String> keyNow = factoryKeyParts(after, now);
        if (!keyThen.equals(keyNow)) {
            changes.report(ChangeKind.OUTCOME_CHANGED, now.position(), described + ": its factory " + factory(after, now)
                    + " now takes the key parts " + keyNow + " instead of " + keyThen);
        }
        List<Code> selectedThen = before.catalog().selected(old);
        List<Code> selectedNow = after.catalog().selected(now);
        Map<Code, Code> wasSelected = new IdentityHashMap<>();
        for (Code code : selectedThen) {
            Optional<Code> current = codes.currentOf(code);
            if (current.isEmpty()) {
                continue; // a removed code is reported as such
            }
            wasSelected.put(current.get(), code);
            if (selectedNow.stream().noneMatch(c -> c == current.get())) {
                String nested = oldNames.codeType().map(t -> ": " + typeThen + "." + before.named().constant(code)
                        + " is gone").orElse("");
                changes.report(ChangeKind.CODE_LEFT_OUTCOME, current.get().position(), after.describe(current.get())
                        + " is no longer a code of " + described + nested + "; a response's " + now.id()
                        + " carrying it reads it as unrecognized there");
            }
        }
        List<Code> paired = codes.pairs().stream().map(WireMatching.Pair::current).toList();
        for (Code code : selectedNow) {
            if (!wasSelected.containsKey(code) && paired.stream().anyMatch(c -> c == code)) {
                changes.report(ChangeKind.CODE_JOINED_OUTCOME, code.position(), after.describe(code)
                        + " is now also a code of " + described);
            }
        }
    }

    private void compareFields(Outcome old, Outcome now) {
        String described = describe(after, now);
        for (Attribute field : old.fields()) {
            Optional<Attribute> same = now.fields().stream().filter(f -> f.name().equals(field.name())).findFirst();
            if (same.isEmpty()) {
                changes.report(ChangeKind.FIELD_REMOVED, field.position(), "field '" + field.name() + "' of "
                        + describe(before, old) + " was removed: its component and its factory parameter are gone");
            } else {
                compareField(old, field, now, same.get());
            }
        }
        for (Attribute field : now.fields()) {
            if (old.fields().stream().noneMatch(f -> f.name().equals(field.name()))) {
                changes.report(ChangeKind.FIELD_ADDED, field.position(), "field '" + field.name() + "' was added to "
                        + described + ": its factory " + factory(after, now) + " takes one more value");
            }
        }
    }

    private void compareField(Outcome oldOutcome, Attribute old, Outcome outcome, Attribute now) {
        String owner = "field '" + now.name() + "' of " + describe(after, outcome);
        List<String> shape = AttributeShapes.differences(old, now, after.catalog().id());
        if (!shape.isEmpty()) {
            changes.report(ChangeKind.FIELD_TYPE_CHANGED, now.position(), owner + " changed: " + String.join("; ", shape));
        }
        if (!old.description().equals(now.description())) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), owner + ": its description changed");
        }
        if (old.type() != AttributeType.ENUM || now.type() != AttributeType.ENUM) {
            return;
        }
        CatalogNames.OutcomeNames oldNames = names(before, oldOutcome);
        CatalogNames.OutcomeNames newNames = names(after, outcome);
        String oldName = oldNames.fieldEnumTypes().get(old.name());
        String newName = newNames.fieldEnumTypes().get(now.name());
        String oldType = hierarchy(before) + "." + oldName;
        String newType = hierarchy(after) + "." + newName;
        if (!oldName.equals(newName)) {
            changes.report(ChangeKind.TYPE_RENAMED, now.position(), "the enum of " + owner + " is now " + newType + ": "
                    + oldType + " is gone");
        }
        EnumValueComparison.compare(
                new EnumValueComparison.Enum(owner, old.values(), oldType, oldNames.fieldValueConstants().get(old.name())),
                new EnumValueComparison.Enum(owner, now.values(), newType, newNames.fieldValueConstants().get(now.name())),
                changes);
    }

    private static String holds(Outcome outcome) {
        return outcome.codes().isEmpty() ? "no code" : outcome.list() ? "a list of codes" : "one code";
    }

    /** The key parts an outcome's factory takes besides its fields: those that differ among its codes. */
    private static List<String> factoryKeyParts(CatalogVersion version, Outcome outcome) {
        return version.catalog().keyPartsVaryingAmong(version.catalog().selected(outcome)).stream()
                .map(KeyPart::name).toList();
    }

    private static CatalogNames.OutcomeNames names(CatalogVersion version, Outcome outcome) {
        return version.names().outcomes().get(outcome.id());
    }

    private static String hierarchy(CatalogVersion version) {
        return version.names().outcomeType().orElseThrow();
    }

    private static String record(CatalogVersion version, Outcome outcome) {
        return hierarchy(version) + "." + names(version, outcome).type();
    }

    private static String factory(CatalogVersion version, Outcome outcome) {
        return hierarchy(version) + "." + names(version, outcome).factory() + "(...)";
    }

    /** The type of an outcome's codes: its nested code type, else the catalog's own. */
    private static String codeType(CatalogVersion version, CatalogNames.OutcomeNames names) {
        return names.codeType().map(t -> hierarchy(version) + "." + t).orElse(version.names().codeType());
    }

    private static String describe(CatalogVersion version, Outcome outcome) {
        return "outcome '" + outcome.id() + "' (" + record(version, outcome) + ")";
    }
}
