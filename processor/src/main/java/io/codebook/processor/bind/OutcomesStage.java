package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.diagnostic.Suggestions;
import io.codebook.processor.model.Attribute;
import io.codebook.processor.model.AttributeValue;
import io.codebook.processor.model.CodeSelector;
import io.codebook.processor.model.Group;
import io.codebook.processor.model.KeyPart;
import io.codebook.processor.model.Name;
import io.codebook.processor.model.Outcome;
import io.codebook.processor.yaml.SpecList;
import io.codebook.processor.yaml.SpecMap;
import io.codebook.processor.yaml.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code outcomes}: the kinds of outcome a vendor response can carry. */
final class OutcomesStage {

    static final List<String> OUTCOME_KEYS = SpecGrammar.OUTCOME.names();
    static final List<String> SELECTOR_KEYS = SpecGrammar.SELECTOR.names();

    private final Problems problems;
    private final AttributesStage.Declared declared;
    private final List<Group> groups;
    private final List<KeyPart> key;

    OutcomesStage(Problems problems, AttributesStage.Declared declared, List<Group> groups, List<KeyPart> key) {
        this.problems = problems;
        this.declared = declared;
        this.groups = groups;
        this.key = key;
    }

    List<Outcome> read(Optional<SpecList> list) {
        List<Outcome> outcomes = new ArrayList<>();
        if (list.isEmpty()) {
            return outcomes;
        }
        Map<String, SpecPosition> ids = new HashMap<>();
        for (SpecNode item : list.get().items()) {
            Fields.asMap(item, "an outcome", problems)
                    .flatMap(map -> readOne(new Fields(map, "an outcome", OUTCOME_KEYS, problems), ids))
                    .ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private Optional<Outcome> readOne(Fields fields, Map<String, SpecPosition> ids) {
        Optional<String> id = fields.uniqueId(Message.OUTCOME_ID_FORMAT, Message.OUTCOME_ID_DUPLICATE, ids);
        String where = "outcome '" + id.orElse("?") + "'";
        Optional<Name> javaName = fields.name("javaName");
        Optional<String> description = fields.text("description", false);
        int problemsBefore = problems.count();
        Optional<CodeSelector> codes = fields.submap("codes", false).map(map -> selector(map, where));
        // a selector naming something unknown selects nothing because of that: one mistake, one error
        boolean selectorReported = problems.count() > problemsBefore;
        codes.filter(selector -> !selectorReported)
                .filter(selector -> groups.stream().flatMap(g -> g.codes().stream()).noneMatch(selector::selects))
                .ifPresent(selector -> problems.report(fields.positionOf("codes"), Message.OUTCOME_SELECTS_NOTHING,
                        where));
        boolean list = fields.bool("list", false).orElse(false);
        if (list && !fields.has("codes")) { // 'codes' that cannot be read is reported as that
            problems.report(fields.positionOf("list"), Message.OUTCOME_LIST_WITHOUT_CODES, where);
        }
        if (list && key.stream().noneMatch(part -> part instanceof KeyPart.CodePart)) {
            problems.report(fields.positionOf("list"), Message.OUTCOME_LIST_WITHOUT_CODE_KEY, where);
        }
        Optional<SpecMap> fieldsMap = fields.submap("fields", false);
        List<Attribute> outcomeFields = new AttributesStage(problems).read(fieldsMap).attributes();
        fieldsMap.ifPresent(map -> checkOptional(map, where));
        return id.map(value -> new Outcome(value, javaName, description, codes, list, outcomeFields,
                fields.positionOf("id")));
    }

    /** An outcome field is read from responses, which may lack it: neither required nor defaulted. */
    private void checkOptional(SpecMap fieldsMap, String where) {
        for (SpecMap.Entry entry : fieldsMap.entries()) {
            if (entry.value() instanceof SpecMap field) {
                for (String key : List.of("required", "default")) {
                    field.entry(key).ifPresent(e -> problems.report(e.key().position(), Message.OUTCOME_FIELD_ALWAYS_OPTIONAL,
                                    entry.key().value(), where, key, key));
                }
            }
        }
    }

    /** A list attribute is selected on one of its values ("returnedAs: aborted" = has aborted among them). */
    private static Attribute oneValueOf(Attribute attribute) {
        return attribute.withShape(false, attribute.required());
    }

    private CodeSelector selector(SpecMap map, String where) {
        Fields fields = new Fields(map, "'codes' of " + where, SELECTOR_KEYS, problems);
        List<String> groupIds = fields.textList("groups");
        for (String groupId : groupIds) {
            if (groups.stream().noneMatch(g -> g.id().equals(groupId))) {
                List<String> known = groups.stream().map(Group::id).toList();
                problems.report(CatalogBinder.positionIn(fields.list("groups", false), groupId, fields.position()),
                        Message.OUTCOME_UNKNOWN_GROUP, where, groupId, Suggestions.hint(groupId, known));
            }
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        fields.submap("where", false).ifPresent(whereMap -> {
            new Fields(whereMap, "'where' of " + where, List.copyOf(declared.names()), problems);
            for (SpecMap.Entry entry : whereMap.entries()) {
                declared.attributes().stream().filter(a -> a.name().equals(entry.key().value())).findFirst()
                        .map(OutcomesStage::oneValueOf)
                        .flatMap(a -> Values.convert(a, entry.value(), "'" + a.name() + "' in " + where, problems))
                        .ifPresent(v -> values.put(entry.key().value(), v));
            }
        });
        return new CodeSelector(groupIds, values);
    }
}
