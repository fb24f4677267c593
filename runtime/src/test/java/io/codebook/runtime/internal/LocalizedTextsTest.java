package io.codebook.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextsTest {

    @Test
    void aBundleLostInPackagingShowsTheVendorsOwnTextNeverNothing() {
        assertEquals("Document has expired.", LocalizedTexts.lookup(LocalizedTextsTest.class, "no/such/Bundle",
                Locale.KOREAN, "DOCUMENT_EXPIRED", "Document has expired."));
        assertEquals("", LocalizedTexts.lookup(LocalizedTextsTest.class, "no/such/Bundle", Locale.KOREAN,
                "DOCUMENT_EXPIRED", null), "never null either");
    }

    @Test
    void theCandidatesGoFromTheLocaleToItsLanguageToEnglishAndNeverToTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            assertEquals(List.of("pt_BR", "pt", "en"), LocalizedTexts.candidates(Locale.forLanguageTag("pt-BR")));
            assertEquals(List.of("en"), LocalizedTexts.candidates(null));
        } finally {
            Locale.setDefault(before);
        }
    }
}
