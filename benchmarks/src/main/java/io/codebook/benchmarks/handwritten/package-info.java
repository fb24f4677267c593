/**
 * The baseline of {@code ResponseReaderBenchmark}: the example app's hand-written Jackson
 * {@code JsonNode} readers of vendor bodies ({@code io.codebook.example.response}: the readers and
 * their helpers {@code Json}, {@code CodeLine} and {@code Report}), as they were before the generated
 * response readers replaced them. They are kept verbatim; only the package and the imports of the
 * generated types (now generated into {@code io.codebook.benchmarks}) changed. The app's command-line
 * parts ({@code ResponseCommand}, {@code ReportOutput}, {@code Vendor}) were not copied;
 * {@link io.codebook.benchmarks.handwritten.HandWrittenReaders}, which is not part of the copy, gives
 * the benchmark its way in.
 */
package io.codebook.benchmarks.handwritten;
