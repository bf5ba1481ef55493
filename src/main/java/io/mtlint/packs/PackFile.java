package io.mtlint.packs;

import io.mtlint.config.YamlException;
import io.mtlint.config.YamlNode;
import io.mtlint.lang.Vocabulary;
import io.mtlint.model.Category;
import io.mtlint.model.Example;
import io.mtlint.model.RuleInfo;
import io.mtlint.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one YAML rule pack: its header, defaults, rules of the three kinds and vocabulary lists. See
 * rules/README.md.
 */
final class PackFile {
    static final List<String> KINDS = List.of("phrase", "pattern", "tokens");
    /**
     * Rule kinds that declare a vocabulary list under {@code rules:}, the rule's id naming the list: read as the
     * same lists as the {@code vocabulary:} section, for users' packs written that way.
     */
    private static final List<String> VOCABULARY_KINDS = List.of("casing", "wordlist");
    private static final List<String> TOP_KEYS = List.of("pack", "description", "target", "source", "defaults",
            "rules", "vocabulary");
    private static final List<String> COMMON_KEYS = List.of("id", "kind", "category", "severity", "message",
            "description", "examples", "enabled", "safe", "suggestions", "replaces");
    private static final Map<String, List<String>> KIND_KEYS = Map.of(
            "phrase", List.of("phrases", "case-sensitive", "sentence-start", "inflect"),
            "pattern", List.of("pattern", "ignore-case", "sentence-start", "document-also"),
            "tokens", List.of("tokens", "mark", "sentence-start"),
            "casing", List.of("names", "mid-sentence-only"),
            "wordlist", List.of("list", "words", "entries", "language"));
    private static final List<String> TOKEN_KEYS = List.of("text", "regex", "lemma", "pos", "not-text", "not-lemma",
            "not-pos", "case-sensitive", "space-before", "any-of");
    private static final List<String> LISTS = List.of("accepted", "names", "products", "abbreviations", "glossary");
    /** The keys of each list of a pack's {@code vocabulary:}, besides {@code name} and {@code list}. */
    private static final Map<String, List<String>> LIST_KEYS = Map.of(
            "accepted", List.of("words"),
            "names", List.of("words", "mid-sentence-only"),
            "products", List.of("words"),
            "abbreviations", List.of("words"),
            "glossary", List.of("language", "entries"));
    /** The lists a {@code kind: wordlist} rule may name. */
    private static final List<String> WORD_LISTS = List.of("accepted", "abbreviations", "glossary");

    private PackFile() {
    }

    static void load(PackText pack, String target, String source, RulePacks packs) throws YamlException {
        String directory = pack.directory();
        YamlNode root = pack.tree();
        Map<String, YamlNode> top = root.entries(TOP_KEYS);
        Map<String, String> declared = new HashMap<>();
        for (String key : List.of("target", "source")) {
            if (top.containsKey(key)) {
                // A list of sources ("source: [es, pt, it]") is kept comma-joined: calques Romance languages share.
                YamlNode value = top.get(key);
                String codes = key.equals("source") ? String.join(",", value.strings()) : value.string();
                declared.put(key, codes.toLowerCase(Locale.ROOT));
            }
        }
        if (!PackLoader.appliesTo(directory, declared, target, source)) {
            return;
        }
        Map<String, YamlNode> defaults = top.containsKey("defaults")
                ? top.get("defaults").entries(List.of("category", "severity", "safe")) : Map.of();
        if (!top.containsKey("rules") && !top.containsKey("vocabulary")) {
            throw root.error("a pack needs a 'rules' or a 'vocabulary' list");
        }
        Set<String> ruleIds = new HashSet<>();
        Set<String> listNames = new HashSet<>();
        String[] pair = PackLoader.pairOf(directory, declared);
        if (top.containsKey("rules")) {
            for (YamlNode ruleNode : top.get("rules").items()) {
                loadRule(ruleNode, defaults, target, pair, ruleIds, listNames, packs);
            }
        }
        if (top.containsKey("vocabulary")) {
            for (YamlNode listNode : top.get("vocabulary").items()) {
                loadList(listNode, listNames, packs.vocabulary());
            }
        }
    }

    /**
     * Every rule id {@code pack} defines, and every id its rules replace, whatever language pair it is for: what a
     * configuration may name without being told the id is unknown; and the names of its vocabulary lists.
     * Unparseable packs add nothing (loading them reports the error).
     */
    static void collectIds(PackText pack, Set<String> ruleIds, Set<String> listNames) {
        try {
            Map<String, YamlNode> top = pack.tree().entries();
            for (YamlNode rule : top.containsKey("rules") ? top.get("rules").items() : List.<YamlNode>of()) {
                Map<String, YamlNode> r = rule.entries();
                boolean list = r.containsKey("kind") && VOCABULARY_KINDS.contains(r.get("kind").string());
                if (r.containsKey("id")) {
                    (list ? listNames : ruleIds).add(r.get("id").string());
                }
                if (r.containsKey("replaces")) {
                    ruleIds.addAll(r.get("replaces").strings());
                }
            }
            for (YamlNode list : top.containsKey("vocabulary") ? top.get("vocabulary").items() : List.<YamlNode>of()) {
                Map<String, YamlNode> l = list.entries();
                if (l.containsKey("name")) {
                    listNames.add(l.get("name").string());
                }
            }
        } catch (YamlException | RuntimeException e) {
            // Not a pack this run can read: it names no ids.
        }
    }

    private static void loadRule(YamlNode node, Map<String, YamlNode> defaults, String target, String[] pair,
                                 Set<String> ruleIds, Set<String> listNames, RulePacks packs) throws YamlException {
        Map<String, YamlNode> raw = node.entries();
        YamlNode kindNode = raw.get("kind");
        String valid = " (valid: " + String.join(", ", KINDS) + "; word lists go under 'vocabulary')";
        if (kindNode == null) {
            throw node.error("rule has no 'kind'" + valid);
        }
        String kind = kindNode.string();
        boolean list = VOCABULARY_KINDS.contains(kind);
        if (!KINDS.contains(kind) && !list) {
            throw kindNode.error("unknown rule kind '" + kind + "'" + valid);
        }
        List<String> allowed = new ArrayList<>(COMMON_KEYS);
        allowed.addAll(KIND_KEYS.get(kind));
        Map<String, YamlNode> r = node.entries(allowed);
        boolean offByDefault = r.containsKey("enabled") && !r.get("enabled").bool();
        if (offByDefault && list) {
            return;
        }
        YamlNode idNode = r.get("id");
        if (idNode == null) {
            throw node.error("rule has no 'id'");
        }
        String id = list ? uniqueName(idNode, listNames, "vocabulary list") : uniqueName(idNode, ruleIds, "rule id");
        switch (kind) {
            case "casing" -> addList("names", r, "names", node, packs.vocabulary());
            case "wordlist" -> {
                YamlNode listNode = required(r, "list", node);
                if (!WORD_LISTS.contains(listNode.string())) {
                    throw listNode.error("unknown word list '" + listNode.string() + "' (valid: "
                            + String.join(", ", WORD_LISTS) + ")");
                }
                addList(listNode.string(), r, "words", node, packs.vocabulary());
            }
            default -> packs.addRule(buildRule(kind, id, node, r, defaults, target, pair[0], pair[1]), offByDefault,
                    pair[0]);
        }
    }

    /** {@code node}'s text when it is a well-formed id not yet in {@code seen}, which it joins. */
    private static String uniqueName(YamlNode node, Set<String> seen, String what) throws YamlException {
        String name = node.string();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw node.error(what + " '" + name + "' may use only letters, digits, '.', '_' and '-'");
        }
        if (!seen.add(name)) {
            throw node.error("duplicate " + what + " '" + name + "' in this pack");
        }
        return name;
    }

    /** One list of a pack's {@code vocabulary:} section. */
    private static void loadList(YamlNode node, Set<String> listNames, Vocabulary vocabulary) throws YamlException {
        YamlNode listNode = node.entries().get("list");
        String valid = " (valid: " + String.join(", ", LISTS) + ")";
        if (listNode == null) {
            throw node.error("vocabulary list has no 'list'" + valid);
        }
        String list = listNode.string();
        if (!LISTS.contains(list)) {
            throw listNode.error("unknown vocabulary list '" + list + "'" + valid);
        }
        List<String> allowed = new ArrayList<>(List.of("name", "list"));
        allowed.addAll(LIST_KEYS.get(list));
        Map<String, YamlNode> l = node.entries(allowed);
        YamlNode nameNode = l.get("name");
        if (nameNode == null) {
            throw node.error("vocabulary list has no 'name'");
        }
        uniqueName(nameNode, listNames, "vocabulary list");
        addList(list, l, "words", node, vocabulary);
    }

    /** Adds a list's entries to {@code vocabulary}: {@code wordsKey} holds its words, or a glossary its entries. */
    private static void addList(String list, Map<String, YamlNode> l, String wordsKey, YamlNode node,
                                Vocabulary vocabulary) throws YamlException {
        switch (list) {
            case "glossary" -> {
                YamlNode entries = required(l, "entries", node);
                String language = required(l, "language", node).string();
                for (Map.Entry<String, YamlNode> e : entries.entries().entrySet()) {
                    vocabulary.addGlossaryEntry(language, e.getKey(), e.getValue().string());
                }
            }
            case "names" -> {
                YamlNode names = required(l, wordsKey, node);
                boolean midSentenceOnly = l.containsKey("mid-sentence-only") && l.get("mid-sentence-only").bool();
                for (String name : names.strings()) {
                    vocabulary.addCasing(name.strip(), midSentenceOnly, names.file());
                }
            }
            case "accepted" -> {
                for (String w : required(l, wordsKey, node).strings()) {
                    vocabulary.addAccepted(w.strip());
                }
            }
            case "products" -> {
                for (String w : required(l, wordsKey, node).strings()) {
                    vocabulary.addProduct(w.strip());
                }
            }
            default -> {
                for (String w : required(l, wordsKey, node).strings()) {
                    vocabulary.addAbbreviation(w.strip().replaceAll("\\.$", ""));
                }
            }
        }
    }

    private static io.mtlint.model.Rule buildRule(String kind, String id, YamlNode node, Map<String, YamlNode> r,
                                                 Map<String, YamlNode> defaults, String target, String declaredSource,
                                                 String declaredTarget) throws YamlException {
        Category category = category(r.getOrDefault("category", defaults.get("category")), node);
        Severity severity = severity(r.getOrDefault("severity", defaults.get("severity")));
        String description = r.containsKey("description") ? r.get("description").string().strip() : "";
        String message = r.containsKey("message") ? r.get("message").string().strip() : description;
        if (message.isEmpty()) {
            throw node.error("rule '" + id + "' needs a 'message' or a 'description'");
        }
        String summary = message.replace("{match}", "\u2026");
        List<Example> examples = examples(r.get("examples"), PackLoader.firstSource(declaredSource), declaredTarget);
        List<String> formerIds = r.containsKey("replaces") ? r.get("replaces").strings() : List.of();
        RuleInfo info = new RuleInfo(id, category, severity, summary, description.isEmpty() ? summary : description,
                examples, node.file() + ":" + node.line(), formerIds);
        boolean safe = r.containsKey("safe") ? r.get("safe").bool()
                : defaults.containsKey("safe") && defaults.get("safe").bool();
        List<String> suggestions = r.containsKey("suggestions") ? r.get("suggestions").strings() : List.of();
        boolean sentenceStart = r.containsKey("sentence-start") && r.get("sentence-start").bool();
        return switch (kind) {
            case "phrase" -> {
                YamlNode phrases = required(r, "phrases", node);
                boolean inflect = r.containsKey("inflect") && r.get("inflect").bool();
                List<List<String>> slots = new ArrayList<>();
                for (String phrase : phrases.strings()) {
                    if (phrase.isBlank()) {
                        throw phrases.error("empty phrase");
                    }
                    slots.add(inflect ? Inflections.expand(target, phrase) : List.of(phrase.strip().split("\\s+")));
                }
                boolean caseSensitive = r.containsKey("case-sensitive") && r.get("case-sensitive").bool();
                yield new PhraseRule(info, slots, caseSensitive, sentenceStart, suggestions, safe, message);
            }
            case "pattern" -> {
                YamlNode p = required(r, "pattern", node);
                boolean ignoreCase = r.containsKey("ignore-case") && r.get("ignore-case").bool();
                Pattern documentAlso = r.containsKey("document-also") ? regex(r.get("document-also"), false) : null;
                yield new PatternRule(info, regex(p, ignoreCase), sentenceStart, documentAlso, suggestions, safe, message);
            }
            case "tokens" -> {
                YamlNode t = required(r, "tokens", node);
                List<TokenCondition> conditions = new ArrayList<>();
                for (YamlNode c : t.items()) {
                    conditions.add(tokenCondition(c));
                }
                if (conditions.isEmpty()) {
                    throw t.error("'tokens' needs at least one token");
                }
                int from = 0;
                int to = conditions.size() - 1;
                if (r.containsKey("mark")) {
                    List<YamlNode> mark = r.get("mark").items();
                    if (mark.size() != 2) {
                        throw r.get("mark").error("'mark' is [first, last] token index (0-based)");
                    }
                    from = mark.get(0).integer();
                    to = mark.get(1).integer();
                    if (from < 0 || to < from || to >= conditions.size()) {
                        throw r.get("mark").error("'mark' must lie within the " + conditions.size() + " tokens");
                    }
                }
                yield new TokensRule(info, target, conditions, from, to, sentenceStart, suggestions, safe, message);
            }
            default -> throw node.error("unknown rule kind '" + kind + "'");
        };
    }

    private static TokenCondition tokenCondition(YamlNode node) throws YamlException {
        Map<String, YamlNode> c = node.entries(TOKEN_KEYS);
        if (c.isEmpty()) {
            throw node.error("a token condition needs at least one of: " + String.join(", ", TOKEN_KEYS));
        }
        if (c.containsKey("any-of")) {
            if (c.size() > 1) {
                throw node.error("'any-of' stands alone: put the other keys in its alternatives");
            }
            List<TokenCondition> alternatives = new ArrayList<>();
            for (YamlNode alternative : c.get("any-of").items()) {
                alternatives.add(tokenCondition(alternative));
            }
            if (alternatives.isEmpty()) {
                throw c.get("any-of").error("'any-of' needs at least one alternative");
            }
            return TokenCondition.anyOf(alternatives);
        }
        boolean caseSensitive = c.containsKey("case-sensitive") && c.get("case-sensitive").bool();
        return new TokenCondition(lowerSet(c.get("text"), caseSensitive),
                c.containsKey("regex") ? regex(c.get("regex"), false) : null,
                lowerSet(c.get("lemma"), false),
                c.containsKey("pos") ? regex(c.get("pos"), false) : null,
                lowerSet(c.get("not-text"), caseSensitive), lowerSet(c.get("not-lemma"), false),
                c.containsKey("not-pos") ? regex(c.get("not-pos"), false) : null, caseSensitive,
                c.containsKey("space-before") ? c.get("space-before").bool() : null);
    }

    private static Set<String> lowerSet(YamlNode node, boolean caseSensitive) throws YamlException {
        if (node == null) {
            return Set.of();
        }
        Set<String> result = new HashSet<>();
        for (String s : node.strings()) {
            result.add(caseSensitive ? s : s.toLowerCase(Locale.ROOT));
        }
        return result;
    }

    private static List<Example> examples(YamlNode node, String source, String target) throws YamlException {
        List<Example> examples = new ArrayList<>();
        if (node == null) {
            return examples;
        }
        for (YamlNode e : node.items()) {
            Map<String, YamlNode> ex = e.entries(List.of("bad", "fixed", "good"));
            if (ex.containsKey("bad") == ex.containsKey("good")) {
                throw e.error("an example has either 'bad' (with optional 'fixed') or 'good'");
            }
            if (ex.containsKey("bad")) {
                examples.add(Example.bad(ex.get("bad").string(), ex.containsKey("fixed") ? ex.get("fixed").string() : null)
                        .in(source, target));
            } else {
                examples.add(Example.good(ex.get("good").string()).in(source, target));
            }
        }
        return examples;
    }

    private static Category category(YamlNode node, YamlNode rule) throws YamlException {
        if (node == null) {
            throw rule.error("rule needs a 'category' (valid: " + Category.validIds() + ")");
        }
        try {
            return Category.fromId(node.string());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Severity severity(YamlNode node) throws YamlException {
        if (node == null) {
            return Severity.WARNING;
        }
        try {
            return Severity.fromId(node.string());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Pattern regex(YamlNode node, boolean ignoreCase) throws YamlException {
        try {
            return Pattern.compile(node.string(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw node.error("bad regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private static YamlNode required(Map<String, YamlNode> r, String key, YamlNode node) throws YamlException {
        YamlNode v = r.get(key);
        if (v == null) {
            throw node.error((r.containsKey("kind") ? "rule" : "vocabulary list") + " needs '" + key + "'");
        }
        return v;
    }
}
