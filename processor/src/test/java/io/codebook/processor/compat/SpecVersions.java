package io.codebook.processor.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.codebook.processor.specset.SpecSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Test support: two versions of a small vendor catalog and its reasons, written into directories
 * and compared. {@link #VENDOR} exercises every part a change can touch; a test edits one thing.
 */
final class SpecVersions {

    /** A vendor catalog with every part the check compares. */
    static final String VENDOR = String.join("\n",
            "codebook: 1",
            "catalog:",
            "  id: acme",
            "  vendor: Acme",
            "  title: Acme codes",
            "  javaName: AcmeCode",
            "  attemptLimit: 3",
            "  source: {document: acme.txt}",
            "locales: [en, ru]",
            "attributes:",
            "  severity:",
            "    type: enum",
            "    required: true",
            "    values:",
            "      - High",
            "      - {value: Low, aliases: [low]}",
            "  kind: {type: enum, required: true, values: [retry, error]}",
            "  decision:",
            "    type: enum",
            "    values: [{value: APPROVED, action: proceed}, {value: DECLINED, action: reject}]",
            "  hint: {type: string, noneValues: [N/A]}",
            "  httpStatus: {type: integer, default: 400}",
            "  reason: {type: code, catalog: acme-reasons, required: true, role: canonical-reason}",
            "  actionOverride: {type: action, role: action-override}",
            "priority:",
            "  order: [FORGED_ID, EXPIRED_ID]",
            "outcomes:",
            "  - id: retry",
            "    codes: {where: {kind: retry}}",
            "    list: true",
            "    fields:",
            "      attempt: {type: integer}",
            "      verdict: {type: enum, values: [{value: accept, action: proceed}, {value: refuse, action: reject}]}",
            "  - id: error",
            "    javaName: RequestError",
            "    codes: {where: {kind: error}}",
            "responses:",
            "  statuses:",
            "    result:",
            "      values: {OK: approved, RETRY: retry-requested, FAILED: declined, RUNNING: undecided}",
            "  shapes:",
            "    - id: answer",
            "      source: acme.txt",
            "      when: [{present: /result}]",
            "      verdict: [{at: /result, status: result}]",
            "      outcomes:",
            "        - kind: retry",
            "          codes: /retries/*/code",
            "          fields: {attempt: /attempt}",
            "    - id: failure",
            "      javaName: FailureBody",
            "      source: acme.txt",
            "      when: [{present: /error}]",
            "      verdict: error",
            "      outcomes:",
            "        - kind: error",
            "          code: /error/code",
            "groups:",
            "  - id: document",
            "    title: Document problems",
            "    codes:",
            "      - code: EXPIRED_ID",
            "        severity: Low",
            "        kind: retry",
            "        reason: EXPIRED",
            "        aliases: [expired_id]",
            "        description: The document has expired.",
            "      - code: BLURRY",
            "        severity: Low",
            "        kind: retry",
            "        reason: EXPIRED",
            "        decision: APPROVED",
            "        hint: move closer",
            "      - code: FORGED_ID",
            "        severity: High",
            "        kind: error",
            "        reason: FORGED",
            "        placeholders: [{name: score, type: integer, userTextOnly: true}]",
            "        userText: {en: \"Not accepted (score {score}).\", ru: \"Не принят ({score}).\"}",
            "  - id: request",
            "    title: Request problems",
            "    codes:",
            "      - code: BAD_REQUEST",
            "        severity: High",
            "        kind: error",
            "        reason: FORGED",
            "        actionOverride: fix-integration",
            "        httpStatus: 422",
            "");

    /** The vocabulary the vendor maps to. */
    static final String REASONS = String.join("\n",
            "codebook: 1",
            "catalog: {id: acme-reasons, vendor: Acme, title: Reasons, javaName: AcmeReason, source: {document: ours}}",
            "attributes:",
            "  defaultAction: {type: action, required: true, role: reason-action}",
            "groups:",
            "  - id: reasons",
            "    title: Reasons",
            "    codes:",
            "      - {code: EXPIRED, defaultAction: retry-capture}",
            "      - {code: FORGED, defaultAction: reject}",
            "");

    private SpecVersions() {}

    /** Both catalogs as the baseline has them, with the vendor's spec as given now. */
    static CompatibilityReport vendorChanged(Path dir, String current) {
        return compare(dir, Map.of("acme", VENDOR, "acme-reasons", REASONS),
                Map.of("acme", current, "acme-reasons", REASONS));
    }

    /** {@link #VENDOR} with {@code from} replaced by {@code to}; fails if {@code from} is not in it. */
    static String edit(String spec, String from, String to) {
        assertTrue(spec.contains(from), "the spec has " + from);
        return spec.replace(from, to);
    }

    static String vendorWith(String from, String to) {
        return edit(VENDOR, from, to);
    }

    /** Writes each version's specs ({@code id -> yaml}) into a directory of its own and compares them. */
    static CompatibilityReport compare(Path dir, Map<String, String> baseline, Map<String, String> current) {
        try {
            return new Compatibility().compare(SpecSet.directory(write(dir.resolve("baseline"), baseline)),
                    SpecSet.directory(write(dir.resolve("current"), current)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path directory, Map<String, String> specs) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> spec : specs.entrySet()) {
            Files.writeString(directory.resolve(spec.getKey() + ".yaml"), spec.getValue(), StandardCharsets.UTF_8);
        }
        return directory;
    }

    /** The report's changes as rendered, for assertion messages. */
    static List<String> rendered(CompatibilityReport report) {
        return report.changes().stream().map(Change::render).toList();
    }

    /** Asserts the report has exactly these kinds of change, in any order, and no error. */
    static void assertKinds(CompatibilityReport report, ChangeKind... kinds) {
        assertEquals(List.of(), report.errors(), "both versions bind");
        assertEquals(java.util.Arrays.stream(kinds).sorted().toList(),
                report.changes().stream().map(Change::kind).sorted().toList(), String.join("\n", rendered(report)));
    }

    /** The one change of this kind; fails if there is not exactly one. */
    static Change only(CompatibilityReport report, ChangeKind kind) {
        List<Change> found = report.changes().stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, found.size(), String.join("\n", rendered(report)));
        return found.get(0);
    }
}
