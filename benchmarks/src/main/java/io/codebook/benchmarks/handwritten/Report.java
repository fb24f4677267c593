package io.codebook.benchmarks.handwritten;

import io.codebook.runtime.Resolution;
import java.util.List;

/**
 * What a vendor response means: the typed outcome, every code in it, and the next action.
 *
 * <p>Benchmark baseline: the example app's hand-written readers ({@code io.codebook.example.response}),
 * kept verbatim; only the package and the imports of generated types changed.
 *
 * @param catalog the vendor's catalog id
 * @param vendor the vendor's name
 * @param outcome the typed outcome, as the generated hierarchy reads it
 * @param lines every code the response carried
 * @param notes other facts of the response worth showing (the vendor's overall decision…)
 * @param resolution the next action for the whole response
 */
record Report(String catalog, String vendor, String outcome, List<CodeLine> lines, List<String> notes,
        Resolution resolution) {

    static Report of(String catalog, String vendor, String outcome, List<CodeLine> lines, List<String> notes,
            int attemptsMade) {
        return new Report(catalog, vendor, outcome, List.copyOf(lines), List.copyOf(notes),
                Resolution.resolve(io.codebook.runtime.Verdict.UNKNOWN, lines.stream().map(CodeLine::finding).toList(),
                        attemptsMade, java.util.OptionalInt.empty()));
    }
}
