package io.codebook.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Code;
import io.codebook.processor.model.Group;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The spec reference lists the canonical vocabulary as the spec defines it (reason, group, what
 * belongs in it, default action, English end-user text), so a user mapping a new vendor chooses
 * without reading YAML, and the list can never drift from the spec.
 */
class CanonicalVocabularyDocTest {

    /** The table the spec defines, as the reference must print it. */
    static String table() {
        Catalog reasons = Specs.shipped("canonical-reasons");
        StringBuilder table = new StringBuilder("| reason | group | what belongs in it | default action | end-user text (en) |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (Group group : reasons.groups()) {
            for (Code code : group.codes()) {
                String action = ((AttributeValue.ActionRef) code.values().get("defaultAction")).specName();
                table.append("| `").append(code.code().orElseThrow()).append("` | ").append(group.id()).append(" | ")
                        .append(cell(code.description().orElse(""))).append(" | `").append(action).append("` | ")
                        .append(cell(code.userText().getOrDefault("en", ""))).append(" |\n");
            }
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void theSpecReferenceListsEveryReasonAsTheSpecDefinesIt() throws IOException {
        // tests run in the processor module's directory
        String reference = Files.readString(Path.of("..", "catalog-specs", "README.md"), StandardCharsets.UTF_8);
        String expected = table();
        assertTrue(reference.contains(expected), "catalog-specs/README.md must hold this table, as generated from"
                + " canonical-reasons.yaml:\n\n" + expected);
    }
}
