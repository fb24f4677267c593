package io.codebook.benchmarks.handwritten;

import io.codebook.runtime.Finding;
import io.codebook.runtime.MappedCode;
import io.codebook.runtime.NextAction;
import io.codebook.runtime.WireCode;
import java.util.Map;
import java.util.Optional;

/**
 * One code a response carried, as sent and as the catalog knows it.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 *
 * @param role what the code is in the response, e.g. "retry code" or "failure detail"
 * @param raw the values as sent (code, decision, severity…); never lost
 * @param code the catalog's code, when the catalog documents it
 * @param decided the decision the vendor sent for it at run time, as an action
 * @param counts whether it takes part in deciding the next action (a failure type only names a category)
 */
record CodeLine(String role, Map<String, String> raw, Optional<? extends MappedCode> code, Optional<NextAction> decided,
        boolean counts) {

    static CodeLine of(String role, Map<String, String> raw, Optional<? extends MappedCode> code) {
        return new CodeLine(role, raw, code, Optional.empty(), true);
    }

    /** The wire value as a person reads it: the code, or the key values of a composite key. */
    String wire() {
        return raw.containsKey("code") ? '"' + raw.get("code") + '"'
                : String.join(" / ", raw.values().stream().map(v -> '"' + v + '"').toList());
    }

    CodeLine withDecision(Optional<NextAction> decision) {
        return new CodeLine(role, raw, code, decision, counts);
    }

    CodeLine informational() {
        return new CodeLine(role, raw, code, decided, false);
    }

    Finding finding() {
        // the vendor's decision counts even for a code the catalog does not know yet
        WireCode<?> wire = code.isPresent() ? WireCode.known(code.get(), raw) : WireCode.unrecognized(raw);
        return new Finding(role, wire, Optional.empty(), !counts, java.util.Map.of())
                .withDecision(decided, raw.get("decision"));
    }
}
