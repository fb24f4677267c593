package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.runtime.CatalogCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles generated into the class output: every catalog, every locale, every code. */
class BundlesTest {

    private static final List<Class<? extends CatalogCode>> CATALOGS = List.of(IdAnalyzerWarning.class,
            AiPriseWarning.class, BiometricVisionFailure.class, ArgosCode.class, YotiReasonCode.class,
            YotiFailureType.class, YotiFailureDetail.class, CanonicalReason.class);

    private static Properties bundle(Class<?> type, String locale) throws IOException {
        String resource = type.getName().replace('.', '/') + "_" + locale + ".properties";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "no bundle " + resource);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "kk", "ko"})
    void everyCatalogHasABundleWithATextForEveryCode(String locale) throws IOException {
        for (Class<? extends CatalogCode> catalog : CATALOGS) {
            Properties bundle = bundle(catalog, locale);
            Set<String> constants = Arrays.stream(catalog.getEnumConstants()).map(CatalogCode::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(constants, new TreeSet<>(bundle.stringPropertyNames()), catalog.getSimpleName() + " " + locale);
            bundle.forEach((key, text) -> assertTrue(!text.toString().isBlank(), catalog.getSimpleName() + " " + key));
        }
    }

    @Test
    void translationsAreNotTheEnglishText() throws IOException {
        Properties en = bundle(CanonicalReason.class, "en");
        for (String locale : List.of("ru", "kk", "ko")) {
            Properties translated = bundle(CanonicalReason.class, locale);
            for (String key : en.stringPropertyNames()) {
                assertTrue(!en.getProperty(key).equals(translated.getProperty(key)), locale + " " + key);
            }
        }
    }

    @Test
    void aVendorCodeTellsTheUserItsCanonicalReasonsTextInTheirLanguage() {
        assertEquals(CanonicalReason.IMAGE_QUALITY_POOR.userText(Locale.forLanguageTag("kk")),
                ArgosCode.STEP1_RETRY_GLARE_DETECTED.userText(Locale.forLanguageTag("kk-KZ")));
        assertEquals(CanonicalReason.DOCUMENT_EXPIRED.userText(Locale.KOREAN), IdAnalyzerWarning.DOCUMENT_EXPIRED
                .userText(Locale.KOREAN));
        assertTrue(ArgosCode.Texts.rejectUnderAgeLimit(Locale.forLanguageTag("ru"), 19).contains("19"));
        // a text that needs arguments, asked for without them, is its reason's (never a raw "{country}")
        assertEquals(CanonicalReason.COUNTRY_NOT_ACCEPTED.userText(Locale.forLanguageTag("ru")),
                ArgosCode.REJECT_BLACKLIST_COUNTRY.userText(Locale.forLanguageTag("ru")));
        assertTrue(ArgosCode.Texts.rejectBlacklistCountry(Locale.forLanguageTag("ru"), "PRK").contains("PRK"));
        assertEquals(CanonicalReason.DOCUMENT_EXPIRED.userText(Locale.ENGLISH),
                CanonicalReason.DOCUMENT_EXPIRED.userText(Locale.forLanguageTag("fr-FR")), "French falls back to English");
    }
}
