package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Placeholder;
import io.codebook.processor.model.TextPlaceholders;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the catalog's {@code locales} and each code's {@code userText}: the end-user texts, one per
 * locale, checked so that a missing translation or a wrong placeholder fails the build rather than
 * reaching a user.
 */
final class LocalesStage {

    static final List<String> LOCALE_KEYS = SpecGrammar.LOCALE.names();
    /** Runtime falls back to this locale, so a catalog with end-user texts must have it. */
    static final String FALLBACK = "en";

    /**
     * The locales the catalog declares.
     *
     * @param locales the valid declarations, in the order written
     * @param refused the tags written in 'locales' that are not valid (reported), with the canonical
     *     form of those that only are not written canonically: a userText in one of them is not a
     *     second mistake, nor is a catalog whose only locales were refused one without locales
     */
    record Declared(List<LocaleDeclaration> locales, Set<String> refused) {

        static final Declared NONE = new Declared(List.of(), Set.of());

        Declared {
            locales = List.copyOf(locales);
            refused = Set.copyOf(refused);
        }
    }

    private final Problems problems;

    LocalesStage(Problems problems) {
        this.problems = problems;
    }

    Declared read(Optional<SpecList> list) {
        if (list.isEmpty()) {
            return Declared.NONE;
        }
        List<LocaleDeclaration> locales = new ArrayList<>();
        Set<String> refused = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Set<String> meant = new HashSet<>(); // the canonical forms of every tag written, valid or not
        for (SpecNode item : list.get().items()) {
            Optional<String> tag;
            boolean draft = false;
            if (item instanceof SpecMap map) {
                Fields fields = new Fields(map, "a locale", LOCALE_KEYS, problems);
                tag = fields.text("tag", true);
                draft = fields.bool("draft", false).orElse(false);
            } else {
                tag = Fields.scalarText(item, "a locale", problems);
            }
            if (tag.isEmpty()) {
                continue;
            }
            Optional<String> canonical = canonicalTag(tag.get(), item);
            canonical.ifPresent(meant::add); // so 'en' written 'EN' is not also reported missing
            if (!canonical.equals(tag)) {
                refused.add(tag.get());
                canonical.ifPresent(refused::add);
                continue;
            }
            if (!seen.add(tag.get())) {
                problems.report(item.position(), Message.LOCALE_DUPLICATE, tag.get());
                continue;
            }
            locales.add(new LocaleDeclaration(tag.get(), draft));
        }
        if (!locales.isEmpty() && !meant.contains(FALLBACK)) {
            problems.report(list.get().position(), Message.LOCALE_FALLBACK_MISSING, FALLBACK);
        }
        return new Declared(locales, refused);
    }

    /** The tag in its canonical BCP 47 form; reported unless it is written so; empty when it is no tag at all. */
    private Optional<String> canonicalTag(String tag, SpecNode node) {
        try {
            String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
            if (!canonical.equals(tag)) {
                problems.report(node.position(), Message.LOCALE_TAG_FORM, tag, canonical);
            }
            return Optional.of(canonical);
        } catch (IllformedLocaleException e) {
            problems.report(node.position(), Message.LOCALE_TAG, tag, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A code's {@code userText}: every declared locale given (drafts may lag), with the same placeholders.
     *
     * @param placeholdersKnown whether every declared placeholder could be read; if not, which ones
     *     a text may use is unknown, and is not checked
     */
    Map<String, String> readUserText(Fields fields, Declared declaredLocales, List<Placeholder> placeholders,
            boolean placeholdersKnown, String label) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<SpecMap> map = fields.submap("userText", false);
        if (map.isEmpty()) {
            return texts;
        }
        List<LocaleDeclaration> locales = declaredLocales.locales();
        if (locales.isEmpty()) {
            if (declaredLocales.refused().isEmpty()) {
                problems.report(map.get().position(), Message.USER_TEXT_WITHOUT_LOCALES, label);
            }
            return texts;
        }
        Map<String, SpecScalar> given = new LinkedHashMap<>();
        Set<String> present = new HashSet<>(); // given, valid or not: a wrong text is not also a missing one
        List<String> declared = locales.stream().map(LocaleDeclaration::tag).toList();
        for (SpecMap.Entry entry : map.get().entries()) {
            String tag = entry.key().value();
            if (!declared.contains(tag)) {
                if (!declaredLocales.refused().contains(tag)) { // else its declaration is wrong, and reported
                    problems.report(entry.key().position(), Message.USER_TEXT_UNDECLARED_LOCALE, label, tag);
                }
                continue;
            }
            present.add(tag);
            Fields.scalarText(entry.value(), "the '" + tag + "' userText of " + label, problems).ifPresent(text -> {
                given.put(tag, (SpecScalar) entry.value());
            });
        }
        for (LocaleDeclaration locale : locales) {
            if (!present.contains(locale.tag())) {
                problems.report(map.get().position(),
                        locale.draft() ? Message.USER_TEXT_MISSING_DRAFT : Message.USER_TEXT_MISSING, label, locale.tag());
            }
        }
        checkPlaceholders(given, placeholders, placeholdersKnown, label);
        for (LocaleDeclaration locale : locales) {
            Optional.ofNullable(given.get(locale.tag())).ifPresent(text -> texts.put(locale.tag(), text.value()));
        }
        return texts;
    }

    private void checkPlaceholders(Map<String, SpecScalar> given, List<Placeholder> placeholders,
            boolean placeholdersKnown, String label) {
        Set<String> declared = new HashSet<>(placeholders.stream().map(Placeholder::name).toList());
        Set<String> reference = null;
        String referenceTag = null;
        for (Map.Entry<String, SpecScalar> entry : given.entrySet()) {
            Set<String> names = new TreeSet<>();
            for (TextPlaceholders.Token token : TextPlaceholders.scan(entry.getValue().value())) {
                if (!token.named()) {
                    problems.report(entry.getValue().position(), Message.USER_TEXT_POSITIONAL, entry.getKey(), label,
                            token.text());
                    continue;
                }
                String name = token.name().orElseThrow();
                names.add(name);
                if (placeholdersKnown && !declared.contains(name)) {
                    problems.report(entry.getValue().position(), Message.USER_TEXT_PLACEHOLDER, entry.getKey(), label,
                            token.text());
                }
            }
            boolean lacksItsOwn = false;
            for (Placeholder placeholder : placeholders) {
                if (placeholder.userTextOnly() && !names.contains(placeholder.name())) {
                    problems.report(entry.getValue().position(), Message.USER_TEXT_PLACEHOLDER_UNUSED, entry.getKey(),
                            label, placeholder.name());
                    lacksItsOwn = true;
                }
            }
            if (lacksItsOwn) {
                continue; // one mistake, one message: not also "differs from the other translations"
            }
            if (reference == null) {
                reference = names;
                referenceTag = entry.getKey();
            } else if (!reference.equals(names)) {
                problems.report(entry.getValue().position(), Message.USER_TEXT_PLACEHOLDERS_DIFFER, entry.getKey(),
                        label, names, referenceTag, reference);
            }
        }
    }
}
