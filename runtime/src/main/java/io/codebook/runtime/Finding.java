package io.codebook.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import io.codebook.runtime.internal.SentValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One code a vendor response carried, ready to be resolved into a {@link NextAction}: the code as
 * sent (documented or not), the decision the vendor sent for it (if any), and the values that
 * travelled with it.
 *
 * @param role what the code is in the response, in the spec's words, e.g. {@code retry} or
 *     {@code failureTypes}
 * @param code the code as sent; {@link WireCode.Unrecognized} when the catalog does not document it
 * @param decided the action the vendor decided for this code at run time (AiPrise's and ID
 *     Analyzer's per-warning decision), which wins over the documented one
 * @param informational whether the code only names a category that another code of the response
 *     details (Yoti's failure types): kept and shown, but it takes no part in the resolution
 * @param companions the other values sent with the code, as sent (message, severity, decision…)
 */
public record Finding(String role, WireCode<?> code, Optional<NextAction> decided, boolean informational,
        Map<String, String> companions) {

    public Finding {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(decided, "decided");
        companions = SentValues.of(companions);
    }

    /** A documented code on its own, e.g. one an application looked up itself. */
    public static Finding of(MappedCode code) {
        return new Finding("code", WireCode.known(code, Map.of("code", code.code())), Optional.empty(), false, Map.of());
    }

    /** A code as a response carried it, with nothing decided for it. */
    public static Finding of(String role, WireCode<?> code) {
        return new Finding(role, code, Optional.empty(), false, Map.of());
    }

    /**
     * This finding with the decision the vendor sent for it. A customer can reconfigure what a
     * vendor decides (AiPrise templates, ID Analyzer profiles), so the decision sent wins over the
     * documented default.
     *
     * @param decision the decision as an action, empty when the vendor sent none or one that is not
     *     known
     * @param rawDecision the decision exactly as sent, kept in {@link #companions()} under
     *     {@code decision}
     */
    public Finding withDecision(Optional<NextAction> decision, String rawDecision) {
        Map<String, String> with = new LinkedHashMap<>(companions);
        if (rawDecision != null) {
            with.put("decision", rawDecision);
        }
        return new Finding(role, code, decision, informational, with);
    }

    /** The documented code this finding carries, if the catalog documents it. */
    public Optional<CatalogCode> known() {
        return code.known().map(CatalogCode.class::cast);
    }

    /**
     * The action the documentation implies for this code ({@link MappedCode#documentedAction()}),
     * or {@link NextAction#MANUAL_REVIEW} for a code nobody documented: a person looks.
     */
    public NextAction documented() {
        return known().filter(MappedCode.class::isInstance).map(MappedCode.class::cast)
                .map(MappedCode::documentedAction).orElse(NextAction.MANUAL_REVIEW);
    }

    /** The action this finding asks for on its own: the vendor's decision, else the documented one. */
    public NextAction action() {
        return decided.orElseGet(this::documented);
    }

    /** Everything sent with the code: the values it was looked up with, then its companions. */
    public Map<String, String> raw() {
        Map<String, String> raw = new LinkedHashMap<>(code.sent());
        raw.putAll(companions);
        return Collections.unmodifiableMap(raw);
    }
}
