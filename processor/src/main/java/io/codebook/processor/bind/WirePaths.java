package io.codebook.processor.bind;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.model.WirePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the paths a spec writes into vendor bodies: JSON Pointers with {@code *} and key families
 * ({@code <tech>_result}). Written the same way the runtime reads them, so a path the processor
 * accepts is one the generated reader follows.
 */
final class WirePaths {

    private WirePaths() {}

    static Optional<WirePath> parse(String text, SpecPosition position, String what, Problems problems) {
        if (!text.isEmpty() && text.charAt(0) != '/') {
            problems.report(position, Message.RESPONSE_PATH_SYNTAX, text, what,
                    "it must start with '/' (or be empty, for the whole value)");
            return Optional.empty();
        }
        List<WirePath.Step> steps = new ArrayList<>();
        Set<String> captures = new HashSet<>();
        if (!text.isEmpty()) {
            for (String token : text.substring(1).split("/", -1)) {
                Optional<String> wrong = check(token, captures);
                if (wrong.isPresent()) {
                    problems.report(position, Message.RESPONSE_PATH_SYNTAX, text, what, wrong.get());
                    return Optional.empty();
                }
                steps.add(step(token));
            }
        }
        return Optional.of(new WirePath(text, steps, position));
    }

    private static Optional<String> check(String token, Set<String> captures) {
        if (token.contains("*") && !token.equals("*")) {
            return Optional.of("'*' stands alone between slashes, for every element of an array; '" + token
                    + "' mixes it with a name");
        }
        int open = token.indexOf('<');
        int close = token.indexOf('>');
        if (open < 0 && close < 0) {
            return token.matches(".*~(?![01]).*") ? Optional.of("'~' is written '~0' in a JSON Pointer (and '/' '~1')")
                    : Optional.empty();
        }
        if (open < 0 || close < open || token.indexOf('<', open + 1) >= 0 || token.indexOf('>', close + 1) >= 0) {
            return Optional.of("a key family is written with one name in angle brackets, such as '<tech>_result'");
        }
        String name = token.substring(open + 1, close);
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            return Optional.of("the name in '" + token + "' must be a lowerCamel word such as 'tech'");
        }
        if (!captures.add(name)) {
            return Optional.of("'" + name + "' is captured twice");
        }
        return Optional.empty();
    }

    private static WirePath.Step step(String token) {
        if (token.equals("*")) {
            return new WirePath.Each();
        }
        int open = token.indexOf('<');
        if (open >= 0) {
            int close = token.indexOf('>');
            return new WirePath.Family(token.substring(0, open), token.substring(open + 1, close),
                    token.substring(close + 1));
        }
        return new WirePath.Key(token.replace("~1", "/").replace("~0", "~"));
    }
}
