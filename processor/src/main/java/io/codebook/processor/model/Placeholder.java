package io.codebook.processor.model;

import java.util.Optional;

/**
 * A typed parameter of a code's texts, such as {@code {email}} or the first {@code %s}.
 *
 * @param userTextOnly whether only the end-user texts use it (a team's own wording may say more
 *     than the vendor's text): the vendor's texts are checked without it
 */
public record Placeholder(String name, PlaceholderType type, Optional<String> description, boolean userTextOnly) {}
