package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.Optional;

/**
 * Where a code or an enum value is in its life: deprecated (the vendor's documents say to stop relying on
 * it, or Codebook plans to remove it), and perhaps retired (the vendor no longer sends it, but stored
 * payloads still carry it, so the generated API keeps recognising it).
 *
 * @param reason why, in the spec's words; it becomes the {@code @deprecated} javadoc
 * @param replacedBy the wire value of what to use instead, when there is one: a code's {@code code}, or
 *     another value of the same attribute
 * @param since when it was deprecated (a document version, a date), when the spec says
 * @param retired whether the vendor no longer sends it at all
 * @param position where the {@code deprecated:} map is written (its first key, or its opening brace)
 */
public record Deprecation(String reason, Optional<String> replacedBy, Optional<String> since, boolean retired,
        SpecPosition position) {}
