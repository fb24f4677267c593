package io.codebook.processor.compat;

import io.codebook.processor.model.Group;
import io.codebook.processor.model.Name;
import io.codebook.processor.specset.CatalogVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a catalog's groups, each a constant of the generated {@code Group} enum: paired by id,
 * then by constant (an id changed under a kept {@code javaName}).
 */
final class GroupComparison {

    private GroupComparison() {}

    /** @return the current id of each baseline group still there, by its baseline id */
    static Map<String, String> compare(CatalogVersion before, CatalogVersion after, Changes changes) {
        Map<String, String> ids = new HashMap<>();
        List<Group> unpaired = new ArrayList<>(after.catalog().groups());
        List<Group> removed = new ArrayList<>();
        for (Group old : before.catalog().groups()) {
            Optional<Group> now = unpaired.stream().filter(g -> g.id().equals(old.id())).findFirst()
                    .or(() -> unpaired.stream().filter(g -> name(after, g).equals(name(before, old))
                            && before.catalog().groups().stream().noneMatch(b -> b.id().equals(g.id()))).findFirst());
            if (now.isEmpty()) {
                removed.add(old);
                continue;
            }
            unpaired.remove(now.get());
            ids.put(old.id(), now.get().id());
            compare(before, old, after, now.get(), changes);
        }
        removed.forEach(old -> changes.report(ChangeKind.GROUP_REMOVED, old.position(), describe(before, old)
                + " was removed: " + constant(before, old) + " is gone"));
        unpaired.forEach(now -> changes.report(ChangeKind.GROUP_ADDED, now.position(), describe(after, now) + " was added"));
        return ids;
    }

    private static void compare(CatalogVersion before, Group old, CatalogVersion after, Group now, Changes changes) {
        if (!name(before, old).equals(name(after, now))) {
            changes.report(ChangeKind.GROUP_RENAMED, now.javaName().map(Name::position).orElse(now.position()),
                    "group '" + old.id() + "' is now " + constant(after, now) + ": " + constant(before, old) + " is gone");
        }
        List<String> changed = new ArrayList<>();
        if (!old.id().equals(now.id())) {
            changed.add("id (was '" + old.id() + "')");
        }
        if (!old.title().equals(now.title())) {
            changed.add("title");
        }
        if (!old.description().equals(now.description())) {
            changed.add("description");
        }
        if (!old.notes().equals(now.notes())) {
            changed.add("notes");
        }
        if (!changed.isEmpty()) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), describe(after, now) + ": its "
                    + String.join(", ", changed) + " changed");
        }
    }

    private static String name(CatalogVersion version, Group group) {
        return version.names().groupConstants().get(group.id());
    }

    private static String constant(CatalogVersion version, Group group) {
        return version.member("Group") + "." + name(version, group);
    }

    private static String describe(CatalogVersion version, Group group) {
        return "group '" + group.id() + "' (" + constant(version, group) + ")";
    }
}
