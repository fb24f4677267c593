package io.codebook.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * A message text a vendor sends with a code, verbatim, with placeholders such as {@code {email}}
 * or {@code %s} left as the vendor writes them.
 *
 * @param text the message
 * @param description the vendor's explanation of when this message is sent; empty where the
 *     vendor gives none
 */
public record VendorMessage(String text, Optional<String> description) {

    public VendorMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(description, "description");
    }

    /** A message the vendor documents without saying when it is sent. */
    public static VendorMessage of(String text) {
        return new VendorMessage(text, Optional.empty());
    }

    /** A message with the vendor's explanation of when it is sent. */
    public static VendorMessage of(String text, String description) {
        return new VendorMessage(text, Optional.of(description));
    }
}
