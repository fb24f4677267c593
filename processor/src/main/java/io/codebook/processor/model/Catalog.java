package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated catalog: everything a vendor document's code tables say, in the form generators
 * consume. Only the validation stage creates one, so a generator can trust every invariant the
 * format promises (unique keys, unique Java names, declared placeholders).
 *
 * @param id the catalog id, e.g. {@code id-analyzer}
 * @param javaName simple name of the generated code type the spec asks for, if any
 * @param javaNamePattern the rule for the codes' constant names, if the spec states one
 * @param attemptLimit how many attempts the vendor allows before rejecting, where documented
 * @param outcomeJavaName simple name of the generated outcome hierarchy the spec asks for, if any
 * @param key what identifies a code on the wire, in the vendor's order
 * @param outcomes the kinds of outcome a response can carry, for result hierarchies
 * @param locales the locales end-user texts are written in
 * @param responses how the vendor's responses carry the codes, if the spec describes them
 * @param position where the spec starts, for diagnostics about the catalog as a whole
 */
public record Catalog(
        String id,
        String vendor,
        String title,
        Optional<String> description,
        Optional<Name> javaName,
        Optional<Name> outcomeJavaName,
        Optional<NamePattern> javaNamePattern,
        java.util.OptionalInt attemptLimit,
        Source source,
        List<String> notes,
        List<KeyPart> key,
        List<Attribute> attributes,
        List<Group> groups,
        Optional<Priority> priority,
        List<Outcome> outcomes,
        List<LocaleDeclaration> locales,
        Optional<Responses> responses,
        SpecPosition position) {

    public Catalog {
        outcomes = List.copyOf(outcomes);
        locales = List.copyOf(locales);
        notes = List.copyOf(notes);
        key = List.copyOf(key);
        attributes = List.copyOf(attributes);
        groups = List.copyOf(groups);
    }

    /**
     * Where the catalog's facts come from.
     *
     * @param document the vendor document's file or page name
     */
    public record Source(String document, Optional<String> url, Optional<String> retrieved) {}

    /** This catalog, with how the vendor's responses carry its codes. */
    public Catalog withResponses(Optional<Responses> described) {
        return new Catalog(id, vendor, title, description, javaName, outcomeJavaName, javaNamePattern, attemptLimit,
                source, notes, key, attributes, groups, priority, outcomes, locales, described, position);
    }

    /** Every code, in the document's order. */
    public List<Code> codes() {
        return groups.stream().flatMap(g -> g.codes().stream()).toList();
    }

    public Stream<Code> codeStream() {
        return groups.stream().flatMap(g -> g.codes().stream());
    }

    /** Whether codes are identified by the single wire string {@code code}. */
    public boolean hasSimpleKey() {
        return key.size() == 1 && key.get(0) instanceof KeyPart.CodePart;
    }

    public boolean keyIncludesCode() {
        return key.stream().anyMatch(part -> part instanceof KeyPart.CodePart);
    }

    /** Whether any code has variants, so the generated types carry them. */
    public boolean hasVariants() {
        return codeStream().anyMatch(code -> !code.variants().isEmpty());
    }

    /** The attributes some variant gives a value for, in declaration order. */
    public List<Attribute> variantAttributes() {
        return attributes.stream()
                .filter(a -> codeStream().flatMap(c -> c.variants().stream()).anyMatch(v -> v.values().containsKey(a.name())))
                .toList();
    }

    /** The codes an outcome may hold, in the document's order; empty when it holds none. */
    public List<Code> selected(Outcome outcome) {
        return outcome.codes().map(selector -> codeStream().filter(selector::selects).toList()).orElse(List.of());
    }

    /** Whether an outcome may hold every code of the catalog, so it holds the catalog's own type. */
    public boolean selectsAll(Outcome outcome) {
        return outcome.codes().isPresent() && codeStream().allMatch(outcome.codes().get()::selects);
    }

    /**
     * The key parts whose value differs among {@code codes} (and {@code code} always): what an
     * outcome's factory must be told, the rest being implied by the kind of outcome.
     */
    public List<KeyPart> keyPartsVaryingAmong(List<Code> codes) {
        List<KeyPart> varying = new java.util.ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            int index = i;
            long values = codes.stream().map(code -> code.keyParts().get(index)).distinct().count();
            if (values > 1 || key.get(i) instanceof KeyPart.CodePart) {
                varying.add(key.get(i));
            }
        }
        return varying;
    }

    /** The attribute with this role, if the catalog has one. */
    public Optional<Attribute> attributeWithRole(Role role) {
        return attributes.stream().filter(a -> a.role().equals(Optional.of(role))).findFirst();
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * The codes a deprecated code's {@code replacedBy} names: those whose {@code code} it is, narrowed to
     * those sharing the deprecated code's other key parts when that leaves any. One code when the spec is
     * valid.
     */
    public List<Code> replacementsOf(Code deprecated) {
        Optional<String> wire = deprecated.deprecation().flatMap(Deprecation::replacedBy);
        if (wire.isEmpty()) {
            return List.of();
        }
        List<Code> named = codeStream().filter(c -> c.code().equals(wire)).toList();
        List<Code> sameKey = named.stream().filter(c -> sameOtherParts(c, deprecated)).toList();
        return sameKey.isEmpty() ? named : sameKey;
    }

    /** The code a deprecated code's {@code replacedBy} names, when it names exactly one. */
    public Optional<Code> replacementOf(Code deprecated) {
        List<Code> found = replacementsOf(deprecated);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private boolean sameOtherParts(Code a, Code b) {
        for (int i = 0; i < key.size(); i++) {
            if (!(key.get(i) instanceof KeyPart.CodePart) && !a.keyParts().get(i).equals(b.keyParts().get(i))) {
                return false;
            }
        }
        return true;
    }
}
