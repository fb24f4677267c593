package io.codebook.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An order the vendor documents among codes: which one wins when several apply.
 *
 * @param order wire codes, the winner first
 */
public record Priority(Optional<String> description, List<String> order) {

    public Priority {
        order = List.copyOf(order);
    }
}
