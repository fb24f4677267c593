package io.codebook.processor.model;

import java.util.Optional;

/**
 * A message text the vendor sends with a code.
 *
 * @param description the vendor's explanation of when this message is sent
 */
public record Message(String text, Optional<String> description) {}
