package io.codebook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** The reference finds specs where the project's compilation finds them: the processor path's jars and -Acodebook.specDirs. */
class CompilerSettingsTest {

    private static Xpp3Dom xml(String text) throws Exception {
        return Xpp3DomBuilder.build(new StringReader(text));
    }

    private static Plugin compiler(String configuration) throws Exception {
        Plugin plugin = new Plugin();
        plugin.setArtifactId("maven-compiler-plugin");
        plugin.setConfiguration(xml(configuration));
        return plugin;
    }

    @Test
    void theProcessorPathGivesEveryJarWithItsTypeClassifierAndManagedVersion() throws Exception {
        Plugin plugin = compiler("<configuration><annotationProcessorPaths>"
                + "<path><groupId>io.codebook</groupId><artifactId>codebook-processor</artifactId><version>1.0</version></path>"
                + "<path><groupId>com.acme</groupId><artifactId>specs</artifactId><classifier>kyc</classifier>"
                + "<version>2.0</version></path>"
                + "<path><groupId>io.codebook</groupId><artifactId>codebook-catalog-specs</artifactId></path>"
                + "<path><groupId>org.example</groupId><artifactId>unmanaged</artifactId></path>"
                + "</annotationProcessorPaths></configuration>");
        DependencyManagement managed = new DependencyManagement();
        Dependency specs = new Dependency();
        specs.setGroupId("io.codebook");
        specs.setArtifactId("codebook-catalog-specs");
        specs.setVersion("1.0");
        managed.addDependency(specs);

        assertEquals(List.of("io.codebook:codebook-processor:jar:1.0", "com.acme:specs:jar:kyc:2.0",
                "io.codebook:codebook-catalog-specs:jar:1.0"), CompilerSettings.processorPath(List.of(plugin), managed));
    }

    @Test
    void specDirectoriesComeFromTheCompilerArgumentsOfThePluginAndItsExecutions() throws Exception {
        Plugin plugin = compiler("<configuration><compilerArgs><arg>-Xlint:all</arg>"
                + "<arg>-Acodebook.specDirs=/p/src/main/codebook, specs/more</arg></compilerArgs></configuration>");
        PluginExecution execution = new PluginExecution();
        execution.setConfiguration(xml("<configuration><compilerArgument>-Acodebook.specDirs=/p/other</compilerArgument>"
                + "</configuration>"));
        plugin.addExecution(execution);

        assertEquals(List.of(Path.of("/p/src/main/codebook"), Path.of("/p/specs/more"), Path.of("/p/other")),
                CompilerSettings.specDirectories(List.of(plugin), Path.of("/p")));
    }

    @Test
    void aProjectWithoutCompilerSettingsHasNeither() {
        assertEquals(List.of(), CompilerSettings.processorPath(null, null));
        assertEquals(List.of(), CompilerSettings.specDirectories(List.of(new Plugin()), Path.of("/p")));
    }
}
