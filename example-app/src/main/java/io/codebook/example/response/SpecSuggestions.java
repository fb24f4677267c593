package io.codebook.example.response;

import io.codebook.runtime.CatalogCode;
import io.codebook.runtime.Finding;
import io.codebook.runtime.UnknownValue;
import io.codebook.runtime.VendorResponse;
import io.codebook.runtime.WireCode;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns the values a response reader reported as unknown into the catalog spec entries a user would
 * add: for a code, its key, where it arrived, the vendor's message as its description and a canonical
 * reason to choose. Pasted into the spec, the next build fails to compile wherever a handler does not
 * handle the new code, which is the point. Vendor-neutral: it reads the reports and the response's
 * findings, never the JSON.
 */
final class SpecSuggestions {

    /** Codebook's reason for a code nobody has classified yet: a person looks at the case. */
    private static final String UNCLASSIFIED = "UNCLASSIFIED";

    private SpecSuggestions() {}

    /** Prints an entry per unknown value; nothing when the catalog knew every value. */
    static void print(String catalog, List<UnknownValue> unknown, VendorResponse response, PrintStream out) {
        if (unknown.isEmpty()) {
            out.println("# " + catalog + " documents every value of this response: nothing to add.");
            return;
        }
        out.println("# " + unknown.size() + (unknown.size() == 1 ? " value" : " values") + " the " + catalog
                + " catalog does not document, as its UnknownValueListener heard them.");
        out.println("# Add each to the spec (codebook/" + catalog + ".yaml) and build: every handler that does not");
        out.println("# handle a new code then fails to compile, and the compatibility check calls the change safe.");
        for (UnknownValue value : unknown) {
            out.println();
            if (value.isCode()) {
                code(value, response, out);
            } else {
                other(value, out);
            }
        }
    }

    private static void code(UnknownValue value, VendorResponse response, PrintStream out) {
        Optional<Finding> finding = response.findings().stream()
                .filter(f -> f.code() instanceof WireCode.Unrecognized<?> && f.code().sent().equals(value.sent()))
                .findFirst();
        String role = finding.map(Finding::role).orElse("?");
        out.println("# " + value.value() + " arrived as a '" + role + "' at " + value.location() + ".");
        TreeSet<String> groups = new TreeSet<>();
        response.findings().stream().filter(f -> f.role().equals(role)).map(Finding::known).flatMap(Optional::stream)
                .map(CatalogCode::group).forEach(group -> groups.add(group.id()));
        out.println("# Put it under the group it belongs to" + (groups.isEmpty() ? "."
                : "; this response's known '" + role + "' codes are in: " + String.join(", ", groups) + "."));
        out.println("      - code: " + yaml(value.sent().getOrDefault("code", value.value())));
        value.sent().forEach((part, sent) -> {
            if (!part.equals("code")) {
                out.println("        " + part + ": " + yaml(sent) + "   # a key part, as sent");
            }
        });
        Optional<String> message = finding.map(f -> f.companions().get("message"));
        message.ifPresentOrElse(
                text -> out.println("        description: " + yaml(text)
                        + "   # the vendor's message as sent; use the documented text where there is one"),
                () -> out.println("        # description: the vendor's documented text, where there is one"));
        out.println("        canonicalReason: " + UNCLASSIFIED
                + "   # choose the reason it means (canonical-reasons); until then a person looks");
        out.println("        # and each attribute the spec requires of a code: the build names any that is missing");
    }

    private static void other(UnknownValue value, PrintStream out) {
        if (value.kind().equals("status")) {
            out.println("# status " + yaml(value.value()) + " at " + value.location() + " is in none of the spec's"
                    + " status vocabularies: it reads as UNKNOWN, so a person looks.");
            out.println("# Add it to the 'values' of the vocabulary read at " + value.location()
                    + " under 'responses: statuses:', with the verdict it means.");
        } else {
            out.println("# " + value.kind() + " " + yaml(value.value()) + " at " + value.location()
                    + " is not one of the values the spec lists for '" + value.kind() + "'; it reads as empty.");
            out.println("# Add it to that attribute's or outcome field's 'values'.");
        }
    }

    /** A YAML scalar: plain where that reads back as the same string, else double-quoted. */
    static String yaml(String text) {
        if (text.matches("[A-Za-z][A-Za-z0-9_.-]*") && !text.matches("(?i)(true|false|yes|no|on|off|null|y|n)")) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
