package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Optional;

/**
 * A kind of outcome a vendor response can carry (a retry, an error, an abort), with the codes it
 * may hold and the typed fields it carries besides them. Generators turn the outcomes of a
 * catalog into a sealed hierarchy; every catalog also has an implicit "unknown" outcome.
 *
 * @param javaName the simple name of the generated type the spec asks for, if any
 * @param codes which codes of the catalog this outcome may hold; empty when it holds none
 * @param list whether the outcome holds a list of such codes (an ARGOS retry answer lists
 *     several retry codes) rather than one
 * @param fields what the outcome carries besides its code, typed like attributes
 * @param position where the outcome's {@code id} is written
 */
public record Outcome(String id, Optional<Name> javaName, Optional<String> description, Optional<CodeSelector> codes,
        boolean list, List<Attribute> fields, SpecPosition position) {

    public Outcome {
        fields = List.copyOf(fields);
    }
}
