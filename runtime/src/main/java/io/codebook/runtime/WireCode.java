package io.codebook.runtime;

import io.codebook.runtime.internal.SentValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A code as a vendor sent it: {@link Known} when the catalog documents it, {@link Unrecognized}
 * when it does not (a code the vendor added, a spelling nobody documented). Either way the values
 * as sent are kept, so nothing the response said is lost because one code is new.
 *
 * <p>Handle both: {@link #match} on Java 17, or a {@code switch} over the two records on Java 21+.
 *
 * @param <C> the catalog's code type
 */
public sealed interface WireCode<C extends CatalogCode> permits WireCode.Known, WireCode.Unrecognized {

    /**
     * The values the code was looked up with, as sent, by key part ({@code code}, and for a
     * composite key the others, e.g. {@code step}); a part the response did not carry is left out.
     */
    Map<String, String> sent();

    /** The code's own wire value as sent ({@code sent().get("code")}); empty when none was sent. */
    default String wire() {
        return sent().getOrDefault("code", "");
    }

    /** The documented code, or empty when the catalog does not document what was sent. */
    Optional<C> known();

    /**
     * The result of {@code known} for a documented code, else of {@code unrecognized}.
     *
     * @param <R> what the handlers return
     * @param known handles a documented code
     * @param unrecognized handles a code the catalog does not document
     * @return what the handler returned
     */
    <R> R match(Function<? super C, ? extends R> known, Function<? super Unrecognized<C>, ? extends R> unrecognized);

    /** A documented code, with the values it was sent as. */
    static <C extends CatalogCode> WireCode<C> known(C code, Map<String, String> sent) {
        return new Known<>(code, sent);
    }

    /** Values no documented code has, kept as sent. */
    static <C extends CatalogCode> WireCode<C> unrecognized(Map<String, String> sent) {
        return new Unrecognized<>(sent);
    }

    /**
     * The code {@code lookup} finds for a wire value, else that value unrecognized.
     *
     * @param <C> the catalog's code type
     * @param wire the code as sent
     * @param lookup the catalog's lookup, e.g. {@code IdAnalyzerWarning::fromCode}
     */
    static <C extends CatalogCode> WireCode<C> lookup(String wire, Function<String, Optional<C>> lookup) {
        Map<String, String> sent = wire == null ? Map.of() : Map.of("code", wire);
        Optional<C> known = wire == null ? Optional.empty() : lookup.apply(wire);
        return known.isPresent() ? known(known.get(), sent) : unrecognized(sent);
    }

    /**
     * A code the catalog documents.
     *
     * @param <C> the catalog's code type
     * @param code the documented code
     * @param sent the values as sent
     */
    record Known<C extends CatalogCode>(C code, Map<String, String> sent) implements WireCode<C> {

        public Known {
            Objects.requireNonNull(code, "code");
            sent = copy(sent);
        }

        @Override
        public Optional<C> known() {
            return Optional.of(code);
        }

        @Override
        public <R> R match(Function<? super C, ? extends R> known,
                Function<? super Unrecognized<C>, ? extends R> unrecognized) {
            return known.apply(code);
        }
    }

    /**
     * Values the catalog does not document, kept as sent: a person looks, and the spec may learn
     * the code later.
     *
     * @param <C> the catalog's code type
     * @param sent the values as sent
     */
    record Unrecognized<C extends CatalogCode>(Map<String, String> sent) implements WireCode<C> {

        public Unrecognized {
            sent = copy(sent);
        }

        @Override
        public Optional<C> known() {
            return Optional.empty();
        }

        @Override
        public <R> R match(Function<? super C, ? extends R> known,
                Function<? super Unrecognized<C>, ? extends R> unrecognized) {
            return unrecognized.apply(this);
        }
    }

    /** An unmodifiable copy in the given order, without null keys or values. */
    private static Map<String, String> copy(Map<String, String> sent) {
        return SentValues.of(sent);
    }
}
