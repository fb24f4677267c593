package io.codebook.example;

import io.codebook.example.response.ResponseCommand;
import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains the codes KYC vendors send, using only code generated from the vendors' catalogs.
 *
 * <pre>
 * java -jar codebook-example-app.jar                       # a tour: each catalog, then sample codes
 * java -jar codebook-example-app.jar id-analyzer FACE_MISMATCH
 * java -jar codebook-example-app.jar biometric-vision Liveness CLIENT "Operation aborted by user"
 * java -jar codebook-example-app.jar --locale kk argos 1 retry glare_detected
 * java -jar codebook-example-app.jar --locale ru samples/argos-step1-retry.json
 * cat webhook.json | java -jar codebook-example-app.jar --json -
 * java -jar codebook-example-app.jar --suggest-spec samples/aiprise/user-verification--newer-warning-codes.handmade.json
 * </pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /**
     * Runs the app. Exit status: for a response, which action won (0 proceed, 10 retry-capture, 11
     * retry-later, 12 user-action, 13 manual-review, 14 fix-integration, 15 reject), or with
     * {@code --suggest-spec} 0 when the catalog knew every value and 1 otherwise; 2 for a usage
     * error, 3 for unreadable or malformed JSON, 4 for a payload whose vendor is unknown; for single
     * codes, 0 when every code was known and 1 otherwise.
     */
    static int run(List<String> args, PrintStream out) {
        return run(args, System.in, out, out);
    }

    static int run(List<String> arguments, InputStream stdin, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        Locale locale = Locale.ENGLISH;
        Optional<String> vendorOption = Optional.empty();
        Integer step = null;
        boolean json = false;
        boolean suggestSpec = false;
        while (!args.isEmpty() && args.get(0).startsWith("--")) {
            String option = args.remove(0);
            if (option.equals("--json")) {
                json = true;
                continue;
            }
            if (option.equals("--suggest-spec")) {
                suggestSpec = true;
                continue;
            }
            if (args.isEmpty()) {
                return usage(err, option + " needs a value");
            }
            String value = args.remove(0);
            switch (option) {
                case "--locale" -> locale = Locale.forLanguageTag(value);
                case "--vendor" -> vendorOption = Optional.of(value);
                case "--step" -> {
                    if (!value.matches("[12]")) {
                        return usage(err, "--step is 1 or 2");
                    }
                    step = Integer.valueOf(value);
                }
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        if (args.isEmpty()) {
            tour(out);
            return 0;
        }
        CodeLookup.Vendor vendor = CodeLookup.VENDORS.get(args.get(0));
        if (vendor != null && args.size() >= 2) {
            return explain(vendor, args.subList(1, args.size()), locale, out) ? 0 : 1;
        }
        if (args.size() == 1 && vendor == null) {
            return ResponseCommand.run(new ResponseCommand.Options(args.get(0), vendorOption, step, locale, json,
                    suggestSpec), stdin, out, err);
        }
        return usage(err, "expected a response file (or -) or a catalog and wire values");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: " + problem);
        err.println("usage: codebook-example [--vendor NAME] [--step N] [--locale TAG] [--json | --suggest-spec]"
                + " RESPONSE.json|-");
        err.println("       codebook-example [--locale TAG] CATALOG WIRE-VALUE...");
        CodeLookup.VENDORS.values().stream()
                .sorted((a, b) -> a.catalogId().compareTo(b.catalogId()))
                .forEach(v -> err.println("         " + v.catalogId() + " " + v.keyHelp()));
        return ResponseCommand.USAGE;
    }

    private static void tour(PrintStream out) {
        out.println("Codebook example: catalogs generated at compile time from the vendors' documents.");
        out.println();
        CatalogSummary.print(out);
        out.println();
        out.println("What some vendor responses mean:");
        explain(CodeLookup.VENDORS.get("id-analyzer"), List.of("FACE_MISMATCH"), out);
        explain(CodeLookup.VENDORS.get("aiprise"), List.of("DOCUMENT_EXPIRED"), out);
        explain(CodeLookup.VENDORS.get("biometric-vision"), List.of("Liveness", "CLIENT", "Operation aborted by user"), out);
        explain(CodeLookup.VENDORS.get("biometric-vision"), List.of("Liveness", "SERVICE_ERROR", "None"), out);
        explain(CodeLookup.VENDORS.get("argos"), List.of("1", "error", "invalid_idType"), out);
        explain(CodeLookup.VENDORS.get("yoti-reason"), List.of("FACE_MATCH_VERIFICATION_HIGHER_THRESHOLD_FAILED"), out);
        explain(CodeLookup.VENDORS.get("yoti-failure-detail"), List.of("UNABLE_TO_VERIFY_ADDRESS"), out);
        explain(CodeLookup.VENDORS.get("id-analyzer"), List.of("FACE_MISMATCH_V2"), out);
        out.println();
        out.println("Responses as typed outcomes:");
        OutcomeTour.print(out);
    }

    static boolean explain(CodeLookup.Vendor vendor, List<String> wire, PrintStream out) {
        return explain(vendor, wire, Locale.ENGLISH, out);
    }

    /** Prints what the wire values mean, and what to tell the user in {@code locale}; false when unknown. */
    static boolean explain(CodeLookup.Vendor vendor, List<String> wire, Locale locale, PrintStream out) {
        Optional<? extends CatalogCode> code = vendor.lookup().apply(wire);
        String sent = String.join(" / ", wire.stream().map(Main::quoted).toList());
        if (code.isEmpty()) {
            out.println("- " + vendor.catalogId() + " sent " + sent
                    + ": not in the catalog. Kept as sent; the vendor may have added it after the spec was written.");
            return false;
        }
        CatalogCode known = code.get();
        out.println("- " + vendor.catalogId() + " sent " + sent + ": " + known.name()
                + " (section \"" + known.group().title() + "\")");
        known.description().ifPresent(d -> out.println("    " + d));
        known.messages().forEach(m -> out.println("    message: " + m.text()
                + m.description().map(d -> "  [" + d + "]").orElse("")));
        VendorFacts.of(known).ifPresent(facts -> out.println("    " + facts));
        if (known instanceof MappedCode mapped) {
            out.println("    canonical reason " + mapped.canonicalReason().name() + ", next action "
                    + mapped.documentedAction().specName());
        }
        if (known instanceof LocalizedCode localized) {
            out.println("    tell the user (" + locale.toLanguageTag() + "): " + localized.userText(locale));
        }
        return true;
    }

    private static String quoted(String value) {
        return '"' + value + '"';
    }
}
