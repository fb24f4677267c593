package io.codebook.example;

import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.LocalizedCode;
import io.codebook.runtime.MappedCode;
import java.util.Locale;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Explains the codes KYC vendors send, using only code generated from the vendors' catalogs.
 *
 * <pre>
 * java -jar codebook-example-app.jar                       # a tour: each catalog, then sample codes
 * java -jar codebook-example-app.jar id-analyzer FACE_MISMATCH
 * java -jar codebook-example-app.jar biometric-vision Liveness CLIENT "Operation aborted by user"
 * java -jar codebook-example-app.jar --locale kk argos 1 retry glare_detected
 * </pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /** Runs the app; returns the exit status: 0 when every code was known, 2 for usage errors, 1 otherwise. */
    static int run(List<String> args, PrintStream out) {
        Locale locale = Locale.ENGLISH;
        if (args.size() >= 2 && args.get(0).equals("--locale")) {
            locale = Locale.forLanguageTag(args.get(1));
            args = args.subList(2, args.size());
        }
        if (args.isEmpty()) {
            tour(out);
            return 0;
        }
        CodeLookup.Vendor vendor = CodeLookup.VENDORS.get(args.get(0));
        if (vendor == null || args.size() < 2) {
            out.println("usage: codebook-example [--locale TAG] [CATALOG WIRE-VALUE...]");
            CodeLookup.VENDORS.values().stream()
                    .sorted((a, b) -> a.catalogId().compareTo(b.catalogId()))
                    .forEach(v -> out.println("  " + v.catalogId() + " " + v.keyHelp()));
            return 2;
        }
        return explain(vendor, args.subList(1, args.size()), locale, out) ? 0 : 1;
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
