package io.codebook.processor.yaml;

import io.codebook.processor.diagnostic.Message;
import io.codebook.processor.diagnostic.Problems;
import io.codebook.processor.diagnostic.SpecPosition;
import io.codebook.processor.locate.SpecSource;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a spec's bytes into a positioned {@link SpecNode} tree, safely: nothing is constructed
 * from tags (SnakeYAML only composes nodes), explicit tags are rejected, and size, nesting and
 * alias expansion are bounded so a hostile file is refused in bounded time.
 */
public final class SpecReader {

    /**
     * Large enough for the largest catalog Codebook generates (50,000 codes, each with a description,
     * messages, attributes and end-user texts in several locales); a spec is the user's own build
     * input, so its size is not what guards against hostile input: nesting, aliases and the nodes
     * they expand to are.
     */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    static final int MAX_NESTING = 64;
    static final int MAX_ALIASES = 32;
    /** Bounds what aliases can expand to, since the tree below copies aliased nodes. */
    static final int MAX_NODES = 2_000_000;

    /** The tree, or nothing when the file could not be read as YAML; problems in either case. */
    public record Result(Optional<SpecNode> root, Problems problems) {}

    public Result read(SpecSource source) {
        Problems problems = new Problems();
        byte[] bytes = source.bytes();
        if (bytes.length > MAX_BYTES) {
            problems.report(SpecPosition.startOf(source.displayPath()), Message.YAML_TOO_LARGE, bytes.length, MAX_BYTES);
            return new Result(Optional.empty(), problems);
        }
        Optional<String> text = decodeUtf8(source, bytes, problems);
        if (text.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        Node root;
        try {
            root = newYaml().compose(new StringReader(text.get()));
        } catch (MarkedYAMLException e) {
            new SyntaxErrors(source, text.get(), problems).report(e);
            return new Result(Optional.empty(), problems);
        } catch (YAMLException e) {
            refused(source, e, problems);
            return new Result(Optional.empty(), problems);
        }
        if (root == null) {
            problems.report(SpecPosition.startOf(source.displayPath()), Message.SPEC_EMPTY);
            return new Result(Optional.empty(), problems);
        }
        TreeBuilder builder = new TreeBuilder(source, problems);
        SpecNode tree = builder.convert(root);
        return new Result(builder.overBudget ? Optional.empty() : Optional.of(tree), problems);
    }

    /** A limit SnakeYAML enforces while reading; its message (matched as text) says which. */
    private static void refused(SpecSource source, YAMLException e, Problems problems) {
        SpecPosition start = SpecPosition.startOf(source.displayPath());
        String why = String.valueOf(e.getMessage());
        if (why.startsWith("Nesting Depth")) {
            problems.report(start, Message.YAML_TOO_DEEP, why, MAX_NESTING);
        } else if (why.contains("aliases")) {
            problems.report(start, Message.YAML_ALIASES, "are more than the " + MAX_ALIASES + " a spec may use");
        } else {
            problems.report(start, Message.YAML_REFUSED, why, MAX_NESTING, MAX_ALIASES);
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by the tree builder, with both positions
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setMergeOnCompose(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new StringsOnlyResolver());
    }

    /** Resolves no implicit types: every untagged scalar is a string, so any other tag was written explicitly. */
    private static final class StringsOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: the format decides each value's type, not YAML 1.1
        }
    }

    private static Optional<String> decodeUtf8(SpecSource source, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8Offset(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            problems.report(new SpecPosition(source.displayPath(), line, column), Message.NOT_UTF8, bytes[bad] & 0xFF);
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8Offset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    static SpecPosition position(SpecSource source, Mark mark) {
        if (mark == null) {
            return SpecPosition.startOf(source.displayPath());
        }
        return new SpecPosition(source.displayPath(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Converts SnakeYAML's nodes to ours, reporting explicit tags, non-scalar keys and duplicate keys. */
    private static final class TreeBuilder {
        private final SpecSource source;
        private final Problems problems;
        private int nodes;
        private boolean overBudget;

        TreeBuilder(SpecSource source, Problems problems) {
            this.source = source;
            this.problems = problems;
        }

        SpecNode convert(Node node) {
            if (++nodes > MAX_NODES) {
                if (!overBudget) {
                    overBudget = true;
                    problems.report(position(source, node.getStartMark()), Message.YAML_ALIASES,
                            "expand it to more than " + MAX_NODES + " nodes");
                }
                return new SpecScalar("", position(source, node.getStartMark()), true);
            }
            SpecPosition position = position(source, node.getStartMark());
            checkTag(node, position);
            if (node instanceof ScalarNode scalar) {
                boolean empty = scalar.isPlain() && scalar.getValue().isEmpty();
                return new SpecScalar(scalar.getValue(), position, empty);
            }
            if (node instanceof SequenceNode sequence) {
                List<SpecNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    if (overBudget) {
                        break;
                    }
                    items.add(convert(item));
                }
                return new SpecList(items, position);
            }
            MappingNode mapping = (MappingNode) node;
            List<SpecMap.Entry> entries = new ArrayList<>();
            Map<String, SpecPosition> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (overBudget) {
                    break;
                }
                SpecNode key = convert(tuple.getKeyNode());
                SpecNode value = convert(tuple.getValueNode());
                if (!(key instanceof SpecScalar scalarKey)) {
                    problems.report(key.position(), Message.YAML_KEY_NOT_TEXT, key.kind());
                    continue;
                }
                SpecPosition first = seen.putIfAbsent(scalarKey.value(), scalarKey.position());
                if (first != null) {
                    problems.report(scalarKey.position(), Message.DUPLICATE_KEY, scalarKey.value(), first.line(),
                            first.column());
                    continue;
                }
                entries.add(new SpecMap.Entry(scalarKey, value));
            }
            return new SpecMap(entries, position);
        }

        private void checkTag(Node node, SpecPosition position) {
            Tag tag = node.getTag();
            boolean standard = tag.equals(Tag.STR) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP);
            if (!standard) {
                problems.report(position, Message.YAML_TAG, tag.getValue());
            }
        }
    }
}
