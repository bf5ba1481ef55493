package io.mtlint.config;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML value that remembers where it was written, so every configuration or rule-pack error can name the file
 * and line. Wraps SnakeYAML's node graph.
 */
public final class YamlNode {
    private final Node node;
    private final String file;

    private YamlNode(Node node, String file) {
        this.node = node;
        this.file = file;
    }

    /**
     * Parses one YAML document; an empty one (nothing, only comments, or a bare {@code ---} or {@code null}) is
     * an empty mapping.
     */
    public static YamlNode parse(String text, String file) throws YamlException {
        try {
            LoaderOptions options = new LoaderOptions();
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null || root instanceof ScalarNode && Tag.NULL.equals(root.getTag())) {
                return new YamlNode(new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK), file);
            }
            return new YamlNode(root, file);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new YamlException(file, line, "invalid YAML: " + e.getProblem());
        } catch (RuntimeException e) {
            throw new YamlException(file, 0, "invalid YAML: " + e.getMessage());
        }
    }

    public String file() {
        return file;
    }

    /** 1-based line where this value starts. */
    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public YamlException error(String message) {
        return new YamlException(file, line(), message);
    }

    /** {@code file:line}, for messages about this value that are raised elsewhere. */
    public String where() {
        return file + (line() > 0 ? ":" + line() : "");
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping, in order; keys are strings. */
    public Map<String, YamlNode> entries() throws YamlException {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping (key: value), found " + kind());
        }
        Map<String, YamlNode> result = new LinkedHashMap<>();
        Map<String, Integer> lines = new java.util.HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            YamlNode keyNode = new YamlNode(t.getKeyNode(), file);
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw keyNode.error("keys must be plain strings");
            }
            // SnakeYAML checks duplicate keys only when it builds Java objects, which this never asks it to.
            Integer first = lines.putIfAbsent(key.getValue(), keyNode.line());
            if (first != null) {
                throw keyNode.error("duplicate key '" + key.getValue() + "' (first at line " + first
                        + "); the second would silently replace the first");
            }
            result.put(key.getValue(), new YamlNode(t.getValueNode(), file));
        }
        return result;
    }

    /** Fails with the list of valid keys when the mapping has a key outside {@code allowed}. */
    public Map<String, YamlNode> entries(Collection<String> allowed) throws YamlException {
        Map<String, YamlNode> entries = entries();
        MappingNode mapping = (MappingNode) node;
        // Every unknown key of the mapping in one line, so a file with two typos is fixed in one round.
        List<String> unknown = new ArrayList<>();
        YamlNode first = null;
        for (NodeTuple t : mapping.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                YamlNode keyNode = new YamlNode(t.getKeyNode(), file);
                first = first == null ? keyNode : first;
                unknown.add("'" + key + "'" + (unknown.isEmpty() ? "" : " (line " + keyNode.line() + ")")
                        + io.mtlint.text.DidYouMean.hint(key, allowed));
            }
        }
        if (first != null) {
            throw first.error((unknown.size() == 1 ? "unknown key " : "unknown keys ") + String.join(", ", unknown)
                    + " (valid: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
        return entries;
    }

    public List<YamlNode> items() throws YamlException {
        if (node instanceof SequenceNode seq) {
            List<YamlNode> result = new ArrayList<>();
            for (Node n : seq.getValue()) {
                result.add(new YamlNode(n, file));
            }
            return result;
        }
        throw error("expected a list, found " + kind());
    }

    /** A list of strings; a single scalar counts as a one-element list. */
    public List<String> strings() throws YamlException {
        if (node instanceof ScalarNode) {
            return List.of(string());
        }
        List<String> result = new ArrayList<>();
        for (YamlNode item : items()) {
            result.add(item.string());
        }
        return result;
    }

    public String string() throws YamlException {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error("expected a text value, found " + kind());
    }

    public boolean bool() throws YamlException {
        String v = string().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("expected true or false, found '" + v + "'");
        };
    }

    public int integer() throws YamlException {
        try {
            return Integer.parseInt(string().trim());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + string() + "'");
        }
    }

    private String kind() {
        return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a text value";
    }
}
