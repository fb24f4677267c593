package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Suggestions;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.yaml.SpecList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what must be unique across a whole catalog: wire keys (aliases included), so a lookup
 * has one answer. Java names are the naming stage's.
 */
final class UniquenessCheck {

    private final Problems problems;

    UniquenessCheck(Problems problems) {
        this.problems = problems;
    }

    void check(Catalog catalog, Fields top) {
        Map<List<Optional<String>>, Code> keys = new HashMap<>();
        for (Code code : catalog.codes()) {
            Code first = keys.putIfAbsent(code.keyParts(), code);
            if (first != null) {
                problems.error(code.position(), ProblemIds.DUPLICATE_CODE,
                        describe(catalog, code) + " is listed twice (first at " + first.position()
                                + "). Keep one entry; if the document prints the row twice, say so in its 'notes'.");
            }
        }
        int codeIndex = codeIndex(catalog);
        for (Code code : catalog.codes()) {
            for (String alias : code.aliases()) {
                List<Optional<String>> aliasKey = new ArrayList<>(code.keyParts());
                aliasKey.set(codeIndex, Optional.of(alias));
                Code taken = keys.putIfAbsent(aliasKey, code);
                if (taken != null) {
                    problems.error(code.position(), ProblemIds.DUPLICATE_CODE,
                            "alias '" + alias + "' of " + describe(catalog, code) + " is already "
                                    + (taken == code ? "used by this code" : describe(catalog, taken) + " at " + taken.position())
                                    + ". An alias must name one code only; remove it.");
                }
            }
        }
        catalog.priority().ifPresent(priority -> checkPriority(catalog, top));
    }

    private void checkPriority(Catalog catalog, Fields top) {
        Optional<SpecList> order = top.submap("priority", false)
                .flatMap(map -> map.get("order"))
                .filter(n -> n instanceof SpecList)
                .map(SpecList.class::cast);
        SpecPosition fallback = top.positionOf("priority");
        if (!catalog.keyIncludesCode()) {
            problems.error(fallback, ProblemIds.INVALID_VALUE,
                    "'priority' orders codes by their 'code', and this catalog's key has no 'code'.");
            return;
        }
        Set<String> wireCodes = new HashSet<>();
        catalog.codes().forEach(c -> c.code().ifPresent(wireCodes::add));
        Set<String> seen = new HashSet<>();
        for (String entry : catalog.priority().orElseThrow().order()) {
            SpecPosition position = CatalogBinder.positionIn(order, entry, fallback);
            if (!wireCodes.contains(entry)) {
                String hint = Suggestions.closest(entry, wireCodes).map(s -> " Did you mean '" + s + "'?").orElse("");
                problems.error(position, ProblemIds.UNKNOWN_CODE,
                        "'priority' names '" + entry + "', which is not a code of this catalog." + hint);
            }
            if (!seen.add(entry)) {
                problems.error(position, ProblemIds.DUPLICATE_ID, "'priority' names '" + entry + "' twice.");
            }
        }
    }

    private static int codeIndex(Catalog catalog) {
        for (int i = 0; i < catalog.key().size(); i++) {
            if (catalog.key().get(i) instanceof KeyPart.CodePart) {
                return i;
            }
        }
        return 0; // aliases were already refused for catalogs whose key has no code
    }

    private static String describe(Catalog catalog, Code code) {
        return catalog.hasSimpleKey() ? "code '" + code.displayKey() + "'" : "key (" + keyText(code) + ")";
    }

    private static String keyText(Code code) {
        return String.join(", ", code.keyParts().stream().map(p -> p.map(v -> "'" + v + "'").orElse("none")).toList());
    }
}
