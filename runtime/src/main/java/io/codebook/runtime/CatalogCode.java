package io.codebook.runtime;

import java.util.List;
import java.util.Optional;

/**
 * One documented code of a vendor catalog. Every generated code enum implements this, so code
 * that logs, stores or reports codes can treat all vendors alike.
 */
public interface CatalogCode {

    /**
     * The code as the vendor sends it, exactly (case and underscores kept). For a catalog whose
     * codes are identified by several values (a composite key), the present key values joined by
     * {@code " / "}, for display.
     */
    String code();

    /** The name of the constant in the generated enum, e.g. {@code DOCUMENT_EXPIRED}. */
    String name();

    /** The section of the vendor's document this code is listed in. */
    CatalogGroup group();

    /** The vendor's own description, verbatim; empty where the vendor gives none. */
    Optional<String> description();

    /** The message texts the vendor sends with this code, verbatim, in the document's order. */
    List<VendorMessage> messages();

    /** The catalog this code belongs to. */
    CatalogInfo catalog();

    /**
     * Whether the catalog deprecates this code: the vendor renamed it or is phasing it out. It is
     * still looked up and read like any other; {@link #replacement()} names what to use instead.
     */
    default boolean deprecated() {
        return false;
    }

    /**
     * Whether the vendor no longer sends this code at all (it is then deprecated too). It stays in
     * the catalog so that stored payloads still read.
     */
    default boolean retired() {
        return false;
    }

    /** The code to use instead of this one, where the catalog deprecates it in favour of another. */
    default Optional<? extends CatalogCode> replacement() {
        return Optional.empty();
    }

    /**
     * The vendor's own text for logs and support: its description, else its first message, verbatim
     * (placeholders such as {@code %s} left as written); empty where the vendor gives neither.
     */
    default String vendorText() {
        return description()
                .or(() -> messages().stream().findFirst().map(VendorMessage::text))
                .orElse("");
    }
}
