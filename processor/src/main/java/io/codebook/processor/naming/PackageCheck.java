package io.codebook.processor.naming;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the top-level types of every catalog of a run together: two catalogs generated into one
 * package may not take the same name (ignoring case, as file systems may), whichever wins would
 * silently replace the other.
 */
public final class PackageCheck {

    /**
     * A catalog of the run with its names and where its problems go.
     */
    public record Named(Catalog catalog, CatalogNames names, Problems problems) {}

    private PackageCheck() {}

    public static void check(List<Named> catalogs) {
        Map<String, Named> owners = new HashMap<>();
        Set<List<String>> reported = new HashSet<>();
        for (Named named : catalogs) {
            for (String type : named.names().topLevelTypes()) {
                String qualified = named.names().packageName().isEmpty() ? type : named.names().packageName() + "." + type;
                Named first = owners.putIfAbsent(qualified.toLowerCase(Locale.ROOT), named);
                // one mistake, one error: the pair is reported once, at its first shared type
                if (first != null && first != named && reported.add(List.of(first.catalog().id(), named.catalog().id()))) {
                    report(named, qualified, first);
                    report(first, qualified, named);
                }
            }
        }
    }

    private static void report(Named at, String type, Named other) {
        SpecPosition position = at.catalog().javaName().map(n -> n.position()).orElse(at.catalog().position());
        at.problems().report(position, Message.NAME_CLASH_PACKAGE, at.catalog().id(), type, other.catalog().id(),
                other.catalog().javaName().map(n -> n.position()).orElse(other.catalog().position()).toString());
    }
}
