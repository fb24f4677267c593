package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;

/**
 * A Java name a spec asks for explicitly ({@code javaName}), with where it is written, so the
 * naming stage can report a problem with it at its place.
 */
public record Name(String value, SpecPosition position) {}
