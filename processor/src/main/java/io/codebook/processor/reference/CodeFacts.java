package io.codebook.processor.reference;

import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What generated code does with a code, by the rules the processor generates: its next action (its own
 * where the spec sets one, else its reason's default) and the end-user text it shows in each declared
 * locale (its own, else its reason's, as the generated bundles hold them).
 */
final class CodeFacts {

    /**
     * One end-user text.
     *
     * @param inheritedFrom the reason whose text the code shows, when it has none of its own
     */
    record UserText(LocaleDeclaration locale, String text, Optional<CodeRef> inheritedFrom) {}

    private final Crosswalk crosswalk;

    CodeFacts(Crosswalk crosswalk) {
        this.crosswalk = crosswalk;
    }

    /** A reason's default next action ({@code retry-capture}), from its vocabulary's {@code reason-action} attribute. */
    Optional<String> defaultAction(CodeRef reason) {
        return reason.catalog().catalog().attributeWithRole(Role.REASON_ACTION)
                .flatMap(attribute -> reason.code().value(attribute.name())).map(AttributeValue::wire);
    }

    /**
     * The action the spec sets on the code itself, preferred over its reason's: an {@code action-override},
     * else a {@code vendor-default-action} column (an enum value standing for an action gives that action).
     */
    Optional<String> ownAction(CodeRef code) {
        for (Role role : new Role[] {Role.ACTION_OVERRIDE, Role.VENDOR_DEFAULT_ACTION}) {
            Optional<Attribute> attribute = code.catalog().catalog().attributeWithRole(role);
            Optional<AttributeValue> value = attribute.flatMap(a -> code.code().value(a.name()));
            if (value.isPresent()) {
                return value.get() instanceof AttributeValue.EnumRef ref ? ref.value().action()
                        : Optional.of(value.get().wire());
            }
        }
        return Optional.empty();
    }

    /** The action generated code documents for the code: its own, else its reason's default. */
    Optional<String> action(CodeRef code) {
        Optional<String> own = ownAction(code);
        return own.isPresent() ? own : crosswalk.reasonOf(code).flatMap(this::defaultAction);
    }

    /** The code's end-user text in each of its catalog's locales that has one, in the catalog's locale order. */
    List<UserText> userTexts(CodeRef code) {
        List<UserText> texts = new ArrayList<>();
        Optional<CodeRef> reason = code.code().userText().isEmpty() ? crosswalk.reasonOf(code) : Optional.empty();
        for (LocaleDeclaration locale : code.catalog().catalog().locales()) {
            if (reason.isPresent()) {
                Optional.ofNullable(reason.get().code().userText().get(locale.tag()))
                        .ifPresent(text -> texts.add(new UserText(locale, text, reason)));
            } else {
                Optional.ofNullable(code.code().userText().get(locale.tag()))
                        .ifPresent(text -> texts.add(new UserText(locale, text, Optional.empty())));
            }
        }
        return texts;
    }
}
