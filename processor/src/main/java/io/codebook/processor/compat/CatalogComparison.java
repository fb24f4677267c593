package io.codebook.processor.compat;

import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Priority;
import io.codebook.processor.specset.CatalogVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two versions of one catalog, part by part: its generated type and key, its attributes,
 * groups, codes, outcomes and responses, its locales, priority and attempt limit, and its own texts.
 */
final class CatalogComparison {

    private final CatalogVersion before;
    private final CatalogVersion after;
    private final Changes changes;

    CatalogComparison(CatalogVersion before, CatalogVersion after) {
        this.before = before;
        this.after = after;
        this.changes = new Changes(after.catalog().id());
    }

    List<Change> compare() {
        String oldType = before.names().codeType();
        String newType = after.names().codeType();
        if (!oldType.equals(newType)) {
            changes.report(ChangeKind.TYPE_RENAMED, after.typeNamePosition(), "the code type " + oldType + " is now "
                    + newType + ": " + oldType + " is gone");
        }
        boolean sameKey = compareKey();
        Map<String, Map<String, String>> spellings = new AttributeComparison(before, after, changes).compare();
        Map<String, String> groups = GroupComparison.compare(before, after, changes);
        WireMatching<Code> codes = new CodeComparison(before, after, changes).compare(sameKey, spellings, groups);
        new OutcomeComparison(before, after, codes, changes).compare();
        new ResponseComparison(before, after, changes).compare();
        compareLocales();
        comparePriority(codes);
        compareAttemptLimit();
        compareTexts();
        return changes.all();
    }

    /** @return whether the key has the same parts, so codes can be paired by their wire keys */
    private boolean compareKey() {
        List<String> then = keyParts(before.catalog());
        List<String> now = keyParts(after.catalog());
        if (then.equals(now)) {
            return true;
        }
        changes.report(ChangeKind.KEY_CHANGED, after.at("key"), "the key of " + after.names().codeType() + " is now "
                + now + " instead of " + then + ": its lookups take other values, and its codes are paired by constant");
        return false;
    }

    private static List<String> keyParts(Catalog catalog) {
        return catalog.key().stream().map(KeyPart::name).toList();
    }

    private void compareLocales() {
        List<String> then = before.catalog().locales().stream().map(LocaleDeclaration::tag).toList();
        List<String> now = after.catalog().locales().stream().map(LocaleDeclaration::tag).toList();
        then.stream().filter(tag -> !now.contains(tag)).forEach(tag -> changes.report(ChangeKind.LOCALE_REMOVED,
                after.at("locales"), "locale '" + tag + "' was removed: users reading " + tag + " get the English texts"
                        + " of " + after.names().codeType()));
        now.stream().filter(tag -> !then.contains(tag)).forEach(tag -> changes.report(ChangeKind.LOCALE_ADDED,
                after.at("locales"), "locale '" + tag + "' was added to " + after.names().codeType()));
    }

    private void comparePriority(WireMatching<Code> codes) {
        Optional<Priority> then = before.catalog().priority();
        Optional<Priority> now = after.catalog().priority();
        String type = after.names().codeType();
        if (then.isPresent() && now.isEmpty()) {
            changes.report(ChangeKind.PRIORITY_REMOVED, before.at("priority"), "the priority among the codes of "
                    + before.names().codeType() + " was removed: the methods generated from it are gone");
        } else if (then.isEmpty() && now.isPresent()) {
            changes.report(ChangeKind.PRIORITY_ADDED, after.at("priority"), "the codes of " + type + " now have a"
                    + " priority");
        } else if (then.isPresent() && !asNowSpelt(then.get().order(), codes).equals(now.get().order())) {
            changes.report(ChangeKind.PRIORITY_CHANGED, after.at("priority"), "the priority among the codes of " + type
                    + " is now " + now.get().order() + " instead of " + then.get().order());
        } else if (then.isPresent() && !then.get().description().equals(now.get().description())) {
            changes.report(ChangeKind.TEXT_CHANGED, after.at("priority"), "the description of the priority changed");
        }
    }

    /** The baseline's order of wire codes, each as its code is spelt now: a respelt code is not a new order. */
    private List<String> asNowSpelt(List<String> order, WireMatching<Code> codes) {
        return order.stream().map(wire -> before.named().codeOfWire(wire).flatMap(codes::currentOf)
                .flatMap(Code::code).orElse(wire)).toList();
    }

    private void compareAttemptLimit() {
        if (!before.catalog().attemptLimit().equals(after.catalog().attemptLimit())) {
            changes.report(ChangeKind.ATTEMPT_LIMIT_CHANGED, after.at("catalog"), "the vendor's attempt limit is now "
                    + limit(after.catalog()) + " instead of " + limit(before.catalog())
                    + ": a capture retry resolves to reject at another count");
        }
    }

    private static String limit(Catalog catalog) {
        return catalog.attemptLimit().isPresent() ? Integer.toString(catalog.attemptLimit().getAsInt()) : "none";
    }

    private void compareTexts() {
        Catalog then = before.catalog();
        Catalog now = after.catalog();
        List<String> changed = new ArrayList<>();
        if (!then.vendor().equals(now.vendor())) {
            changed.add("vendor");
        }
        if (!then.title().equals(now.title())) {
            changed.add("title");
        }
        if (!then.description().equals(now.description())) {
            changed.add("description");
        }
        if (!then.notes().equals(now.notes())) {
            changed.add("notes");
        }
        if (!then.source().equals(now.source())) {
            changed.add("source");
        }
        if (!changed.isEmpty()) {
            changes.report(ChangeKind.TEXT_CHANGED, after.at("catalog"), "the catalog's " + String.join(", ", changed)
                    + " changed");
        }
    }
}
