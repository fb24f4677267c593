package io.codebook.processor.compat;

import io.codebook.processor.model.CatalogNames;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Responses;
import io.codebook.processor.model.WirePath;
import io.codebook.processor.specset.CatalogVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares how the vendor's responses are described: the generated response type and its reader's
 * signature, each shape's record and how bodies of it are read, and the status vocabularies that
 * decide verdicts.
 */
final class ResponseComparison {

    private final CatalogVersion before;
    private final CatalogVersion after;
    private final Changes changes;

    ResponseComparison(CatalogVersion before, CatalogVersion after, Changes changes) {
        this.before = before;
        this.after = after;
        this.changes = changes;
    }

    void compare() {
        Optional<Responses> old = before.catalog().responses();
        Optional<Responses> now = after.catalog().responses();
        if (old.isPresent() && now.isEmpty()) {
            changes.report(ChangeKind.RESPONSES_REMOVED, old.get().position(), "the responses of catalog '"
                    + before.catalog().id() + "' are no longer described: " + type(before) + " and its read(...) are gone");
        } else if (old.isEmpty() && now.isPresent()) {
            changes.report(ChangeKind.RESPONSES_ADDED, now.get().position(), "the responses of catalog '"
                    + after.catalog().id() + "' are now described: " + type(after) + ".read(...)");
        } else if (old.isPresent()) {
            compare(old.get(), now.get());
        }
    }

    private void compare(Responses old, Responses now) {
        if (!type(before).equals(type(after))) {
            changes.report(ChangeKind.TYPE_RENAMED, now.javaName().map(Name::position).orElse(now.position()),
                    "the response type " + type(before) + " is now " + type(after) + ": " + type(before) + " is gone");
        }
        String readThen = readSignature(old);
        String readNow = readSignature(now);
        if (!readThen.equals(readNow)) {
            changes.report(ChangeKind.READ_SIGNATURE_CHANGED, now.position(), type(after) + ".read" + readNow
                    + " takes other values than " + type(before) + ".read" + readThen);
        }
        if (old.emptyIsAbsent() != now.emptyIsAbsent()) {
            changes.report(ChangeKind.RESPONSE_READING_CHANGED, now.position(), now.emptyIsAbsent()
                    ? "\"\" is now read as not sent, wherever a value is read" : "\"\" is now read as a value sent");
        }
        new StatusComparison(changes).compare(old.statuses(), now.statuses());
        compareShapes(old, now);
    }

    private void compareShapes(Responses old, Responses now) {
        List<Responses.Shape> unpaired = new ArrayList<>(now.shapes());
        List<String> orderThen = new ArrayList<>();
        for (Responses.Shape shape : old.shapes()) {
            Optional<Responses.Shape> same = unpaired.stream().filter(s -> s.id().equals(shape.id())).findFirst()
                    .or(() -> unpaired.stream().filter(s -> shapeNames(after, s).type().equals(shapeNames(before, shape)
                            .type()) && old.shapes().stream().noneMatch(o -> o.id().equals(s.id()))).findFirst());
            if (same.isEmpty()) {
                changes.report(ChangeKind.SHAPE_REMOVED, shape.position(), describe(before, shape) + " was removed: its"
                        + " record and its handler are gone; its bodies read as another shape or as Unrecognized");
                continue;
            }
            unpaired.remove(same.get());
            orderThen.add(same.get().id());
            compare(shape, same.get());
        }
        List<String> orderNow = now.shapes().stream().map(Responses.Shape::id).filter(orderThen::contains).toList();
        if (!orderThen.equals(orderNow)) {
            changes.report(ChangeKind.RESPONSE_READING_CHANGED, now.position(), "the shapes are tried in another order, "
                    + orderNow + " instead of " + orderThen + ": a body that fits several is read as another");
        }
        unpaired.forEach(shape -> changes.report(ChangeKind.SHAPE_ADDED, shape.position(), describe(after, shape)
                + " was added; exhaustive handlers of " + type(after) + " (Cases, switch) are told to handle it"));
    }

    private void compare(Responses.Shape old, Responses.Shape now) {
        CatalogNames.ShapeNames oldNames = shapeNames(before, old);
        CatalogNames.ShapeNames newNames = shapeNames(after, now);
        String described = describe(after, now);
        if (!oldNames.type().equals(newNames.type()) || !oldNames.handler().equals(newNames.handler())) {
            changes.report(ChangeKind.SHAPE_RENAMED, now.javaName().map(Name::position).orElse(now.position()),
                    "shape '" + old.id() + "' (" + record(before, old) + ", handler " + oldNames.handler() + ") is now "
                            + record(after, now) + ", handler " + newNames.handler());
        }
        compareComponents(old, now, oldNames, newNames, described);
        List<String> reading = new ArrayList<>();
        if (!old.when().stream().map(ResponseComparison::condition).toList()
                .equals(now.when().stream().map(ResponseComparison::condition).toList())) {
            reading.add("its conditions");
        }
        if (!old.fixedVerdict().equals(now.fixedVerdict()) || !verdictReads(old).equals(verdictReads(now))) {
            reading.add("its verdict");
        }
        if (!old.attempts().map(WirePath::text).equals(now.attempts().map(WirePath::text))) {
            reading.add("where it says the attempts made");
        }
        if (!paths(old.details()).equals(paths(now.details()))) {
            reading.add("its details");
        }
        if (!old.outcomes().stream().map(ResponseComparison::build).toList()
                .equals(now.outcomes().stream().map(ResponseComparison::build).toList())) {
            reading.add("where its outcomes are read");
        }
        if (!reading.isEmpty()) {
            changes.report(ChangeKind.RESPONSE_READING_CHANGED, now.position(), described + " reads bodies otherwise: "
                    + String.join(", ", reading) + " changed");
        }
        if (!old.description().equals(now.description()) || !old.notes().equals(now.notes())
                || !old.source().equals(now.source())) {
            changes.report(ChangeKind.TEXT_CHANGED, now.position(), described + ": its description, notes or source"
                    + " changed");
        }
    }

    /** A component is an outcome a shape's record holds: by name, with the kind and whether one per element. */
    private void compareComponents(Responses.Shape old, Responses.Shape now, CatalogNames.ShapeNames oldNames,
            CatalogNames.ShapeNames newNames, String described) {
        Map<String, String> then = components(old, oldNames);
        Map<String, String> held = components(now, newNames);
        List<String> lost = new ArrayList<>();
        then.forEach((name, holds) -> {
            if (!held.containsKey(name)) {
                lost.add(name + "() is gone");
            } else if (!held.get(name).equals(holds)) {
                lost.add(name + "() now holds " + held.get(name) + " instead of " + holds);
            }
        });
        if (!lost.isEmpty()) {
            changes.report(ChangeKind.SHAPE_COMPONENTS_CHANGED, now.position(), described + ": "
                    + String.join("; ", lost));
        }
        held.keySet().stream().filter(name -> !then.containsKey(name)).forEach(name -> changes.report(
                ChangeKind.SHAPE_COMPONENT_ADDED, now.position(), described + " has a new component " + name + "()"));
    }

    private static Map<String, String> components(Responses.Shape shape, CatalogNames.ShapeNames names) {
        Map<String, String> components = new LinkedHashMap<>();
        for (int i = 0; i < shape.outcomes().size(); i++) {
            Responses.Build build = shape.outcomes().get(i);
            components.put(names.components().get(i), (build.each().isPresent() ? "a list of " : "one ")
                    + "outcome '" + build.kind() + "'");
        }
        return components;
    }

    /** {@code (Object tree, Integer step)}: what the generated read method takes. */
    private static String readSignature(Responses responses) {
        List<String> parameters = new ArrayList<>(List.of("Object tree"));
        responses.context().forEach(value -> parameters.add((value.integer() ? "Integer " : "String ") + value.name()));
        return "(" + String.join(", ", parameters) + ")";
    }

    private static String condition(Responses.Condition condition) {
        if (condition instanceof Responses.Equals equals) {
            return equals.path().text() + " in " + equals.values();
        }
        return (condition instanceof Responses.Present ? "present " : "absent ") + condition.path().text();
    }

    private static List<String> verdictReads(Responses.Shape shape) {
        return shape.verdictReads().stream().map(read -> read.path().text() + " as " + read.vocabulary()).toList();
    }

    private static Map<String, String> paths(Map<String, WirePath> paths) {
        return paths.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
    }

    /** Everything about where one outcome of a shape is read, without positions. */
    private static List<Object> build(Responses.Build build) {
        Map<String, String> key = build.key().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> keySource(e.getValue())));
        return List.of(build.kind(), build.name(), build.each().map(WirePath::text), build.codes().map(WirePath::text),
                build.oneOrMany(), key, paths(build.fields()), paths(build.companions()), build.informational());
    }

    private static String keySource(Responses.KeySource source) {
        if (source instanceof Responses.FromPath path) {
            return "path " + path.path().text();
        }
        if (source instanceof Responses.FromContext context) {
            return "context " + context.name();
        }
        Responses.FromCapture capture = (Responses.FromCapture) source;
        return "capture " + capture.capture() + " " + capture.values();
    }

    private static String type(CatalogVersion version) {
        return version.names().responses().map(CatalogNames.ResponseNames::type).orElse("");
    }

    private static CatalogNames.ShapeNames shapeNames(CatalogVersion version, Responses.Shape shape) {
        return Objects.requireNonNull(version.names().responses().orElseThrow().shapes().get(shape.id()));
    }

    private static String record(CatalogVersion version, Responses.Shape shape) {
        return type(version) + "." + shapeNames(version, shape).type();
    }

    private static String describe(CatalogVersion version, Responses.Shape shape) {
        return "shape '" + shape.id() + "' (" + record(version, shape) + ")";
    }
}
