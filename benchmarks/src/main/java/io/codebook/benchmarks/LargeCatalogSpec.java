package io.codebook.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A catalog shaped like a real vendor's, at any size: three attributes (one a reference to a second
 * catalog), a description and a message per code, end-user texts in four locales, typed placeholders
 * on every 50th code, an outcome over every code and one over a third of them. The same shape as the
 * processor's {@code LargeCatalogTest}, so what is timed here is what is proven to compile there.
 */
final class LargeCatalogSpec {

    static final String ID = "large-catalog";
    static final String REASONS_ID = "large-reasons";
    private static final int REASONS = 40;

    private LargeCatalogSpec() {}

    /** Writes {@code large-catalog.yaml} with {@code codes} codes and {@code large-reasons.yaml} into {@code dir}. */
    static void writeTo(Path dir, int codes) throws IOException {
        Files.writeString(dir.resolve(ID + ".yaml"), catalog(codes), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REASONS_ID + ".yaml"), reasons(), StandardCharsets.UTF_8);
    }

    static String catalog(int codes) {
        StringBuilder spec = new StringBuilder(String.join("\n",
                "codebook: 1",
                "catalog: {id: " + ID + ", vendor: Big Vendor, title: Everything, source: {document: big.txt}}",
                "locales: [en, ru, kk, ko]",
                "attributes:",
                "  severity: {type: enum, required: true, values: [High, Medium, Low]}",
                "  httpStatus: {type: integer}",
                "  reason: {type: code, catalog: " + REASONS_ID + ", required: true}",
                "outcomes:",
                "  - {id: warning, codes: {}, fields: {decision: {type: enum, values: [accept, reject]}}}",
                "  - {id: blocking, codes: {where: {severity: High}}}",
                "groups:",
                "  - id: all",
                "    title: All codes",
                "    codes:",
                ""));
        String[] severities = {"High", "Medium", "Low"};
        for (int i = 0; i < codes; i++) {
            boolean typed = i % 50 == 0;
            spec.append("      - code: CODE_").append(i).append('\n')
                    .append("        severity: ").append(severities[i % 3]).append('\n')
                    .append("        httpStatus: ").append(400 + i % 100).append('\n')
                    .append("        reason: R").append(i % REASONS).append('\n')
                    .append("        description: \"Description of code ").append(i).append(", as the vendor wrote it")
                    .append(typed ? ", after {attempts} attempts.\"\n" : ".\"\n")
                    .append("        messages: [\"Message the vendor sends with code ").append(i).append(".\"]\n");
            if (typed) {
                spec.append("        placeholders: [{name: attempts, type: integer}]\n");
            }
            String tail = typed ? " {attempts}" : "";
            spec.append("        userText:\n")
                    .append("          en: \"Please try again, code ").append(i).append('.').append(tail).append("\"\n")
                    .append("          ru: \"Пожалуйста, попробуйте ещё раз, код ").append(i).append('.').append(tail).append("\"\n")
                    .append("          kk: \"Қайталап көріңіз, код ").append(i).append('.').append(tail).append("\"\n")
                    .append("          ko: \"다시 시도해 주세요, 코드 ").append(i).append('.').append(tail).append("\"\n");
        }
        return spec.toString();
    }

    static String reasons() {
        StringBuilder reasons = new StringBuilder(String.join("\n",
                "codebook: 1",
                "catalog: {id: " + REASONS_ID + ", vendor: Us, title: Reasons, source: {document: ours}}",
                "groups:",
                "  - id: all",
                "    title: All reasons",
                "    codes:",
                ""));
        for (int i = 0; i < REASONS; i++) {
            reasons.append("      - {code: R").append(i).append("}\n");
        }
        return reasons.toString();
    }
}
