package io.codebook.benchmarks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac compilation in this JVM, timed as a build tool runs it: a new file manager and task, the
 * sources read from and the classes written to disk. javac compiles on the calling thread, so that
 * thread's CPU time and allocation counter measure the compilation's.
 */
final class Javac {

    /** The options every timed compilation uses: strict lint as we ask consumers to build, Java 17. */
    static final List<String> LINT_AND_RELEASE = List.of("-Xlint:all", "-Xlint:-processing", "--release", "17");

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    /** What one compilation produced, and what it measured. */
    record Result(boolean succeeded, List<String> errors, List<String> warnings, Sample sample) {

        /** Fails the run: a time measured on a compilation that failed would be meaningless. */
        Result requireSuccess(String what) {
            if (!succeeded) {
                throw new IllegalStateException(what + " did not compile (" + errors.size() + " errors; a"
                        + " StackOverflowError or OutOfMemoryError means the JVM needs -Xss8m -Xmx3g):\n"
                        + errors.stream().limit(20).collect(Collectors.joining("\n")));
            }
            return this;
        }
    }

    private Javac() {}

    /**
     * Compiles {@code sources} with {@code options}, with {@code processor} as the only annotation
     * processor or, if empty, with none passed (add {@code -proc:none} to the options to turn
     * discovery off too).
     */
    static Result compile(List<Path> sources, List<String> options, Optional<Processor> processor) {
        if (COMPILER == null) {
            throw new IllegalStateException("no system Java compiler: run the benchmarks on a JDK, not a JRE");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        PhaseClock phases = new PhaseClock();
        Optional<TimedProcessor> timed = processor.map(TimedProcessor::new);
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        boolean succeeded;
        try (StandardJavaFileManager files = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) COMPILER.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.addTaskListener(phases);
            timed.ifPresent(p -> task.setProcessors(List.of(p)));
            succeeded = task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
        long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
        Sample sample = new Sample(nanos, cpuNanos, bytes, phases.nanos(TaskEvent.Kind.ANNOTATION_PROCESSING),
                timed.map(TimedProcessor::nanos).orElse(0L), phases.nanos(TaskEvent.Kind.ANALYZE),
                phases.nanos(TaskEvent.Kind.GENERATE));
        return new Result(succeeded, messages(diagnostics, Diagnostic.Kind.ERROR),
                messages(diagnostics, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING), sample);
    }

    private static List<String> messages(DiagnosticCollector<JavaFileObject> diagnostics, Diagnostic.Kind... kinds) {
        List<Diagnostic.Kind> wanted = List.of(kinds);
        return diagnostics.getDiagnostics().stream()
                .filter(d -> wanted.contains(d.getKind()))
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT))
                .toList();
    }
}
