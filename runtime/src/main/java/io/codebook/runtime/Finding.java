package io.codebook.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a vendor response said, ready to be resolved into a {@link NextAction}: the code when
 * the catalog knows it, the action its documentation implies, the decision the vendor sent for it
 * (if any), and the raw values as they arrived.
 *
 * @param code the code, empty when the catalog does not know what the vendor sent
 * @param documented the action the documentation implies ({@link MappedCode#documentedAction()}),
 *     or {@link NextAction#MANUAL_REVIEW} for a code nobody documented
 * @param decided the action the vendor decided at run time, which wins over {@code documented}
 * @param raw the vendor's values as sent, e.g. {@code code}, {@code decision}; never lost
 */
public record Finding(Optional<MappedCode> code, NextAction documented, Optional<NextAction> decided,
        Map<String, String> raw) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(documented, "documented");
        Objects.requireNonNull(decided, "decided");
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** A documented code, with its wire value as the raw {@code code}. */
    public static Finding of(MappedCode code) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("code", code.code());
        return new Finding(Optional.of(code), code.documentedAction(), Optional.empty(), raw);
    }

    /**
     * Something the catalog does not know: a person has to look, and what arrived is kept.
     *
     * @param raw the values as sent
     */
    public static Finding unknown(Map<String, String> raw) {
        return new Finding(Optional.empty(), NextAction.MANUAL_REVIEW, Optional.empty(), raw);
    }

    /**
     * This finding with the decision the vendor sent for it. A customer can reconfigure what a
     * vendor decides (AiPrise templates, ID Analyzer profiles), so the decision sent wins over the
     * documented default.
     *
     * @param decision the decision as an action, empty when the vendor sent none or one that is not
     *     known
     * @param rawDecision the decision exactly as sent, kept in {@link #raw()} under {@code decision}
     */
    public Finding withDecision(Optional<NextAction> decision, String rawDecision) {
        Map<String, String> withRaw = new LinkedHashMap<>(raw);
        if (rawDecision != null) {
            withRaw.put("decision", rawDecision);
        }
        return new Finding(code, documented, decision, withRaw);
    }

    /** The action this finding asks for on its own: the vendor's decision, else the documented one. */
    public NextAction action() {
        return decided.orElse(documented);
    }
}
