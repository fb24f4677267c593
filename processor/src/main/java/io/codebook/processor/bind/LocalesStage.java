package io.codebook.processor.bind;

import io.codebook.processor.model.TextPlaceholders;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.LocaleDeclaration;
import io.codebook.processor.model.Placeholder;
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

    static final List<String> LOCALE_KEYS = List.of("tag", "draft");
    /** Runtime falls back to this locale, so a catalog with end-user texts must have it. */
    static final String FALLBACK = "en";

    private final Problems problems;

    LocalesStage(Problems problems) {
        this.problems = problems;
    }

    List<LocaleDeclaration> read(Optional<SpecList> list) {
        List<LocaleDeclaration> locales = new ArrayList<>();
        if (list.isEmpty()) {
            return locales;
        }
        Set<String> seen = new HashSet<>();
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
            if (tag.isEmpty() || !validTag(tag.get(), item)) {
                continue;
            }
            if (!seen.add(tag.get())) {
                problems.error(item.position(), ProblemIds.DUPLICATE_ID, "locale '" + tag.get() + "' is declared twice.");
                continue;
            }
            locales.add(new LocaleDeclaration(tag.get(), draft));
        }
        if (!locales.isEmpty() && !seen.contains(FALLBACK)) {
            problems.error(list.get().position(), ProblemIds.MISSING_KEY,
                    "'locales' must include '" + FALLBACK + "': it is the locale every lookup falls back to.");
        }
        return locales;
    }

    private boolean validTag(String tag, SpecNode node) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.toLanguageTag().equals(tag)) {
                return true;
            }
            problems.error(node.position(), ProblemIds.INVALID_VALUE,
                    "locale '" + tag + "' is not written in its canonical BCP 47 form; write '" + locale.toLanguageTag() + "'.");
        } catch (IllformedLocaleException e) {
            problems.error(node.position(), ProblemIds.INVALID_VALUE,
                    "'" + tag + "' is not a valid BCP 47 language tag (" + e.getMessage() + "). Use a tag such as 'kk' or 'pt-BR'.");
        }
        return false;
    }

    /** A code's {@code userText}: every declared locale given (drafts may lag), with the same placeholders. */
    Map<String, String> readUserText(Fields fields, List<LocaleDeclaration> locales, List<Placeholder> placeholders,
            String label) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<SpecMap> map = fields.submap("userText", false);
        if (map.isEmpty()) {
            return texts;
        }
        if (locales.isEmpty()) {
            problems.error(map.get().position(), ProblemIds.MISSING_KEY,
                    label + " has 'userText' but the catalog declares no 'locales'. Declare them, e.g. locales: [en].");
            return texts;
        }
        Map<String, SpecScalar> given = new LinkedHashMap<>();
        List<String> declared = locales.stream().map(LocaleDeclaration::tag).toList();
        for (SpecMap.Entry entry : map.get().entries()) {
            String tag = entry.key().value();
            if (!declared.contains(tag)) {
                problems.error(entry.key().position(), ProblemIds.UNKNOWN_KEY,
                        "userText of " + label + " is in locale '" + tag + "', which the catalog does not declare in"
                                + " 'locales'. Declare it, or remove this translation.");
                continue;
            }
            Fields.scalarText(entry.value(), "the '" + tag + "' userText of " + label, problems).ifPresent(text -> {
                given.put(tag, (SpecScalar) entry.value());
            });
        }
        for (LocaleDeclaration locale : locales) {
            if (!given.containsKey(locale.tag())) {
                String message = label + " has no '" + locale.tag() + "' userText. Add the translation.";
                if (locale.draft()) {
                    problems.warning(map.get().position(), ProblemIds.MISSING_KEY, message + " (locale is a draft)");
                } else {
                    problems.error(map.get().position(), ProblemIds.MISSING_KEY, message);
                }
            }
        }
        checkPlaceholders(given, placeholders, label);
        for (LocaleDeclaration locale : locales) {
            Optional.ofNullable(given.get(locale.tag())).ifPresent(text -> texts.put(locale.tag(), text.value()));
        }
        return texts;
    }

    private void checkPlaceholders(Map<String, SpecScalar> given, List<Placeholder> placeholders, String label) {
        Set<String> declared = new HashSet<>(placeholders.stream().map(Placeholder::name).toList());
        Set<String> reference = null;
        String referenceTag = null;
        for (Map.Entry<String, SpecScalar> entry : given.entrySet()) {
            Set<String> names = new TreeSet<>();
            for (TextPlaceholders.Token token : TextPlaceholders.scan(entry.getValue().value())) {
                if (!token.named()) {
                    problems.error(entry.getValue().position(), ProblemIds.PLACEHOLDER_MISMATCH,
                            "the '" + entry.getKey() + "' userText of " + label + " uses " + token.text()
                                    + "; end-user texts name their placeholders, e.g. {email}.");
                    continue;
                }
                String name = token.name().orElseThrow();
                names.add(name);
                if (!declared.contains(name)) {
                    problems.error(entry.getValue().position(), ProblemIds.PLACEHOLDER_MISMATCH,
                            "the '" + entry.getKey() + "' userText of " + label + " uses " + token.text()
                                    + ", which is not among the code's placeholders. Declare it or fix the text.");
                }
            }
            if (reference == null) {
                reference = names;
                referenceTag = entry.getKey();
            } else if (!reference.equals(names)) {
                problems.error(entry.getValue().position(), ProblemIds.PLACEHOLDER_MISMATCH,
                        "the '" + entry.getKey() + "' userText of " + label + " uses placeholders " + names + " but the '"
                                + referenceTag + "' one uses " + reference + ". Every translation takes the same ones.");
            }
        }
    }
}
