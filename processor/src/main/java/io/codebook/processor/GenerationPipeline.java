package io.codebook.processor;

import com.palantir.javapoet.JavaFile;
import io.codebook.processor.bind.CatalogBinder;
import io.codebook.processor.bind.OverlayStage;
import io.codebook.processor.check.CatalogLookup;
import io.codebook.processor.check.CatalogReferences;
import io.codebook.processor.check.UserTextCoverage;
import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.generate.GeneratedResource;
import io.codebook.processor.generate.GeneratedSource;
import io.codebook.processor.generate.GenerationContext;
import io.codebook.processor.generate.SourceGenerator;
import io.codebook.processor.generate.text.BundleGenerator;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.locate.SpecSource;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.NamedCatalog;
import io.codebook.processor.model.Role;
import io.codebook.processor.naming.ExistingTypes;
import io.codebook.processor.naming.NamingStage;
import io.codebook.processor.naming.PackageCheck;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The stages from requested catalog ids to generated sources: locate each spec, read it, bind it
 * into a model, name everything it generates, check it against the other catalogs of the run, and
 * generate. Nothing here writes files: the processor writes only once every catalog has been
 * through every stage, so a catalog with any error produces nothing.
 */
final class GenerationPipeline {

    private final SpecLocator locator;
    private final SpecReader reader = new SpecReader();
    private final CatalogBinder binder = new CatalogBinder();
    private final NamingStage naming;
    private final SourceGenerator generator;
    private final BundleGenerator bundles = new BundleGenerator();
    private final Optional<Integer> splitAbove;

    /**
     * @param generator the source generator; tests pass one that fails, to see how a bug is reported
     * @param existing the types the target packages already have
     * @param splitAbove the most constants one generated enum may hold, where the build asks for fewer
     */
    GenerationPipeline(SpecLocator locator, SourceGenerator generator, ExistingTypes existing,
            Optional<Integer> splitAbove) {
        this.locator = locator;
        this.generator = generator;
        this.naming = new NamingStage(existing);
        this.splitAbove = splitAbove;
    }

    /**
     * What one catalog produced: sources when it is valid, and its problems either way.
     *
     * @param request the request that asked for it, or that referenced it
     * @param catalog the named catalog, when valid
     */
    record CatalogResult(CatalogRequest request, Optional<NamedCatalog> catalog, List<GeneratedSource> files,
            List<GeneratedResource> resources, Problems problems, Optional<SpecSource> source,
            Optional<SpecSource> overlay) {}

    /**
     * A catalog as far as the stages got with it.
     *
     * @param requested whether a {@code @Codebook} asked for it, rather than only another catalog
     * @param catalog what could be bound, errors or not
     * @param whyMissing why there is no spec, when there is none
     */
    private static final class Entry {
        final CatalogRequest request;
        final boolean requested;
        final Problems problems = new Problems();
        Optional<Catalog> catalog = Optional.empty();
        Optional<CatalogNames> names = Optional.empty();
        Optional<SpecSource> source = Optional.empty();
        Optional<SpecSource> overlay = Optional.empty();
        Optional<String> whyMissing = Optional.empty();

        Entry(CatalogRequest request, boolean requested) {
            this.request = request;
            this.requested = requested;
        }

        boolean valid() {
            return catalog.isPresent() && names.isPresent() && !problems.hasErrors();
        }

        Optional<NamedCatalog> named() {
            return valid() ? Optional.of(new NamedCatalog(catalog.get(), names.get())) : Optional.empty();
        }
    }

    /**
     * Runs every request. A catalog that another references is loaded too, and generated into the
     * referencing request's package unless it was requested itself.
     */
    List<CatalogResult> run(List<CatalogRequest> requests) {
        Map<String, Entry> entries = load(requests);
        for (Entry entry : entries.values()) {
            entry.catalog.ifPresent(catalog -> entry.names = guarded(entry, () ->
                    naming.name(catalog, entry.request.packageName(), entry.problems)));
        }
        PackageCheck.check(entries.values().stream()
                .filter(e -> e.catalog.isPresent() && e.names.isPresent())
                .map(e -> new PackageCheck.Named(e.catalog.get(), e.names.get(), e.problems))
                .toList());
        CatalogLookup lookup = lookup(entries);
        for (Entry entry : entries.values()) {
            entry.catalog.ifPresent(catalog -> guarded(entry, () -> {
                CatalogReferences.check(catalog, lookup, entry.problems);
                return null;
            }));
        }
        invalidateReferrersOfInvalid(entries, lookup);
        for (Entry entry : entries.values()) {
            entry.catalog.ifPresent(catalog -> UserTextCoverage.check(catalog, lookup, entry.problems));
        }
        Map<String, NamedCatalog> valid = new LinkedHashMap<>();
        entries.values().forEach(e -> e.named().ifPresent(named -> valid.put(named.id(), named)));
        Map<String, Generated> generated = generate(entries, valid);
        List<CatalogResult> results = new ArrayList<>();
        for (Entry entry : entries.values()) {
            String id = entry.request.catalogId();
            Optional<NamedCatalog> named = Optional.ofNullable(valid.get(id));
            Generated output = generated.getOrDefault(id, Generated.NOTHING);
            List<GeneratedSource> files = output.sources();
            List<GeneratedResource> resources = output.resources();
            if (entry.problems.hasErrors()) {
                files = List.of(); // nothing half-written: a catalog that failed anywhere writes nothing
                resources = List.of();
            }
            if (entry.requested || !entry.problems.all().isEmpty() || named.isPresent()) {
                results.add(new CatalogResult(entry.request, named.filter(n -> !entry.problems.hasErrors()), files,
                        resources, entry.problems, entry.source, entry.overlay));
            }
        }
        return results;
    }

    /** What one catalog generated. */
    private record Generated(List<GeneratedSource> sources, List<GeneratedResource> resources) {
        static final Generated NOTHING = new Generated(List.of(), List.of());
    }

    /**
     * Generates and renders every valid catalog, several at once: rendering sources is most of what
     * the processor does, and catalogs are independent of one another. Each catalog's problems stay
     * its own; the results are in the run's order whatever finishes first.
     */
    private Map<String, Generated> generate(Map<String, Entry> entries, Map<String, NamedCatalog> valid) {
        Map<String, Future<Optional<Generated>>> tasks = new LinkedHashMap<>();
        int threads = Math.max(1, Math.min(valid.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            // JavaPoet renders nested code recursively: a large catalog wants more stack than the default
            Thread thread = new Thread(null, task, "codebook-generate", 64L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (NamedCatalog named : valid.values()) {
                Entry entry = entries.get(named.id());
                GenerationContext context = new GenerationContext(other -> Optional.ofNullable(valid.get(other)),
                        mappedFrom(named.id(), valid), splitAbove);
                tasks.put(named.id(), workers.submit(() -> guarded(entry, () -> new Generated(
                        generator.generate(named, context).stream().map(GenerationPipeline::render).toList(),
                        bundles.generate(named, context)))));
            }
            Map<String, Generated> generated = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Optional<Generated>>> task : tasks.entrySet()) {
                generated.put(task.getKey(), task.getValue().get().orElse(Generated.NOTHING));
            }
            return generated;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a guarded stage threw", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static GeneratedSource render(JavaFile file) {
        return new GeneratedSource(file.packageName(), file.typeSpec().name(), file.toString());
    }

    /** Locates, reads and binds every requested catalog and every catalog they reference. */
    private Map<String, Entry> load(List<CatalogRequest> requests) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Deque<Entry> queue = new ArrayDeque<>();
        requests.forEach(request -> queue.add(new Entry(request, true)));
        while (!queue.isEmpty()) {
            Entry entry = queue.poll();
            if (entries.containsKey(entry.request.catalogId())) {
                continue;
            }
            entries.put(entry.request.catalogId(), entry);
            entry.catalog = guarded(entry, () -> read(entry)).flatMap(c -> c);
            entry.catalog.ifPresent(c -> CatalogReferences.referencedCatalogs(c).forEach(id -> queue.add(new Entry(
                    new CatalogRequest(id, entry.request.packageName(), entry.request.element(),
                            entry.request.annotation()), false))));
        }
        return entries;
    }

    private CatalogLookup lookup(Map<String, Entry> entries) {
        return new CatalogLookup() {
            @Override
            public Optional<Catalog> valid(String id) {
                Entry entry = entries.get(id);
                return entry != null && entry.valid() ? entry.catalog : Optional.empty();
            }

            @Override
            public String whyNot(String id) {
                Entry entry = entries.get(id);
                if (entry == null || entry.whyMissing.isPresent()) {
                    String hint = Suggestions.hint(id, locator.knownIds());
                    return "has no spec (" + entry.whyMissing.orElse("none was looked for")
                            + (hint.isEmpty() ? "" : ";" + hint.replace(" Did you mean", " did you mean")) + ")";
                }
                return "has errors of its own, reported with its spec";
            }
        };
    }

    /**
     * A catalog whose references are valid can still refer to one that turned out invalid after it
     * was checked; such a catalog would generate code naming types that are not generated. Repeats
     * until no catalog changes, so chains of references are followed to the end.
     */
    private static void invalidateReferrersOfInvalid(Map<String, Entry> entries, CatalogLookup lookup) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Entry entry : entries.values()) {
                if (!entry.valid()) {
                    continue;
                }
                for (Attribute attribute : referring(entry.catalog.get())) {
                    String target = attribute.targetCatalog(entry.catalog.get().id());
                    if (!target.equals(entry.catalog.get().id()) && lookup.valid(target).isEmpty()) {
                        entry.problems.report(attribute.catalogPosition(), Message.REFERENCE_CATALOG_MISSING,
                                attribute.name(), target, lookup.whyNot(target), "Fix that catalog, or the id here.");
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private static List<Attribute> referring(Catalog catalog) {
        List<Attribute> all = new ArrayList<>(catalog.attributes());
        catalog.outcomes().forEach(outcome -> all.addAll(outcome.fields()));
        return all.stream().filter(a -> a.type() == AttributeType.CODE).toList();
    }

    /** The valid vendor catalogs whose codes map to catalog {@code id}. */
    private static List<NamedCatalog> mappedFrom(String id, Map<String, NamedCatalog> valid) {
        return valid.values().stream()
                .filter(vendor -> vendor.catalog().attributeWithRole(Role.CANONICAL_REASON)
                        .map(a -> a.targetCatalog(vendor.id()).equals(id)).orElse(false))
                .toList();
    }

    /**
     * Runs one catalog's stage; a bug in Codebook becomes an error of that catalog, with its stack
     * trace, instead of a crashed compiler, and other catalogs go on.
     */
    private static <T> Optional<T> guarded(Entry entry, Supplier<T> stage) {
        try {
            return Optional.ofNullable(stage.get());
        } catch (RuntimeException | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            if (entry.catalog.isPresent()) {
                entry.problems.report(entry.catalog.get().position(), Message.INTERNAL, trace);
            } else {
                entry.problems.reportUnplaced(Message.INTERNAL, trace);
            }
            return Optional.empty();
        }
    }

    /** The catalog as far as its spec could be read, errors or not; the errors are in the entry's problems. */
    private Optional<Catalog> read(Entry entry) {
        String catalogId = entry.request.catalogId();
        SpecLocator.Lookup found = locator.find(catalogId);
        if (found instanceof SpecLocator.NotFound notFound) {
            String missingDirs = locator.missingDirectories().isEmpty() ? ""
                    : " The spec directory " + String.join(", ", locator.missingDirectories().stream()
                            .map(Path::toString).toList()) + " does not exist.";
            entry.whyMissing = Optional.of("looked in: " + String.join("; ", notFound.searched()));
            if (entry.requested) {
                entry.problems.reportUnplaced(Message.SPEC_NOT_FOUND, catalogId,
                        Suggestions.hint(catalogId, locator.knownIds()) + missingDirs,
                        String.join("; ", notFound.searched()));
            }
            return Optional.empty();
        }
        if (found instanceof SpecLocator.Unreadable unreadable) {
            entry.whyMissing = Optional.of("its spec " + unreadable.displayPath() + " cannot be read");
            entry.problems.report(io.codebook.processor.diagnostic.SpecPosition.startOf(unreadable.displayPath()),
                    Message.SPEC_UNREADABLE, unreadable.reason());
            return Optional.empty();
        }
        SpecSource source = ((SpecLocator.Found) found).source();
        entry.source = Optional.of(source);
        SpecReader.Result read = reader.read(source);
        entry.problems.addAll(read.problems());
        if (read.root().isEmpty()) {
            return Optional.empty();
        }
        SpecNode root = read.root().get();
        SpecLocator.Lookup overlay = locator.findOverlay(catalogId);
        if (overlay instanceof SpecLocator.Unreadable unreadable) {
            entry.problems.report(io.codebook.processor.diagnostic.SpecPosition.startOf(unreadable.displayPath()),
                    Message.SPEC_UNREADABLE, unreadable.reason());
            return Optional.empty();
        }
        if (overlay instanceof SpecLocator.Found overlayFound) {
            entry.overlay = Optional.of(overlayFound.source());
            SpecReader.Result overlayRead = reader.read(overlayFound.source());
            entry.problems.addAll(overlayRead.problems());
            if (overlayRead.root().isEmpty()) {
                return Optional.empty();
            }
            root = new OverlayStage(entry.problems).apply(catalogId, root, overlayRead.root().get());
        } else {
            // creating an overlay later must make the build run again: record where it would be
            List<Path> watched = new ArrayList<>(source.shadowing());
            locator.overlayCandidates(catalogId).forEach(path -> watched.add(path.toAbsolutePath()));
            entry.source = Optional.of(new SpecSource(source.catalogId(), source.displayPath(), source.file(),
                    source.bytes(), source.origin(), watched));
        }
        CatalogBinder.Result bound = binder.bind(catalogId, root);
        entry.problems.addAll(bound.problems());
        return bound.partial();
    }
}
