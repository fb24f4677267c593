package io.codebook.example.response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.codebook.example.CanonicalReason;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.Finding;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.Resolution;
import io.codebook.runtime.ResponseReader;
import io.codebook.runtime.VendorResponse;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints a read response for people, or as JSON for machines, through the runtime's vendor-neutral API. */
final class ResponseOutput {

    private ResponseOutput() {}

    /** What to tell the end user about one code: its own text, or, for a code nobody documented, a neutral one. */
    static String userText(Finding finding, Locale locale) {
        return finding.known().filter(LocalizedCode.class::isInstance).map(code -> ((LocalizedCode) code).userText(locale))
                .orElseGet(() -> CanonicalReason.UNCLASSIFIED.userText(locale));
    }

    /**
     * The end user's message for the whole response: none to proceed, the deciding code's text, else
     * (the vendor's verdict decided, or no code explains it) a neutral one.
     */
    static String userMessage(Resolution resolution, Locale locale) {
        if (resolution.action() == NextAction.PROCEED) {
            return "";
        }
        return resolution.decisive().map(finding -> userText(finding, locale))
                .orElseGet(() -> CanonicalReason.UNCLASSIFIED.userText(locale));
    }

    /** The code as sent, with the other values it was looked up by: {@code "glare_detected" (step 1, kind retry)}. */
    private static String wire(Finding finding) {
        Map<String, String> sent = finding.code().sent();
        if (!sent.containsKey("code")) {
            return String.join(" / ", sent.values().stream().map(v -> '"' + v + '"').toList());
        }
        List<String> others = sent.entrySet().stream().filter(e -> !e.getKey().equals("code"))
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        return '"' + sent.get("code") + '"' + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
    }

    static void printText(ResponseReader<?> reader, VendorResponse response, Locale locale, PrintStream out) {
        Resolution resolution = response.resolve();
        out.println("Vendor: " + reader.catalog().vendor() + " (catalog " + reader.catalog().id() + ")");
        out.println("Shape: " + response.shape());
        out.println("Verdict: " + response.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (response.statuses().isEmpty() ? "" : " " + response.statuses()));
        response.attemptsMade().ifPresent(attempts -> out.println("  attempts made: " + attempts));
        response.details().forEach((name, value) -> out.println("  " + name + ": " + value));
        for (Finding finding : response.findings()) {
            Optional<CatalogCode> known = finding.known();
            out.println("- " + finding.role() + " " + wire(finding) + ": "
                    + known.map(CatalogCode::name).orElse("not in the catalog, kept as sent " + finding.raw()));
            known.ifPresent(code -> {
                if (!code.vendorText().isEmpty()) {
                    out.println("    vendor text: " + code.vendorText());
                }
                if (code instanceof MappedCode mapped) {
                    out.println("    canonical reason: " + mapped.canonicalReason().name() + ", documented action "
                            + mapped.documentedAction().specName());
                }
            });
            finding.companions().forEach((name, value) -> out.println("    " + name + ": " + value));
            finding.decided().ifPresent(d -> out.println("    vendor decided: " + d.specName()));
            if (finding.informational()) {
                out.println("    informational: names the category another code details");
            } else if (resolution.action() != NextAction.PROCEED) {
                out.println("    tell the user (" + locale.toLanguageTag() + "): " + userText(finding, locale));
            }
        }
        out.println("Next action: " + resolution.action().specName() + resolution.decisive()
                .map(f -> " (decided by " + f.role() + " " + wire(f) + ")").orElse(" (decided by the verdict)"));
        if (resolution.integrationError() && resolution.action() != NextAction.FIX_INTEGRATION) {
            out.println("Integration error: a code says our request or configuration is wrong; fix it too");
        }
        String message = userMessage(resolution, locale);
        if (!message.isEmpty()) {
            out.println("Tell the user (" + locale.toLanguageTag() + "): " + message);
        }
    }

    static void printJson(ResponseReader<?> reader, VendorResponse response, Locale locale, PrintStream out) {
        Resolution resolution = response.resolve();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("vendor", reader.catalog().vendor());
        root.put("catalog", reader.catalog().id());
        root.put("shape", response.shape());
        root.put("verdict", response.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ObjectNode statuses = root.putObject("statuses");
        response.statuses().forEach(statuses::put);
        ObjectNode details = root.putObject("details");
        response.details().forEach(details::put);
        response.attemptsMade().ifPresent(attempts -> root.put("attemptsMade", attempts));
        ArrayNode codes = root.putArray("codes");
        for (Finding finding : response.findings()) {
            ObjectNode code = codes.addObject();
            code.put("role", finding.role());
            ObjectNode raw = code.putObject("raw");
            finding.raw().forEach(raw::put);
            code.put("known", finding.known().isPresent());
            finding.known().ifPresent(known -> {
                code.put("constant", known.name());
                code.put("vendorText", known.vendorText());
                if (known instanceof MappedCode mapped) {
                    code.put("canonicalReason", mapped.canonicalReason().name());
                    code.put("documentedAction", mapped.documentedAction().specName());
                }
            });
            finding.decided().ifPresent(d -> code.put("vendorDecision", d.specName()));
            code.put("informational", finding.informational());
            if (!finding.informational()) {
                code.put("userText", userText(finding, locale));
            }
        }
        root.put("nextAction", resolution.action().specName());
        root.put("integrationError", resolution.integrationError());
        root.put("locale", locale.toLanguageTag());
        root.put("userMessage", userMessage(resolution, locale));
        out.println(root.toPrettyString());
    }
}
