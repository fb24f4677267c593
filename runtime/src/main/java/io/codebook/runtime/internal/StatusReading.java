package io.codebook.runtime.internal;

import io.codebook.runtime.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Used by generated code; not an API of its own, and it may change in any release (it is public only
 * because generated code lives in its users' packages).
 *
 * <p>Reads a response's status fields into one {@link Verdict}: each field's value goes through its
 * vocabulary (a value the spec documents as not deciding gives nothing; one it does not document
 * gives {@link Verdict#UNKNOWN}, so an undocumented status never passes as a decided one), and the most cautious verdict among them wins. A response none of
 * whose status fields decides has the verdict {@code UNKNOWN}. The values are kept as sent.
 */
public final class StatusReading {

    private final Map<String, String> sent = new LinkedHashMap<>();
    private final String catalog;
    private Verdict verdict;

    /** A reading whose undocumented values are not reported. */
    public StatusReading() {
        this(null);
    }

    /** @param catalog the catalog whose vocabularies are read, to which undocumented values are reported */
    public StatusReading(String catalog) {
        this.catalog = catalog;
    }

    /**
     * Reads one status field.
     *
     * @param pointer where it is, as the spec writes it (the key of {@link #sent()})
     * @param text its value as text, {@code null} when the response does not carry it
     * @param vocabulary the verdict a value gives: empty for a documented value that does not decide
     *     on its own, {@link Verdict#UNKNOWN} for a value the vocabulary does not document
     */
    public void read(String pointer, String text, Function<String, Optional<Verdict>> vocabulary) {
        if (text == null) {
            return;
        }
        sent.put(pointer, text);
        Optional<Verdict> read = vocabulary.apply(text);
        if (catalog != null && read.isPresent() && read.get() == Verdict.UNKNOWN) {
            UnknownValueReports.read(catalog, "status", pointer, text); // a spec never maps a value to UNKNOWN itself
        }
        read.ifPresent(one -> {
            if (verdict == null || one.isMoreCautiousThan(verdict)) {
                verdict = one;
            }
        });
    }

    /**
     * Reads a status field that occurs once per element of a list (a requirement met per scheme):
     * every value counts, and they are kept as sent, joined by {@code ", "}.
     */
    public void readAll(String pointer, java.util.List<String> texts, Function<String, Optional<Verdict>> vocabulary) {
        if (texts.isEmpty()) {
            return;
        }
        for (String text : texts) {
            read(pointer, text, vocabulary);
        }
        sent.put(pointer, String.join(", ", texts));
    }

    /** The most cautious verdict read; {@code UNKNOWN} when none decided. */
    public Verdict verdict() {
        return verdict == null ? Verdict.UNKNOWN : verdict;
    }

    /** The status values read, as sent, by pointer. */
    public Map<String, String> sent() {
        return SentValues.of(sent);
    }
}
