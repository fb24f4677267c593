package io.codebook.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The generated {@code <Type>Messages} bundles work with the i18n frameworks Java teams already use:
 * {@code ResourceBundle} under any JVM default locale, {@code MessageFormat} for texts with
 * placeholders, and Spring's {@code ResourceBundleMessageSource}.
 */
class FrameworkBundlesTest {

    private static final String ARGOS = "io.codebook.example.ArgosCodeMessages";
    private static final Locale DEFAULT = Locale.getDefault();

    @AfterEach
    void restoreTheDefaultLocale() {
        Locale.setDefault(DEFAULT);
    }

    @Test
    void aLocaleNoBundleHasFindsTheEnglishBaseWhateverTheServersDefaultLocale() {
        for (Locale server : List.of(Locale.forLanguageTag("ru-RU"), Locale.GERMANY, Locale.US)) {
            Locale.setDefault(server);
            ResourceBundle french = ResourceBundle.getBundle(ARGOS, Locale.FRENCH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertEquals(ArgosCode.STEP1_RETRY_GLARE_DETECTED.userText(Locale.ENGLISH),
                    french.getString("STEP1_RETRY_GLARE_DETECTED"), "server " + server);
        }
        Locale.setDefault(Locale.GERMANY);
        assertEquals(ArgosCode.STEP1_RETRY_GLARE_DETECTED.userText(Locale.ENGLISH),
                ResourceBundle.getBundle(ARGOS, Locale.FRENCH).getString("STEP1_RETRY_GLARE_DETECTED"),
                "even the default lookup ends at the base bundle, not in an exception");
    }

    @Test
    void eachDeclaredLocaleHasItsOwnTexts() {
        Locale kazakh = Locale.forLanguageTag("kk");
        assertEquals(ArgosCode.STEP1_RETRY_GLARE_DETECTED.userText(kazakh),
                ResourceBundle.getBundle(ARGOS, kazakh).getString("STEP1_RETRY_GLARE_DETECTED"));
    }

    @Test
    void aTextWithPlaceholdersIsAMessageFormatPatternWithTheTextsMethodsArguments() {
        Locale russian = Locale.forLanguageTag("ru");
        String pattern = ResourceBundle.getBundle(ARGOS, russian).getString("REJECT_UNDER_AGE_LIMIT");
        assertEquals(ArgosCode.Texts.rejectUnderAgeLimit(russian, 18), MessageFormat.format(pattern, 18));
        String english = ResourceBundle.getBundle(ARGOS, Locale.ENGLISH).getString("REJECT_UNDER_AGE_LIMIT");
        assertEquals(ArgosCode.Texts.rejectUnderAgeLimit(Locale.ENGLISH, 21), MessageFormat.format(english, 21),
                "the apostrophe of \"can't\" survives MessageFormat");
    }

    @Test
    void springsMessageSourceGivesTheSameTextsWithAndWithoutArguments() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(ARGOS, "io.codebook.example.CanonicalReasonMessages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));

        assertEquals(ArgosCode.Texts.rejectUnderAgeLimit(Locale.KOREAN, 19),
                messages.getMessage("REJECT_UNDER_AGE_LIMIT", new Object[] {19}, Locale.KOREAN));
        assertEquals(CanonicalReason.FACE_MISMATCH.userText(Locale.ENGLISH),
                messages.getMessage("FACE_MISMATCH", null, Locale.ENGLISH), "a plain text, apostrophes as written");
        assertEquals(CanonicalReason.FACE_MISMATCH.userText(Locale.ENGLISH),
                messages.getMessage("FACE_MISMATCH", null, Locale.ITALIAN), "not the Russian of the server");
    }
}
