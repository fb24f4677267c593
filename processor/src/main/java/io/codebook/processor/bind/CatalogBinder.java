package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.locate.SpecLocator;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeType;
import io.codebook.processor.model.Catalog;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.NamePattern;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.model.Priority;
import io.codebook.processor.model.Role;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import io.codebook.processor.yaml.SpecScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a spec's YAML tree into a validated {@link Catalog}, or into the complete list of what is
 * wrong with it. A catalog is produced only when the spec has no error, so nothing is generated
 * from a spec that is half right.
 */
public final class CatalogBinder {

    static final List<String> TOP_KEYS = SpecGrammar.TOP.names();
    static final List<String> CATALOG_KEYS = SpecGrammar.CATALOG.names();
    static final List<String> SOURCE_KEYS = SpecGrammar.SOURCE.names();
    static final List<String> PRIORITY_KEYS = SpecGrammar.PRIORITY.names();
    static final int FORMAT_VERSION = 1;

    /**
     * The catalog when the spec is valid; the problems found either way (warnings included).
     *
     * @param catalog the catalog, only when the spec has no error
     * @param partial what could be read even when the spec has errors, so that checks across
     *     catalogs (references) still report their problems in the same run; never generated from
     */
    public record Result(Optional<Catalog> catalog, Optional<Catalog> partial, Problems problems) {}

    /**
     * @param requestedId the id the catalog was asked for by, which the spec must declare
     */
    public Result bind(String requestedId, SpecNode root) {
        Problems problems = new Problems();
        Optional<SpecMap> top = Fields.asMap(root, "a spec", problems);
        if (top.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), problems);
        }
        Fields fields = new Fields(top.get(), "the spec", TOP_KEYS, problems);
        fields.integer("codebook", true).filter(v -> v != FORMAT_VERSION).ifPresent(v -> problems.report(
                fields.positionOf("codebook"), Message.FORMAT_VERSION, v, FORMAT_VERSION));
        Optional<Meta> meta = fields.submap("catalog", true)
                .flatMap(map -> readMeta(new Fields(map, "'catalog'", CATALOG_KEYS, problems), requestedId, problems));
        AttributesStage.Declared declared = new AttributesStage(problems).read(fields.submap("attributes", false));
        List<Attribute> attributes = declared.attributes();
        checkRoles(attributes, fields, problems);
        Key key = readKey(fields, declared, problems);
        LocalesStage.Declared locales = new LocalesStage(problems).read(fields.list("locales", false));
        List<Group> groups = new GroupsStage(problems, declared, key.parts(), locales).read(fields.list("groups", true));
        List<Outcome> outcomes = new OutcomesStage(problems, declared, groups, key.parts())
                .read(fields.list("outcomes", false));
        Optional<Priority> priority = fields.submap("priority", false)
                .map(map -> readPriority(new Fields(map, "'priority'", PRIORITY_KEYS, problems)));
        if (meta.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(), problems);
        }
        Meta m = meta.get();
        Catalog catalog = new Catalog(requestedId, m.vendor(), m.title(), m.description(), m.javaName(),
                m.outcomeJavaName(), m.javaNamePattern(), m.attemptLimit(), m.source(), m.notes(), key.parts(),
                attributes, groups, priority, outcomes, locales.locales(), Optional.empty(), top.get().position());
        catalog = catalog.withResponses(new ResponsesStage(problems, catalog).read(fields.submap("responses", false)));
        SizeLimits.check(catalog, fields, problems);
        new UniquenessCheck(problems).check(catalog, fields, key.complete());
        new ReplacementCheck(problems).check(catalog);
        return new Result(problems.hasErrors() ? Optional.empty() : Optional.of(catalog), Optional.of(catalog), problems);
    }

    private record Meta(String vendor, String title, Optional<String> description, Optional<Name> javaName,
            Optional<Name> outcomeJavaName, Optional<NamePattern> javaNamePattern, OptionalInt attemptLimit,
            Catalog.Source source, List<String> notes) {}

    private static Optional<Meta> readMeta(Fields fields, String requestedId, Problems problems) {
        fields.text("id", true).ifPresent(id -> {
            if (!id.equals(requestedId)) {
                problems.report(fields.positionOf("id"), Message.CATALOG_ID_MISMATCH, id, requestedId);
            } else if (!SpecLocator.CATALOG_ID.matcher(id).matches()) {
                problems.report(fields.positionOf("id"), Message.CATALOG_ID_FORMAT, id);
            }
        });
        Optional<String> vendor = fields.text("vendor", true);
        Optional<String> title = fields.text("title", true);
        Optional<String> description = fields.text("description", false);
        Optional<Name> javaName = fields.name("javaName");
        Optional<Name> outcomeJavaName = fields.name("outcomeJavaName");
        Optional<NamePattern> javaNamePattern = NamePatternReader.read(fields, problems);
        Optional<Catalog.Source> source = fields.submap("source", true).flatMap(map -> {
            Fields sourceFields = new Fields(map, "'source'", SOURCE_KEYS, problems);
            Optional<String> document = sourceFields.text("document", true);
            Optional<String> url = sourceFields.text("url", false);
            Optional<String> retrieved = sourceFields.text("retrieved", false);
            return document.map(d -> new Catalog.Source(d, url, retrieved));
        });
        List<String> notes = fields.texts("notes");
        if (vendor.isEmpty() || title.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt attemptLimit = fields.integer("attemptLimit", false)
                .filter(limit -> {
                    if (limit < 1) {
                        problems.report(fields.positionOf("attemptLimit"), Message.ATTEMPT_LIMIT_RANGE, limit);
                    }
                    return limit >= 1;
                })
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        return Optional.of(new Meta(vendor.get(), title.get(), description, javaName, outcomeJavaName, javaNamePattern,
                attemptLimit, source.get(), notes));
    }

    /**
     * The catalog's key.
     *
     * @param parts the parts that could be read; the default ({@code code}) when the key is empty
     * @param complete whether every part could be read: without some part, codes that differ only in
     *     it would look alike, so the codes' keys are not compared
     */
    private record Key(List<KeyPart> parts, boolean complete) {}

    private static Key readKey(Fields fields, AttributesStage.Declared declared, Problems problems) {
        Optional<SpecNode> node = fields.node("key");
        if (node.isEmpty()) {
            return new Key(List.of(new KeyPart.CodePart()), true);
        }
        int problemsBefore = problems.count();
        List<SpecNode> items = node.get() instanceof SpecList list ? list.items() : List.of(node.get());
        if (items.isEmpty()) {
            problems.report(node.get().position(), Message.KEY_EMPTY);
            // read the codes with the default key, so they are not all reported against an empty one
            return new Key(List.of(new KeyPart.CodePart()), false);
        }
        List<KeyPart> key = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        boolean complete = true;
        for (SpecNode item : items) {
            Optional<String> name = Fields.scalarText(item, "a part of 'key'", problems);
            if (name.isEmpty()) {
                continue;
            }
            if (seen.contains(name.get())) {
                problems.report(item.position(), Message.KEY_PART_DUPLICATE, name.get());
                continue;
            }
            seen.add(name.get());
            if (name.get().equals("code")) {
                key.add(new KeyPart.CodePart());
                continue;
            }
            Optional<Attribute> attribute = declared.attributes().stream()
                    .filter(a -> a.name().equals(name.get())).findFirst();
            if (attribute.isEmpty() && declared.unreadable().contains(name.get())) {
                complete = false; // the attribute's declaration is what is wrong, and is reported
            } else if (attribute.isEmpty()) {
                List<String> candidates = new ArrayList<>(declared.names());
                candidates.add("code");
                problems.report(item.position(), Message.KEY_PART_UNKNOWN, name.get(),
                        Suggestions.hint(name.get(), candidates));
            } else if (!attribute.get().type().canBeKey() || attribute.get().list()) {
                problems.report(item.position(), Message.KEY_PART_TYPE, name.get(),
                        (attribute.get().list() ? "a list of " : "") + attribute.get().type().specName());
            } else {
                key.add(new KeyPart.AttributePart(attribute.get()));
            }
        }
        return new Key(key, complete && problems.count() == problemsBefore);
    }

    /** A role names one runtime method, so one attribute at most fills it; a catalog is a vocabulary or maps to one. */
    private static void checkRoles(List<Attribute> attributes, Fields fields, Problems problems) {
        for (Role role : Role.values()) {
            long count = attributes.stream().filter(a -> a.role().equals(Optional.of(role))).count();
            if (count > 1) {
                problems.report(fields.positionOf("attributes"), Message.ROLE_DUPLICATE, count, role.specName());
            }
        }
        for (Attribute attribute : attributes) {
            Role needed = Role.ofMethod(attribute.name()).orElse(null);
            boolean fits = needed != null && attribute.role().equals(Optional.of(needed))
                    && (needed != Role.VENDOR_DEFAULT_ACTION || attribute.type() == AttributeType.ACTION);
            if (needed != null && !fits) {
                problems.report(attribute.position(), Message.ATTRIBUTE_NAME_OF_ROLE, attribute.name(), needed.specName());
            }
        }
        boolean maps = attributes.stream().anyMatch(a -> a.role().equals(Optional.of(Role.CANONICAL_REASON)));
        boolean vendorAction = attributes.stream().anyMatch(a -> a.role().equals(Optional.of(Role.VENDOR_DEFAULT_ACTION)));
        attributes.stream().filter(a -> a.role().equals(Optional.of(Role.ACTION_OVERRIDE)) && (!maps || vendorAction))
                .forEach(a -> problems.report(a.position(), Message.ROLE_OVERRIDE_WITHOUT_REASON, a.name()));
        boolean isVocabulary = attributes.stream().anyMatch(a -> a.role().equals(Optional.of(Role.REASON_ACTION)));
        if (maps && isVocabulary) {
            problems.report(fields.positionOf("attributes"), Message.ROLE_CONFLICT);
        }
    }

    private static Priority readPriority(Fields fields) {
        return new Priority(fields.text("description", false), fields.textList("order", true));
    }

    /** Position of the scalar node holding {@code value} within a list, for precise messages. */
    static SpecPosition positionIn(Optional<SpecList> list, String value, SpecPosition fallback) {
        return list.flatMap(l -> l.items().stream()
                        .filter(n -> n instanceof SpecScalar s && s.value().equals(value))
                        .map(SpecNode::position)
                        .findFirst())
                .orElse(fallback);
    }
}
