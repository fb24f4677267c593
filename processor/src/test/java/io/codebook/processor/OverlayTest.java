package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer's overlay over a catalog it does not own: its own wording for a shipped reason and a
 * locale it adds, without copying the vocabulary, checked by the catalog's own rules and reported in
 * the overlay's file.
 */
class OverlayTest {

    private static Properties bundle(Compilation compilation, String pkg, String name) throws IOException {
        return Compiled.bundle(compilation, pkg, name);
    }

    @Test
    void aConsumerRewordsAShippedReasonWithoutCopyingTheVocabulary(@TempDir Path dir) throws IOException {
        Compiled.writeSpec(dir, "canonical-reasons.overlay",
                "codebook: 1",
                "overlay: canonical-reasons",
                "userText:",
                "  DOCUMENT_EXPIRED:",
                "    en: 'Your ID has expired. Please scan one that is still valid.'");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("{\"argos\", \"canonical-reasons\"}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("Your ID has expired. Please scan one that is still valid.",
                bundle(compilation, "test", "CanonicalReason_en.properties").getProperty("DOCUMENT_EXPIRED"));
        assertEquals("Your ID has expired. Please scan one that is still valid.",
                bundle(compilation, "test", "ArgosCode_en.properties").getProperty("STEP1_RETRY_EXPIRED_ID"),
                "a vendor code without its own text shows the reworded reason");
        assertEquals("Срок действия документа истёк. Пожалуйста, используйте действующий документ.",
                bundle(compilation, "test", "CanonicalReason_ru.properties").getProperty("DOCUMENT_EXPIRED"),
                "the other locales keep the shipped wording");
        assertEquals("Your document has expired. Please use a valid document.",
                bundle(Compiled.compile(List.of(), Compiled.request("\"canonical-reasons\"")), "test",
                        "CanonicalReason_en.properties").getProperty("DOCUMENT_EXPIRED"), "without the overlay, the shipped text");
    }

    private static final String VOCABULARY = String.join("\n",
            "codebook: 1",
            "catalog: {id: reasons, vendor: Us, title: R, source: {document: d}}",
            "locales: [en]",
            "attributes: {defaultAction: {type: action, required: true, role: reason-action}}",
            "groups: [{id: g, title: G, codes: [",
            "  {code: EXPIRED, defaultAction: user-action, userText: {en: 'Expired.'}},",
            "  {code: BLURRY, defaultAction: retry-capture, userText: {en: 'Blurry.'}}]}]");

    @Test
    void aConsumerAddsALocaleWithATextForEveryReason(@TempDir Path dir) throws IOException {
        Compiled.writeSpec(dir, "reasons", VOCABULARY);
        Compiled.writeSpec(dir, "reasons.overlay",
                "codebook: 1",
                "overlay: reasons",
                "locales: [de]",
                "userText:",
                "  EXPIRED: {de: 'Abgelaufen.'}",
                "  BLURRY: {de: 'Unscharf.'}");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"reasons\""));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals("Abgelaufen.", bundle(compilation, "test", "ReasonsCode_de.properties").getProperty("EXPIRED"));
        assertEquals("Expired.", bundle(compilation, "test", "ReasonsCode_en.properties").getProperty("EXPIRED"));
    }

    @Test
    void aLocaleAddedWithoutEveryTextIsAnErrorAsInTheCatalogItself(@TempDir Path dir) {
        Compiled.writeSpec(dir, "reasons", VOCABULARY);
        Compiled.writeSpec(dir, "reasons.overlay",
                "codebook: 1",
                "overlay: reasons",
                "locales: [de]",
                "userText:",
                "  EXPIRED: {de: 'Abgelaufen.'}");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"reasons\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("code 'BLURRY' has no 'de' userText. Add the translation.");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anOverlayThatNamesNoCodeOrAnotherCatalogIsReportedInItsOwnFile(@TempDir Path dir) {
        Compiled.writeSpec(dir, "reasons", VOCABULARY);
        Path overlay = Compiled.writeSpec(dir, "reasons.overlay",
                "codebook: 1",
                "overlay: reason",
                "userText:",
                "  EXPIRD: {en: 'Old.'}",
                "userTexts: {}");
        Compilation compilation = Compiled.compile(List.of(dir), Compiled.request("\"reasons\""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(overlay + ":2:10: the overlay says it overlays catalog 'reason', but"
                + " its file name says 'reasons'");
        assertThat(compilation).hadErrorContaining(overlay + ":4:3: 'EXPIRD' is not a code of catalog 'reasons'. Did"
                + " you mean 'EXPIRED'?");
        assertThat(compilation).hadErrorContaining(overlay + ":5:1: ");
        assertThat(compilation).hadErrorCount(3);
    }
}
