package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** check-compatibility takes exactly one baseline, and says so clearly otherwise. */
class CheckCompatibilityMojoTest {

    @Test
    void aBaselineIsCoordinatesOrADirectory() throws MojoExecutionException {
        assertTrue(CheckCompatibilityMojo.byCoordinates("io.codebook:codebook-catalog-specs:0.1.0", null));
        assertFalse(CheckCompatibilityMojo.byCoordinates(null, new File("specs")));
        assertFalse(CheckCompatibilityMojo.byCoordinates(" ", new File("specs")), "blank coordinates are none");
    }

    @Test
    void bothOrNeitherIsAClearError() {
        MojoExecutionException both = assertThrows(MojoExecutionException.class,
                () -> CheckCompatibilityMojo.byCoordinates("a:b:1", new File("specs")));
        MojoExecutionException neither = assertThrows(MojoExecutionException.class,
                () -> CheckCompatibilityMojo.byCoordinates(null, null));

        assertTrue(both.getMessage().contains("exactly one baseline") && both.getMessage().endsWith("both are set."),
                both.getMessage());
        assertTrue(neither.getMessage().endsWith("neither is set."), neither.getMessage());
    }
}
