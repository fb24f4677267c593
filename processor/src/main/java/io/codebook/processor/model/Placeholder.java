package io.codebook.processor.model;

import java.util.Optional;

/** A typed parameter of a code's texts, such as {@code {email}} or the first {@code %s}. */
public record Placeholder(String name, PlaceholderType type, Optional<String> description) {}
