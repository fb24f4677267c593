package io.codebook.runtime;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A body of none of the shapes a vendor's spec describes. Every generated response type has one
 * ({@code ArgosResponse.Unrecognized}, …), and they all answer alike: shape {@code unrecognized},
 * verdict {@link Verdict#UNKNOWN} (so it never resolves to proceed: a person looks), no findings,
 * and the body kept as it was given.
 */
public interface UnrecognizedResponse extends VendorResponse {

    /** The shape name of a body of no documented shape. */
    String SHAPE = "unrecognized";

    @Override
    default String shape() {
        return SHAPE;
    }

    @Override
    default Verdict verdict() {
        return Verdict.UNKNOWN;
    }

    @Override
    default List<Finding> findings() {
        return List.of();
    }

    @Override
    default Map<String, String> statuses() {
        return Map.of();
    }

    @Override
    default Map<String, String> details() {
        return Map.of();
    }

    @Override
    default OptionalInt attemptsMade() {
        return OptionalInt.empty();
    }
}
