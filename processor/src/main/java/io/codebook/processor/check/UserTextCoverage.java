package io.codebook.processor.check;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.Actions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Role;
import java.util.Optional;

/**
 * Checks that every code of a catalog with locales has an end-user text in each of them: its own,
 * or its canonical reason's. Missing texts fail the build (warn, for a draft locale) instead of
 * reaching a user. What another check already reports is not reported again here: a code whose
 * reason does not resolve (the reference check says why), a code without a reason although the
 * catalog maps to a vocabulary (the canonical attribute is required, so binding says so), and a
 * catalog whose roles could not be read (which codes take a reason's text is then unknown).
 */
public final class UserTextCoverage {

    private UserTextCoverage() {}

    public static void check(Catalog catalog, CatalogLookup catalogs, Problems problems) {
        if (catalog.locales().isEmpty()
                || problems.hasError(Message.ROLE_UNKNOWN) || problems.hasError(Message.ROLE_MISMATCH)) {
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
            if (canonical.isPresent() && lacksReason(code, canonical.get())) {
                continue; // no reason, or one given wrongly: binding reports the required attribute
            }
            Optional<Code> reason = canonical.flatMap(a -> code.value(a.name())).flatMap(value -> vocabulary
                    .flatMap(v -> v.codeStream().filter(c -> c.code().equals(Optional.of(value.wire()))).findFirst()));
            if (canonical.isPresent() && code.value(canonical.get().name()).isPresent() && reason.isEmpty()) {
                continue; // a reason the vocabulary does not have: reported where the code names it
            }
            reason.ifPresent(r -> checkTextFitsAction(catalog, code, r, vocabulary.get(), problems));
            for (LocaleDeclaration locale : catalog.locales()) {
                if (reason.isPresent() && reason.get().userText().containsKey(locale.tag())) {
                    continue;
                }
                String why = reason.map(r -> "neither its own nor its canonical reason " + r.displayKey() + "'s")
                        .orElse("it has no userText and no canonical reason to take one from");
                problems.report(code.position(), locale.draft() ? Message.NO_USER_TEXT_DRAFT : Message.NO_USER_TEXT,
                        code.describe(), locale.tag(), why);
            }
        }
    }

    /**
     * A code whose spec sets a more severe action than its reason's default (a vendor column, an
     * override) would show its user a text written for the milder action: "we are checking your
     * details" on a rejection. Only a warning: the text is still a text.
     */
    private static void checkTextFitsAction(Catalog catalog, Code code, Code reason, Catalog vocabulary,
            Problems problems) {
        Optional<String> own = ownAction(catalog, code);
        Optional<String> reasons = vocabulary.attributeWithRole(Role.REASON_ACTION)
                .flatMap(a -> reason.value(a.name())).map(AttributeValue::wire);
        if (own.isPresent() && reasons.isPresent()
                && Actions.SPEC_NAMES.indexOf(own.get()) > Actions.SPEC_NAMES.indexOf(reasons.get())) {
            problems.report(code.position(), Message.USER_TEXT_FOR_ANOTHER_ACTION, code.describe(), own.get(),
                    reason.displayKey(), reasons.get());
        }
    }

    /** The action the spec sets on the code itself, if any: an override, or a vendor column that decides. */
    private static Optional<String> ownAction(Catalog catalog, Code code) {
        for (Role role : new Role[] {Role.ACTION_OVERRIDE, Role.VENDOR_DEFAULT_ACTION}) {
            Optional<AttributeValue> value = catalog.attributeWithRole(role).flatMap(a -> code.value(a.name()));
            if (value.isPresent()) {
                return value.get() instanceof AttributeValue.EnumRef ref ? ref.value().action()
                        : Optional.of(value.get().wire());
            }
        }
        return Optional.empty();
    }

    /** Whether the code gives no valid value for the canonical reason, on itself or in a variant. */
    private static boolean lacksReason(Code code, Attribute canonical) {
        return code.value(canonical.name()).isEmpty()
                && code.variants().stream().noneMatch(v -> v.values().containsKey(canonical.name()));
    }
}
