package io.codebook.processor.check;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Role;
import java.util.Optional;

/**
 * Checks that every code of a catalog with locales has an end-user text in each of them: its own,
 * or its canonical reason's. Missing texts fail the build (warn, for a draft locale) instead of
 * reaching a user. A code whose reason does not resolve is not reported again here: the reference
 * check already says what is wrong with it.
 */
public final class UserTextCoverage {

    private UserTextCoverage() {}

    public static void check(Catalog catalog, CatalogLookup catalogs, Problems problems) {
        if (catalog.locales().isEmpty()) {
            return;
        }
        Optional<Attribute> canonical = catalog.attributeWithRole(Role.CANONICAL_REASON);
        Optional<Catalog> vocabulary = canonical.flatMap(a -> catalogs.valid(a.targetCatalog(catalog.id())));
        if (canonical.isPresent() && vocabulary.isEmpty()) {
            return; // the vocabulary did not load; the reference check says why
        }
        for (Code code : catalog.codes()) {
            if (!code.userText().isEmpty()) {
                continue; // its own texts were checked where they are written
            }
            Optional<Code> reason = canonical.flatMap(a -> code.value(a.name())).flatMap(value -> vocabulary
                    .flatMap(v -> v.codeStream().filter(c -> c.code().equals(Optional.of(value.wire()))).findFirst()));
            if (canonical.isPresent() && code.value(canonical.get().name()).isPresent() && reason.isEmpty()) {
                continue; // a reason the vocabulary does not have: reported where the code names it
            }
            for (LocaleDeclaration locale : catalog.locales()) {
                if (reason.isPresent() && reason.get().userText().containsKey(locale.tag())) {
                    continue;
                }
                String message = code.describe() + " has no end-user text in '" + locale.tag() + "': "
                        + reason.map(r -> "neither its own nor its canonical reason " + r.displayKey() + "'s")
                                .orElse("it has no userText and no canonical reason to take one from")
                        + ". Add userText to the code or to its reason.";
                if (locale.draft()) {
                    problems.warning(code.position(), ProblemIds.MISSING_KEY, message + " (locale is a draft)");
                } else {
                    problems.error(code.position(), ProblemIds.MISSING_KEY, message);
                }
            }
        }
    }
}
