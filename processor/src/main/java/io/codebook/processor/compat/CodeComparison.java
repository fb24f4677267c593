package io.codebook.processor.compat;

import io.codebook.processor.generate.text.TextsClass;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.Variant;
import io.codebook.processor.specset.CatalogVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the codes of a catalog: pairs each baseline code with what it is now, reports the codes
 * removed and added, and for each pair its identity (constant, wire key, aliases), its values, its
 * deprecation, its group, its texts and its typed text method.
 */
final class CodeComparison {

    private final CatalogVersion before;
    private final CatalogVersion after;
    private final Changes changes;

    CodeComparison(CatalogVersion before, CatalogVersion after, Changes changes) {
        this.before = before;
        this.after = after;
        this.changes = changes;
    }

    /**
     * @param byWire whether the key's shape is the same, so wire keys can be compared at all
     * @param spellings for each enum attribute, the current spelling of each baseline value
     * @param groups the current id of each baseline group still there, by its baseline id
     * @return the pairing, which outcomes compare their codes by
     */
    WireMatching<Code> compare(boolean byWire, Map<String, Map<String, String>> spellings, Map<String, String> groups) {
        WireMatching<Code> matching = WireMatching.match(items(before), items(after), byWire);
        CodeValues values = new CodeValues(before, after, spellings, changes);
        for (WireMatching.Pair<Code> pair : matching.pairs()) {
            Code old = pair.baseline();
            Code now = pair.current();
            if (byWire) {
                IdentityChanges.report(pair.how(), side(before, old), side(after, now), alias -> readsNowAs(alias, now),
                        changes);
            }
            values.compare(old, now);
            Deprecations.report(old.deprecation(), now.deprecation(), after.describe(now), now.position(), changes);
            compareGroup(old, now, groups);
            compareTexts(old, now);
            compareTextsMethod(old, now);
        }
        for (Code old : matching.removed()) {
            changes.report(ChangeKind.CODE_REMOVED, old.position(), before.describe(old) + " was removed"
                    + Phrases.removalAfter(old.deprecation()));
        }
        for (Code now : matching.added()) {
            changes.report(ChangeKind.CODE_ADDED, now.position(), after.describe(now) + " was added"
                    + now.deprecation().map(d -> ", " + Phrases.deprecation(d)).orElse("")
                    + "; exhaustive handlers of " + after.names().codeType() + " (Cases, switch) are told to handle it");
        }
        return matching;
    }

    private static List<WireMatching.Item<Code>> items(CatalogVersion version) {
        int codePart = codePartIndex(version);
        return version.named().codes().stream().map(code -> new WireMatching.Item<>(code, (Object) code.keyParts(),
                aliasKeys(code, codePart), Objects.requireNonNull(version.named().constant(code)))).toList();
    }

    /** The wire keys a code's aliases give: its key with the alias in place of {@code code}. */
    private static List<Object> aliasKeys(Code code, int codePart) {
        if (codePart < 0) {
            return List.of();
        }
        List<Object> keys = new ArrayList<>();
        for (String alias : code.aliases()) {
            keys.add(withCode(code, codePart, alias));
        }
        return keys;
    }

    private static List<Optional<String>> withCode(Code code, int codePart, String wire) {
        List<Optional<String>> key = new ArrayList<>(code.keyParts());
        key.set(codePart, Optional.of(wire));
        return key;
    }

    private static int codePartIndex(CatalogVersion version) {
        List<KeyPart> key = version.catalog().key();
        for (int i = 0; i < key.size(); i++) {
            if (key.get(i) instanceof KeyPart.CodePart) {
                return i;
            }
        }
        return -1;
    }

    private static IdentityChanges.Side side(CatalogVersion version, Code code) {
        String wire = code.keyParts().size() == 1 && code.code().isPresent() ? "'" + code.code().get() + "'"
                : code.describe();
        return new IdentityChanges.Side(version.describe(code), version.constant(code), version.named().constant(code),
                wire, code.code().orElse(""),
                code.aliases(), CatalogVersion.namePosition(code));
    }

    /** The current code a spelling that no longer reads as {@code now} reads as instead, if any. */
    private Optional<String> readsNowAs(String alias, Code now) {
        int codePart = codePartIndex(after);
        if (codePart < 0) {
            return Optional.empty();
        }
        List<Optional<String>> key = withCode(now, codePart, alias);
        return after.named().codes().stream().filter(code -> code.keyParts().equals(key)).findFirst()
                .map(after::describe);
    }

    private void compareGroup(Code old, Code now, Map<String, String> groups) {
        String then = groups.get(old.groupId());
        if (now.groupId().equals(then)) {
            return;
        }
        String wasIn = "group '" + old.groupId() + "' (" + before.member("Group") + "."
                + before.names().groupConstants().get(old.groupId()) + ")";
        changes.report(ChangeKind.GROUP_CHANGED, now.position(), after.describe(now) + " is now listed in group '"
                + now.groupId() + "' (" + after.member("Group") + "." + after.names().groupConstants().get(now.groupId())
                + "), no longer in " + wasIn + ": group() returns another constant");
    }

    private void compareTexts(Code old, Code now) {
        List<String> changed = new ArrayList<>();
        if (!old.description().equals(now.description())) {
            changed.add("description");
        }
        if (!old.messages().equals(now.messages())) {
            changed.add("messages");
        }
        if (!old.notes().equals(now.notes())) {
            changed.add("notes");
        }
        List<String> locales = new ArrayList<>();
        for (String locale : union(old.userText().keySet(), now.userText().keySet())) {
            if (!Objects.equals(old.userText().get(locale), now.userText().get(locale))) {
                locales.add(locale);
            }
        }
        if (!locales.isEmpty()) {
            changed.add("end-user text (" + String.join(", ", locales) + ")");
        }
        if (!old.variants().stream().map(CodeComparison::texts).toList()
                .equals(now.variants().stream().map(CodeComparison::texts).toList())) {
            changed.add("variants' descriptions");
        }
        if (!changed.isEmpty()) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), after.describe(now) + ": its "
                    + String.join(", ", changed) + " changed");
        }
    }

    private static List<Optional<String>> texts(Variant variant) {
        return List.of(variant.description(), variant.when());
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(locale -> !a.contains(locale)).forEach(all::add);
        return all;
    }

    /** A code's typed end-user text method ({@code Texts}) is gone or takes other parameters. */
    private void compareTextsMethod(Code old, Code now) {
        if (!TextsClass.hasTypedText(old)) {
            return; // a method that appears is an addition
        }
        String method = before.member("Texts") + "." + before.named().handler(old) + signature(old);
        if (!TextsClass.hasTypedText(now)) {
            changes.report(ChangeKind.TEXTS_METHOD_CHANGED, now.position(), after.describe(now) + ": " + method
                    + " is gone: its end-user texts no longer have placeholders");
        } else if (!signature(old).equals(signature(now))) {
            changes.report(ChangeKind.TEXTS_METHOD_CHANGED, now.position(), after.describe(now) + ": " + method
                    + " now takes " + signature(now));
        }
    }

    /** {@code (Locale, int score)}: the method's parameters, as Java writes them. */
    private static String signature(Code code) {
        List<String> parameters = new ArrayList<>(List.of("Locale"));
        for (Placeholder placeholder : TextsClass.parameters(code)) {
            String type = switch (placeholder.type()) {
                case INTEGER -> "int";
                case DECIMAL -> "double";
                case STRING -> "String";
            };
            parameters.add(type + " " + placeholder.name());
        }
        return "(" + String.join(", ", parameters) + ")";
    }
}
