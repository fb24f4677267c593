package io.codebook.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.codebook.processor.Compiled.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain enum hits javac's "code too large" at about 2,350 constants with four String arguments.
 * Vendors' catalogs are far smaller today, but a generated catalog must never stop compiling
 * because a vendor grew one.
 */
class LargeCatalogTest {

    private static final int CODES = 20_000;

    @Test
    void aCatalogOfTwentyThousandCodesGeneratesCompilesAndLooksUpEveryCode(@TempDir Path dir) throws IOException {
        StringBuilder spec = new StringBuilder(String.join("\n",
                "codebook: 1",
                "catalog: {id: large-catalog, vendor: Big Vendor, title: Everything, source: {document: big.txt}}",
                "attributes:",
                "  severity: {type: enum, required: true, values: [High, Medium, Low]}",
                "  httpStatus: {type: integer}",
                "groups:",
                "  - id: all",
                "    title: All codes",
                "    codes:",
                ""));
        String[] severities = {"High", "Medium", "Low"};
        for (int i = 0; i < CODES; i++) {
            spec.append("      - code: CODE_").append(i).append('\n')
                    .append("        severity: ").append(severities[i % 3]).append('\n')
                    .append("        httpStatus: ").append(400 + i % 100).append('\n')
                    .append("        description: \"Description of code ").append(i).append(".\"\n")
                    .append("        messages: [\"Message of code ").append(i).append(".\"]\n");
            if (i == CODES - 1) {
                spec.append("        aliases: [last_code]\n");
            }
        }
        Files.writeString(dir.resolve("large-catalog.yaml"), spec);

        Compilation compilation = Compiled.compile(List.of(dir),
                source("test.Catalogs",
                        "package test;",
                        "@io.codebook.runtime.Codebook(\"large-catalog\")",
                        "final class Catalogs {}"),
                source("test.Check",
                        "package test;",
                        "public final class Check {",
                        "  static void check(boolean ok, String what) { if (!ok) throw new AssertionError(what); }",
                        "  public static void run() {",
                        "    check(LargeCatalogCode.values().size() == " + CODES + ", \"every code is listed\");",
                        "    for (int i = 0; i < " + CODES + "; i++) {",
                        "      LargeCatalogCode code = LargeCatalogCode.fromCode(\"CODE_\" + i).orElseThrow();",
                        "      check(code.code().equals(\"CODE_\" + i), \"code \" + i);",
                        "      check(code.description().orElseThrow().equals(\"Description of code \" + i + \".\"), \"description \" + i);",
                        "      check(code.httpStatus().getAsInt() == 400 + i % 100, \"attribute \" + i);",
                        "      check(code == LargeCatalogCode.values().get(i), \"document order \" + i);",
                        "    }",
                        "    check(LargeCatalogCode.fromCode(\"last_code\").orElseThrow().code().equals(\"CODE_" + (CODES - 1) + "\"), \"alias\");",
                        "    check(LargeCatalogCode.fromCode(\"CODE_" + CODES + "\").isEmpty(), \"unknown\");",
                        "    LargeCatalogCode first = LargeCatalogCode.fromCode(\"CODE_0\").orElseThrow();",
                        "    check(first.severity() == LargeCatalogCode.Severity.HIGH, \"severity\");",
                        "    check(first.messages().get(0).text().equals(\"Message of code 0.\"), \"message\");",
                        "  }",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        Compiled.run(compilation, "test.Check");
    }
}
