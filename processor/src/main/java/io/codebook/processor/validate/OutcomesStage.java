package io.codebook.processor.validate;

import io.codebook.processor.diagnostic.ProblemIds;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.CodeSelector;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.read.SpecMap;
import io.codebook.processor.read.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code outcomes}: the kinds of outcome a vendor response can carry. */
final class OutcomesStage {

    static final List<String> OUTCOME_KEYS = List.of("id", "javaName", "description", "codes", "fields");
    static final List<String> SELECTOR_KEYS = List.of("groups", "where");
    /** Every catalog gets an outcome for what its spec does not know; the name is taken. */
    static final String UNKNOWN = "Unknown";

    private final Problems problems;
    private final List<Attribute> attributes;
    private final List<Group> groups;

    OutcomesStage(Problems problems, List<Attribute> attributes, List<Group> groups) {
        this.problems = problems;
        this.attributes = attributes;
        this.groups = groups;
    }

    List<Outcome> read(Optional<io.codebook.processor.read.SpecList> list) {
        List<Outcome> outcomes = new ArrayList<>();
        if (list.isEmpty()) {
            return outcomes;
        }
        Map<String, SpecPosition> ids = new HashMap<>();
        Map<String, SpecPosition> names = new HashMap<>();
        names.put(UNKNOWN, list.get().position());
        for (SpecNode item : list.get().items()) {
            Fields.asMap(item, "an outcome", problems)
                    .flatMap(map -> readOne(new Fields(map, "an outcome", OUTCOME_KEYS, problems), ids, names))
                    .ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private Optional<Outcome> readOne(Fields fields, Map<String, SpecPosition> ids, Map<String, SpecPosition> names) {
        Optional<String> id = fields.uniqueId("outcome", "retry", ids);
        String where = "outcome '" + id.orElse("?") + "'";
        String javaName = fields.text("javaName", false).orElseGet(() -> JavaNames.typeName(id.orElse("")));
        if (!javaName.matches("[A-Z][A-Za-z0-9]*") || !JavaNames.isIdentifier(javaName)) {
            problems.error(fields.positionOf("javaName"), ProblemIds.JAVA_NAME,
                    "'" + javaName + "' is not an UpperCamel Java type name for " + where + ".");
        } else {
            SpecPosition clash = names.putIfAbsent(javaName, fields.positionOf("javaName"));
            if (clash != null) {
                problems.error(fields.positionOf(fields.has("javaName") ? "javaName" : "id"), ProblemIds.JAVA_NAME_CLASH,
                        where + " would generate the type " + javaName + ", which is taken"
                                + (javaName.equals(UNKNOWN) ? " by the outcome every catalog has for unknown values" : "")
                                + ". Give it another 'javaName'.");
            }
        }
        Optional<String> description = fields.text("description", false);
        Optional<CodeSelector> codes = fields.submap("codes", false).map(map -> selector(map, where));
        codes.filter(selector -> groups.stream().flatMap(g -> g.codes().stream()).noneMatch(selector::selects))
                .ifPresent(selector -> problems.error(fields.positionOf("codes"), ProblemIds.INVALID_VALUE,
                        where + " selects no code of the catalog. Check its 'groups' and 'where', or remove 'codes'"
                                + " if the outcome carries no code."));
        List<Attribute> outcomeFields = new AttributesStage(problems).read(fields.submap("fields", false));
        return id.map(value -> new Outcome(value, javaName, description, codes, outcomeFields));
    }

    private CodeSelector selector(SpecMap map, String where) {
        Fields fields = new Fields(map, "'codes' of " + where, SELECTOR_KEYS, problems);
        List<String> groupIds = fields.textList("groups");
        for (String groupId : groupIds) {
            if (groups.stream().noneMatch(g -> g.id().equals(groupId))) {
                List<String> known = groups.stream().map(Group::id).toList();
                String hint = Suggestions.closest(groupId, known).map(s -> " Did you mean '" + s + "'?").orElse("");
                problems.error(CatalogValidator.positionIn(fields.list("groups", false), groupId, fields.position()),
                        ProblemIds.UNKNOWN_KEY, where + " selects group '" + groupId + "', which the catalog does not have." + hint);
            }
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        fields.submap("where", false).ifPresent(whereMap -> {
            new Fields(whereMap, "'where' of " + where, attributes.stream().map(Attribute::name).toList(), problems);
            for (SpecMap.Entry entry : whereMap.entries()) {
                attributes.stream().filter(a -> a.name().equals(entry.key().value())).findFirst()
                        .flatMap(a -> Values.convert(a, entry.value(), "'" + a.name() + "' in " + where, problems))
                        .ifPresent(v -> values.put(entry.key().value(), v));
            }
        });
        return new CodeSelector(groupIds, values);
    }
}
