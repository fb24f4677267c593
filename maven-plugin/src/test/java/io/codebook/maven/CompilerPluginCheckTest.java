package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** check-specs refuses a compiler plugin that would silently ignore the processor path. */
class CompilerPluginCheckTest {

    private static Plugin compiler(String version, boolean processorPath) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId("maven-compiler-plugin");
        plugin.setVersion(version);
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        if (processorPath) {
            configuration.addChild(new Xpp3Dom("annotationProcessorPaths"));
        }
        plugin.setConfiguration(configuration);
        return plugin;
    }

    @Test
    void maven38sDefaultCompilerPluginWithAProcessorPathIsRefused() {
        assertEquals(Optional.of("3.1"), CheckSpecsMojo.compilerIgnoringProcessorPath(List.of(compiler("3.1", true))));
        assertEquals(Optional.of("3.3"), CheckSpecsMojo.compilerIgnoringProcessorPath(List.of(compiler("3.3", true))));
    }

    @Test
    void aCompilerPluginThatHonoursTheProcessorPathOrIsNotGivenOneIsFine() {
        assertEquals(Optional.empty(), CheckSpecsMojo.compilerIgnoringProcessorPath(List.of(compiler("3.5", true))));
        assertEquals(Optional.empty(), CheckSpecsMojo.compilerIgnoringProcessorPath(List.of(compiler("3.14.0", true))));
        assertEquals(Optional.empty(), CheckSpecsMojo.compilerIgnoringProcessorPath(List.of(compiler("3.1", false))));
        assertEquals(Optional.empty(), CheckSpecsMojo.compilerIgnoringProcessorPath(null));
    }

    @Test
    void versionsAreComparedByNumberAndUnreadableOnesAreLeftAlone() {
        assertTrue(CheckSpecsMojo.olderThan("2.5.1", 3, 5));
        assertFalse(CheckSpecsMojo.olderThan("3.10.1", 3, 5), "10 is more than 5");
        assertFalse(CheckSpecsMojo.olderThan("${compiler.version}", 3, 5));
        assertFalse(CheckSpecsMojo.olderThan("4.0.0-beta-1", 3, 5));
    }
}
