package io.codebook.runtime;

/**
 * Hears of every value generated code could not match ({@link UnknownValue}). Register one either
 * through {@link java.util.ServiceLoader} (a file
 * {@code META-INF/services/io.codebook.runtime.UnknownValueListener} naming the class, which needs a
 * public no-argument constructor) or with {@link UnknownValues#setListener}; without either, reports
 * go to the {@link System.Logger} {@code io.codebook.unknown} at {@code DEBUG}, which is off unless
 * the logging configuration asks for it.
 *
 * <p>It is called on the thread that met the value, in the middle of a lookup or of reading a
 * response: keep it short (count, log, queue). Whatever it does, including throwing, the lookup or
 * read goes on and returns as it would have; a lookup it makes itself is not reported again.
 */
@FunctionalInterface
public interface UnknownValueListener {

    /** A value was met that the catalog does not document. */
    void unknown(UnknownValue value);
}
