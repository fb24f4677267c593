package io.codebook.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * What one timed compilation measured: wall time, the compiling thread's CPU time and allocated
 * bytes, and the wall time of the phases inside it (0 where a phase did not run, such as processing
 * under -proc:none). CPU time is not stretched by other processes competing for the machine, but
 * leaves out the garbage collector's threads; wall time is what the goals are stated in.
 *
 * @param processingNanos every annotation processing round, the processor's own time included
 * @param codebookNanos the time spent inside Codebook's processor
 * @param analyzeNanos attribution and flow analysis of every class
 * @param generateNanos writing every class file
 */
record Sample(long nanos, long cpuNanos, long allocatedBytes, long processingNanos, long codebookNanos,
        long analyzeNanos, long generateNanos) {

    /** What is in none of the phases above: setup, the first parse and enter, lowering. */
    long otherNanos() {
        return nanos - processingNanos - analyzeNanos - generateNanos;
    }

    /** javac's part of the processing rounds: parsing and entering the generated sources, round upkeep. */
    long roundsNanos() {
        return processingNanos - codebookNanos;
    }

    /** The median of one measure over several samples; the upper middle one for an even count. */
    static long median(List<Sample> samples, ToLongFunction<Sample> measure) {
        long[] values = samples.stream().mapToLong(measure).toArray();
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
