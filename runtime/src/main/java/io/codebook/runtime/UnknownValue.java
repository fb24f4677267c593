package io.codebook.runtime;

import io.codebook.runtime.internal.SentValues;
import java.util.Map;
import java.util.Objects;

/**
 * A value a vendor sent that generated code could not match to anything its catalog documents: a
 * code the vendor added after the spec was written, a spelling nobody documented, a status or a field
 * value the spec does not list. Reported to the {@link UnknownValueListener} as it is met, so a team
 * learns of a vendor's new code from its own logs rather than from a user.
 *
 * @param catalog the id of the catalog that did not know it, e.g. {@code aiprise}
 * @param kind what the value is: {@code code} for a code, else the name of the field or status
 *     vocabulary it was read as (e.g. {@code decision}, {@code runStatus})
 * @param location where it was met: the JSON pointer the spec reads it from when a response reader
 *     read it ({@code /aiprise_summary/warnings/*}{@code /code}), else the generated method that was
 *     given it ({@code AiPriseWarning.fromCode}, {@code AiPriseOutcome.warning})
 * @param value the value as sent; for a code of a composite key, its {@code code} part, or the
 *     parts joined by {@code " / "} where the key has no code
 * @param sent every value it was looked up with, by key part (a code) or by {@code kind}, as sent
 */
public record UnknownValue(String catalog, String kind, String location, String value, Map<String, String> sent) {

    public UnknownValue {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
        sent = SentValues.of(sent);
    }

    /** Whether it is a code (rather than a field or status value). */
    public boolean isCode() {
        return kind.equals("code");
    }

    @Override
    public String toString() {
        return catalog + " " + kind + " '" + value + "' at " + location;
    }
}
