package io.codebook.example.response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.codebook.example.CanonicalReason;
import io.codebook.runtime.Finding;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link Report} for people, or as JSON for machines. */
final class ReportOutput {

    private ReportOutput() {}

    /** What to tell the end user for one code: its text, or the fallback reason's for an unknown code. */
    static String userText(CodeLine line, Locale locale) {
        return line.code().filter(code -> code instanceof LocalizedCode).map(code -> ((LocalizedCode) code).userText(locale))
                .orElseGet(() -> CanonicalReason.UNCLASSIFIED.userText(locale));
    }

    /** The end user's message for the whole response: the deciding code's, or nothing to fix. */
    static String userMessage(Report report, Locale locale) {
        if (report.resolution().action() == NextAction.PROCEED) {
            return "";
        }
        // integration errors' reasons carry a neutral "something went wrong on our side" text
        Finding decisive = report.resolution().decisive().orElseThrow();
        return report.lines().stream().filter(line -> line.finding().equals(decisive)).findFirst()
                .map(line -> userText(line, locale))
                .orElseGet(() -> CanonicalReason.UNCLASSIFIED.userText(locale));
    }

    static void printText(Report report, Locale locale, PrintStream out) {
        out.println("Vendor: " + report.vendor() + " (catalog " + report.catalog() + ")");
        out.println("Outcome: " + report.outcome());
        report.notes().forEach(note -> out.println("  " + note));
        for (CodeLine line : report.lines()) {
            out.println("- " + line.role() + " " + line.wire() + ": "
                    + line.code().map(MappedCode::name).orElse("not in the catalog, kept as sent " + line.raw()));
            line.code().ifPresent(code -> {
                if (!code.vendorText().isEmpty()) {
                    out.println("    vendor text: " + code.vendorText());
                }
                out.println("    canonical reason: " + code.canonicalReason().name() + ", documented action "
                        + code.documentedAction().specName());
            });
            line.decided().ifPresent(d -> out.println("    vendor decided: " + line.raw().get("decision") + " -> "
                    + d.specName()));
            if (line.counts()) {
                out.println("    tell the user (" + locale.toLanguageTag() + "): " + userText(line, locale));
            }
        }
        out.println("Next action: " + report.resolution().action().specName());
        String message = userMessage(report, locale);
        if (!message.isEmpty()) {
            out.println("Tell the user (" + locale.toLanguageTag() + "): " + message);
        }
    }

    static void printJson(Report report, Locale locale, PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("vendor", report.vendor());
        root.put("catalog", report.catalog());
        root.put("outcome", report.outcome());
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        ArrayNode codes = root.putArray("codes");
        for (CodeLine line : report.lines()) {
            ObjectNode code = codes.addObject();
            code.put("role", line.role());
            ObjectNode raw = code.putObject("raw");
            for (Map.Entry<String, String> value : line.raw().entrySet()) {
                raw.put(value.getKey(), value.getValue());
            }
            code.put("known", line.code().isPresent());
            line.code().ifPresent(known -> {
                code.put("constant", known.name());
                code.put("vendorText", known.vendorText());
                code.put("canonicalReason", known.canonicalReason().name());
                code.put("documentedAction", known.documentedAction().specName());
            });
            line.decided().ifPresent(d -> code.put("vendorDecision", d.specName()));
            if (line.counts()) {
                code.put("userText", userText(line, locale));
            }
        }
        root.put("nextAction", report.resolution().action().specName());
        root.put("locale", locale.toLanguageTag());
        root.put("userMessage", userMessage(report, locale));
        out.println(root.toPrettyString());
    }
}
