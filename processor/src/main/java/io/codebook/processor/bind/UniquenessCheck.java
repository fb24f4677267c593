package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecScalar;
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

    /**
     * @param keyComplete whether every part of the catalog's key could be read; if not, codes that
     *     differ only in a missing part would look alike, so wire keys are not compared
     */
    void check(Catalog catalog, Fields top, boolean keyComplete) {
        if (keyComplete) {
            checkWireKeys(catalog);
        }
        catalog.priority().ifPresent(priority -> checkPriority(catalog, top));
    }

    private void checkWireKeys(Catalog catalog) {
        Map<List<Optional<String>>, Code> keys = new HashMap<>();
        for (Code code : catalog.codes()) {
            Code first = keys.putIfAbsent(code.keyParts(), code);
            if (first != null) {
                problems.report(code.position(), Message.DUPLICATE_CODE, describe(catalog, code), first.position());
            }
        }
        int codeIndex = codeIndex(catalog);
        for (Code code : catalog.codes()) {
            for (String alias : code.aliases()) {
                List<Optional<String>> aliasKey = new ArrayList<>(code.keyParts());
                aliasKey.set(codeIndex, Optional.of(alias));
                Code taken = keys.putIfAbsent(aliasKey, code);
                if (taken != null) {
                    problems.report(code.position(), Message.DUPLICATE_ALIAS, alias, describe(catalog, code),
                            taken == code ? "used by this code" : describe(catalog, taken) + " at " + taken.position());
                }
            }
        }
    }

    private void checkPriority(Catalog catalog, Fields top) {
        if (!catalog.keyIncludesCode()) {
            problems.report(top.positionOf("priority"), Message.PRIORITY_WITHOUT_CODE);
            return;
        }
        Set<String> wireCodes = new HashSet<>();
        catalog.codes().forEach(c -> c.code().ifPresent(wireCodes::add));
        Set<String> seen = new HashSet<>();
        for (SpecScalar entry : orderEntries(top)) {
            if (!seen.add(entry.value())) {
                problems.report(entry.position(), Message.PRIORITY_DUPLICATE, entry.value());
            } else if (!wireCodes.contains(entry.value())) {
                problems.report(entry.position(), Message.PRIORITY_UNKNOWN_CODE, entry.value(),
                        Suggestions.hint(entry.value(), wireCodes));
            }
        }
    }

    /** The texts of 'priority.order' as written, each where it is (those that are no text are reported). */
    private static List<SpecScalar> orderEntries(Fields top) {
        return top.submap("priority", false)
                .flatMap(map -> map.get("order"))
                .filter(node -> node instanceof SpecList)
                .map(node -> ((SpecList) node).items().stream()
                        .filter(item -> item instanceof SpecScalar scalar && !scalar.empty())
                        .map(SpecScalar.class::cast)
                        .toList())
                .orElse(List.of());
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
