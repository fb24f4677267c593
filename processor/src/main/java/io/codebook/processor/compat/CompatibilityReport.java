package io.codebook.processor.compat;

import io.codebook.processor.specset.SpecError;
import java.util.List;

/**
 * What comparing two versions of the specs found.
 *
 * @param baseline how the baseline is named: a directory, a jar's coordinates
 * @param current how the current version is named
 * @param catalogs how many catalogs were compared (in both versions, or in one: added and removed)
 * @param changes every change, by catalog id, then by effect (the most severe first), then by position
 * @param errors every spec of either version that does not bind or name, so its catalog was not compared
 */
public record CompatibilityReport(String baseline, String current, int catalogs, List<Change> changes,
        List<SpecError> errors) {

    public CompatibilityReport {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    /** How many changes have this effect. */
    public long count(Effect effect) {
        return changes.stream().filter(change -> change.effect() == effect).count();
    }

    /** The changes whose effect is {@code level} or more severe. */
    public List<Change> atLeast(Effect level) {
        return changes.stream().filter(change -> change.effect().atLeast(level)).toList();
    }
}
