package io.codebook.benchmarks;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.EnumMap;
import java.util.Map;

/**
 * Adds up the wall time javac spends in each phase it reports to task listeners, to say where a
 * compilation's time goes. Annotation processing covers every round: the processors, and javac
 * parsing and entering what they generated. Analysis (attribution and flow) and class generation are
 * reported once per class; lowering between them and the first parse are in none of the three.
 */
final class PhaseClock implements TaskListener {

    private final Map<TaskEvent.Kind, Long> startedAt = new EnumMap<>(TaskEvent.Kind.class);
    private final Map<TaskEvent.Kind, Integer> depth = new EnumMap<>(TaskEvent.Kind.class);
    private final Map<TaskEvent.Kind, Long> totals = new EnumMap<>(TaskEvent.Kind.class);

    long nanos(TaskEvent.Kind kind) {
        return totals.getOrDefault(kind, 0L);
    }

    // Counting depth keeps a phase that javac re-enters for a dependency from being counted twice.
    @Override
    public void started(TaskEvent event) {
        int level = depth.merge(event.getKind(), 1, Integer::sum);
        if (level == 1) {
            startedAt.put(event.getKind(), System.nanoTime());
        }
    }

    @Override
    public void finished(TaskEvent event) {
        int level = depth.merge(event.getKind(), -1, Integer::sum);
        if (level == 0) {
            totals.merge(event.getKind(), System.nanoTime() - startedAt.get(event.getKind()), Long::sum);
        }
    }
}
