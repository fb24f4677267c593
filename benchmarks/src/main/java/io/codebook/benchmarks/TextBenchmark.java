package io.codebook.benchmarks;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Formatting an end-user text with an argument: the generated typed method (concatenation compiled at
 * build time) against {@link MessageFormat} on the same text, as an application would do with a
 * bundle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TextBenchmark {

    private final Locale russian = Locale.forLanguageTag("ru-KZ");
    private final String pattern = ArgosCode.REJECT_UNDER_AGE_LIMIT.userText(Locale.forLanguageTag("ru"))
            .replace("'", "''").replace("{age}", "{0}");
    private int age = 18;

    @Benchmark
    public String baselineMessageFormat() {
        return MessageFormat.format(pattern, age);
    }

    @Benchmark
    public String generatedTypedText() {
        return ArgosCode.Texts.rejectUnderAgeLimit(russian, age);
    }

    @Benchmark
    public String generatedUserTextFromBundle() {
        return CanonicalReason.IMAGE_QUALITY_POOR.userText(russian);
    }
}
