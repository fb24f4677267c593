package io.codebook.maven;

import io.codebook.processor.compat.Change;
import io.codebook.processor.compat.CompatibilityReport;
import io.codebook.processor.compat.Effect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The least severe effect that fails the build: {@code check-compatibility}'s {@code failOn}. */
enum FailOn {
    /** Changes that break consumers' compilation (the default). */
    COMPILE(Optional.of(Effect.COMPILE)),
    /** Those, and changes that make the same payload behave otherwise. */
    RUNTIME(Optional.of(Effect.RUNTIME)),
    /** Any change at all. */
    ANY(Optional.of(Effect.SAFE)),
    /** Never: the report alone. */
    NONE(Optional.empty());

    private final Optional<Effect> level;

    FailOn(Optional<Effect> level) {
        this.level = level;
    }

    /** The value as the parameter takes it, case aside; a clear message for any other. */
    static FailOn parse(String value) {
        return Arrays.stream(values()).filter(v -> v.id().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("failOn is '" + value + "'; use one of "
                        + String.join(", ", Arrays.stream(values()).map(FailOn::id).toList())));
    }

    /** How the parameter writes it: {@code compile}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The changes that fail the build at this level. */
    List<Change> failing(CompatibilityReport report) {
        return level.map(report::atLeast).orElse(List.of());
    }

    /** Whether a change of this effect fails the build. */
    boolean fails(Effect effect) {
        return level.map(effect::atLeast).orElse(false);
    }
}
