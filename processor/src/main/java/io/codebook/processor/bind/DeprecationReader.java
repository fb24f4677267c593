package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.model.Deprecation;
import java.util.Optional;

/** Reads the {@code deprecated:} map a code or an enum value may carry. */
final class DeprecationReader {

    private static final java.util.List<String> KEYS = SpecGrammar.DEPRECATION.names();

    private DeprecationReader() {}

    static Optional<Deprecation> read(Fields owner, String what, Problems problems) {
        Optional<io.codebook.processor.yaml.SpecMap> map = owner.submap("deprecated", false);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = new Fields(map.get(), "'deprecated' of " + what, KEYS, problems);
        Optional<String> reason = fields.text("reason", true);
        Optional<String> replacedBy = fields.text("replacedBy", false);
        Optional<String> since = fields.text("since", false);
        boolean retired = fields.bool("retired", false).orElse(false);
        return reason.map(r -> new Deprecation(r, replacedBy, since, retired, map.get().position()));
    }
}
