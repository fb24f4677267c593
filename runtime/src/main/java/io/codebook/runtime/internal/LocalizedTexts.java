package io.codebook.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Used by generated code; not an API of its own, and it may change in any release (it is public only
 * because generated code lives in its users' packages).
 *
 * <p>Finds end-user texts in the bundles Codebook generates ({@code <Type>_<locale>.properties}, UTF-8,
 * beside the generated class): the requested locale, then its language, then English. The JVM's
 * default locale never takes part, and a lookup never throws.
 */
public final class LocalizedTexts {

    /** The locale every catalog with texts has, and every lookup ends at. */
    public static final String FALLBACK = "en";

    private static final ClassValue<Map<String, Optional<Properties>>> BUNDLES = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Properties>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private LocalizedTexts() {}

    /** The bundle suffixes to try for {@code locale}, most specific first: {@code pt_BR}, {@code pt}, {@code en}. */
    public static List<String> candidates(Locale locale) {
        List<String> candidates = new ArrayList<>(3);
        if (locale != null && !locale.getLanguage().isEmpty()) {
            String language = locale.getLanguage();
            if (!locale.getCountry().isEmpty()) {
                candidates.add(language + "_" + locale.getCountry());
            }
            candidates.add(language);
        }
        if (!candidates.contains(FALLBACK)) {
            candidates.add(FALLBACK);
        }
        return candidates;
    }

    /** The first of {@code locale}'s candidates that is among {@code available}; English otherwise. */
    public static String pick(Locale locale, List<String> available) {
        for (String candidate : candidates(locale)) {
            if (available.contains(candidate)) {
                return candidate;
            }
        }
        return FALLBACK;
    }

    /**
     * The text under {@code key} in the bundle {@code baseName} (a resource path without suffix)
     * of {@code owner}'s class loader, for {@code locale}; empty text if no bundle has the key,
     * which Codebook's build-time checks rule out for generated catalogs.
     */
    public static String lookup(Class<?> owner, String baseName, Locale locale, String key) {
        return lookup(owner, baseName, locale, key, "");
    }

    /**
     * {@link #lookup(Class, String, Locale, String)}, or {@code otherwise} when no bundle has the key:
     * a bundle lost on the way (a shading filter, a packaging mistake) shows the vendor's own text,
     * never an empty string.
     */
    public static String lookup(Class<?> owner, String baseName, Locale locale, String key, String otherwise) {
        for (String candidate : candidates(locale)) {
            Optional<Properties> bundle = BUNDLES.get(owner)
                    .computeIfAbsent(baseName + "_" + candidate, name -> load(owner, name + ".properties"));
            if (bundle.isPresent() && bundle.get().getProperty(key) != null) {
                return bundle.get().getProperty(key);
            }
        }
        return otherwise == null ? "" : otherwise;
    }

    /** An argument as text: {@code null} shows as nothing rather than as "null". */
    public static String text(Object argument) {
        return argument == null ? "" : argument.toString();
    }

    private static Optional<Properties> load(Class<?> owner, String resource) {
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return Optional.of(properties);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
