package io.codebook.processor;

import com.google.auto.service.AutoService;
import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problem;
import io.codebook.processor.generate.CatalogGenerator;
import io.codebook.processor.generate.GeneratedResource;
import io.codebook.processor.generate.GeneratedSource;
import io.codebook.processor.generate.SourceGenerator;
import io.codebook.processor.locate.SpecLocator;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Codebook's annotation processor: for each {@code @Codebook} catalog, reads its spec and generates
 * typed Java. This class only connects javac to the {@link GenerationPipeline}; the stages live in
 * the packages {@code locate}, {@code yaml}, {@code bind}, {@code naming}, {@code check} and
 * {@code generate}.
 */
@AutoService(Processor.class)
public final class CodebookProcessor extends AbstractProcessor {

    /** Directories of the consumer's own specs, separated by the platform's path separator or commas. */
    public static final String SPEC_DIRS_OPTION = "codebook.specDirs";

    /**
     * The most codes one generated enum may hold, below what Codebook would use: a catalog with more
     * is generated in the shape it takes when it outgrows one enum, so a build can check that its
     * code compiles against that shape too.
     */
    public static final String SPLIT_ABOVE_OPTION = "codebook.splitAbove";

    private final Set<String> written = new HashSet<>();
    private final SourceGenerator generator;

    public CodebookProcessor() {
        this(new CatalogGenerator());
    }

    /** With another generator: tests use one that fails, to see how a bug in Codebook is reported. */
    CodebookProcessor(SourceGenerator generator) {
        this.generator = generator;
    }

    /**
     * Also claims {@code @Generated} and {@code @CodebookGenerated}, which the generated sources
     * carry: otherwise javac's {@code -Xlint:processing} warns that no processor claimed them, and a
     * consumer building with {@code -Werror} (as we ask them to) would fail on our output.
     */
    private static final Set<String> CLAIMED = Set.of(RequestReader.ANNOTATION,
            "javax.annotation.processing.Generated", CompiledTypes.MARKER);

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return CLAIMED;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(SPEC_DIRS_OPTION, SPLIT_ABOVE_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement codebook = annotations.stream()
                .filter(a -> a.getQualifiedName().contentEquals(RequestReader.ANNOTATION))
                .findFirst()
                .orElse(null);
        if (codebook == null) {
            return !annotations.isEmpty();
        }
        SourceVersion release = processingEnv.getSourceVersion();
        if (release.compareTo(SourceVersion.RELEASE_17) < 0) {
            // generated code needs records and sealed types: one clear error, not dozens inside generated files
            for (javax.lang.model.element.Element element : round.getElementsAnnotatedWith(codebook)) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        Message.RELEASE_TOO_OLD.render(release.name().substring("RELEASE_".length())), element);
            }
            return true;
        }
        try {
            generate(round, codebook);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            print(Message.INTERNAL_PROCESSOR, trace);
        }
        return true;
    }

    private void generate(RoundEnvironment round, TypeElement annotation) {
        List<CatalogRequest> requests = new RequestReader(processingEnv.getElementUtils(), processingEnv.getMessager())
                .read(round.getElementsAnnotatedWith(annotation));
        SpecLocator locator = new SpecLocator(specDirs(), CodebookProcessor.class.getClassLoader());
        List<GenerationPipeline.CatalogResult> outcomes = new GenerationPipeline(locator, generator,
                new CompiledTypes(processingEnv.getElementUtils()), splitAbove()).run(requests);
        for (GenerationPipeline.CatalogResult outcome : outcomes) {
            for (Problem problem : outcome.problems().all()) {
                Diagnostic.Kind kind = problem.severity() == Problem.Severity.ERROR ? Diagnostic.Kind.ERROR
                        : Diagnostic.Kind.WARNING;
                processingEnv.getMessager().printMessage(kind, problem.render(), outcome.request().element(),
                        outcome.request().annotation());
            }
        }
        BuildRecord record = new BuildRecord();
        processorJar().ifPresent(record::processor);
        for (GenerationPipeline.CatalogResult outcome : outcomes) {
            outcome.source().ifPresent(record::spec);
            outcome.overlay().ifPresent(record::spec);
            classFile(outcome.request().element()).ifPresent(record::element);
            for (GeneratedSource file : outcome.files()) {
                write(file, outcome.request());
                record.source(file.path());
            }
            for (GeneratedResource resource : outcome.resources()) {
                write(resource, outcome.request());
                record.resource((resource.packageName().isEmpty() ? "" : resource.packageName().replace('.', '/') + "/")
                        + resource.relativeName());
            }
        }
        if (!outcomes.isEmpty()) {
            writeRecord(record, outcomes.get(0).request());
        }
    }

    private void write(GeneratedSource file, CatalogRequest request) {
        String name = file.qualifiedName();
        if (!written.add(name)) {
            return; // a later round saw the same annotation again
        }
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, request.element());
            try (Writer writer = source.openWriter()) {
                writer.write(file.content());
            }
        } catch (IOException e) {
            print(request, Message.WRITE_FAILED, name, e.getMessage());
        }
    }

    /** The class file javac writes for an annotated element, which a spec change must invalidate. */
    private Optional<String> classFile(Element element) {
        if (element instanceof PackageElement pkg) {
            return Optional.of(pkg.isUnnamed() ? "package-info.class"
                    : pkg.getQualifiedName().toString().replace('.', '/') + "/package-info.class");
        }
        if (element instanceof TypeElement type) {
            return Optional.of(processingEnv.getElementUtils().getBinaryName(type).toString().replace('.', '/')
                    + ".class");
        }
        return Optional.empty();
    }

    private void writeRecord(BuildRecord record, CatalogRequest request) {
        if (!written.add(BuildRecord.LOCATION)) {
            return;
        }
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.SOURCE_OUTPUT, "",
                    BuildRecord.LOCATION, request.element());
            try (OutputStream out = file.openOutputStream()) {
                out.write(record.content(directoryOf(file)));
            }
        } catch (IOException e) {
            print(Message.BUILD_RECORD_UNWRITTEN, BuildRecord.LOCATION, e.getMessage());
        }
    }

    /** The jar this processor was loaded from, when it was loaded from one. */
    private static Optional<java.nio.file.Path> processorJar() {
        try {
            java.security.CodeSource source = CodebookProcessor.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            java.nio.file.Path location = java.nio.file.Path.of(source.getLocation().toURI());
            return java.nio.file.Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException
                | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The directory a file the filer created lands in, where it is a file on disk. */
    private static Optional<java.nio.file.Path> directoryOf(FileObject file) {
        try {
            return Optional.ofNullable(java.nio.file.Path.of(file.toUri()).toAbsolutePath().getParent());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return Optional.empty(); // an in-memory file system (tests, IDEs): absolute paths, as before
        }
    }

    private void write(GeneratedResource resource, CatalogRequest request) {
        String name = resource.packageName() + "/" + resource.relativeName();
        if (!written.add(name)) {
            return;
        }
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT,
                    resource.packageName(), resource.relativeName(), request.element());
            try (OutputStream out = file.openOutputStream()) {
                out.write(resource.content());
            }
        } catch (IOException e) {
            print(request, Message.WRITE_FAILED, name, e.getMessage());
        }
    }

    private Optional<Integer> splitAbove() {
        String option = processingEnv.getOptions().get(SPLIT_ABOVE_OPTION);
        if (option == null || option.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Math.max(1, Integer.parseInt(option.trim())));
        } catch (NumberFormatException e) {
            print(Message.OPTION_SPLIT_ABOVE, SPLIT_ABOVE_OPTION, option);
            return Optional.empty();
        }
    }

    /** Prints a message of the whole run, not of one catalog's spec. */
    private void print(Message message, Object... arguments) {
        processingEnv.getMessager().printMessage(kind(message), message.render(arguments));
    }

    /** Prints a message at the annotation that asked for {@code request}'s catalog. */
    private void print(CatalogRequest request, Message message, Object... arguments) {
        processingEnv.getMessager().printMessage(kind(message), message.render(arguments), request.element(),
                request.annotation());
    }

    private static Diagnostic.Kind kind(Message message) {
        return message.severity() == Problem.Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }

    private List<Path> specDirs() {
        String option = processingEnv.getOptions().get(SPEC_DIRS_OPTION);
        List<Path> dirs = new ArrayList<>();
        if (option == null || option.isBlank()) {
            return dirs;
        }
        for (String part : option.split("[,\\" + File.pathSeparator + "]")) {
            if (!part.isBlank()) {
                dirs.add(Path.of(part.trim()));
            }
        }
        return dirs;
    }
}
