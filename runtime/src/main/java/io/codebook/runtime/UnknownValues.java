package io.codebook.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Where reports of unknown values go: the listener set here, else those registered through
 * {@link ServiceLoader}, else the {@link System.Logger} {@code io.codebook.unknown} at {@code DEBUG}.
 *
 * <p>Lookups of documented codes never come here: only a value no code or value matches is
 * reported, so the cost of a listener falls on unknown values alone.
 */
public final class UnknownValues {

    /** The logger the default listener writes to; at {@code DEBUG}, so silent unless asked for. */
    public static final String LOGGER = "io.codebook.unknown";

    private static volatile UnknownValueListener set;
    private static volatile UnknownValueListener loaded;

    private UnknownValues() {}

    /**
     * Sends every later report to {@code listener}, instead of the listeners found through
     * {@link ServiceLoader} or the logger; {@code null} goes back to those.
     */
    public static void setListener(UnknownValueListener listener) {
        set = listener;
    }

    /** The listener reports go to now. */
    public static UnknownValueListener listener() {
        UnknownValueListener current = set;
        if (current != null) {
            return current;
        }
        UnknownValueListener found = loaded;
        if (found == null) {
            found = load();
            loaded = found;
        }
        return found;
    }

    /**
     * Whether a report would reach anyone: {@code false} only when it would go to the default logger and
     * that logger's {@code DEBUG} is off, so generated code builds no report nobody reads.
     */
    public static boolean listening() {
        UnknownValueListener current = listener();
        return !(current instanceof LoggingListener logging) || logging.enabled();
    }

    /** The {@link ServiceLoader} listeners, all of them in the order found; the logger when there are none. */
    private static UnknownValueListener load() {
        List<UnknownValueListener> listeners = new ArrayList<>();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            for (UnknownValueListener listener : ServiceLoader.load(UnknownValueListener.class,
                    loader != null ? loader : UnknownValues.class.getClassLoader())) {
                listeners.add(listener);
            }
        } catch (RuntimeException | java.util.ServiceConfigurationError broken) {
            System.getLogger(LOGGER).log(Level.WARNING, "a registered UnknownValueListener could not be loaded; unknown"
                    + " values are logged here instead", broken);
        }
        if (listeners.isEmpty()) {
            return new LoggingListener();
        }
        if (listeners.size() == 1) {
            return listeners.get(0);
        }
        List<UnknownValueListener> all = List.copyOf(listeners);
        // one that throws does not keep the report from the others
        return value -> all.forEach(listener -> io.codebook.runtime.internal.UnknownValueReports.deliver(listener, value));
    }

    /** The default: one line per value at {@code DEBUG}. */
    private static final class LoggingListener implements UnknownValueListener {

        private final System.Logger logger = System.getLogger(LOGGER);

        boolean enabled() {
            return logger.isLoggable(Level.DEBUG);
        }

        @Override
        public void unknown(UnknownValue value) {
            if (enabled()) {
                logger.log(Level.DEBUG, "not in the catalog: {0}", value);
            }
        }
    }
}
