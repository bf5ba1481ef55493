package io.mtlint.format;

import io.mtlint.text.search.SparseMatcher;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax documentation sites add to Markdown, which CommonMark reads as prose: Hugo and Docusaurus shortcodes,
 * Liquid and Jinja tags (with the bodies of Liquid's code and comment blocks), heading attributes, footnote
 * markers, GitHub alert markers and task-list boxes, Adobe Experience League's label tags ({@code [!UICONTROL …]}),
 * MkDocs admonition and tab markers, Docusaurus {@code :::} containers, MDX import and export lines, comments and
 * expressions, JSX tags spread over several lines or alone on their line, and TOML and JSON front matter.
 * It is blanked out (spaces, line breaks kept) before parsing, and the bodies of admonitions and tabs, indented
 * four spaces, are moved left so CommonMark reads them as prose rather than indented code. The result keeps a
 * map back to the original text, so positions stay exact.
 */
final class DocsSiteMarkup {
    private static final int MAX_TAG = TemplateTags.MAX_TAG;
    private static final Pattern INLINE = Pattern.compile(String.join("|",
            "\\{\\{[<%][\\s\\S]{0," + MAX_TAG + "}?[>%]\\}\\}", // Hugo shortcodes
            TemplateTags.STATEMENT, TemplateTags.EXPRESSION, TemplateTags.COMMENT,
            "\\{:?[ \\t]*[#.][^{}\\n]*\\}(?=[ \\t]*(?:\\r?\\n|$))", // heading and block attributes {#id .class}
            // a heading id with its hash outside the braces; the hash left then closes the heading
            "(?<=[ \\t]#)\\{[\\w-]+\\}(?=[ \\t]*(?:\\r?\\n|$))",
            "\\[\\^[^\\]\\s]+\\]:?", // footnote references and the label of a footnote's text
            // MDX expressions and template placeholders: {count}, {props.user.name}, {t('key')}
            "\\{[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*|\\[[^\\]\\n{}]*\\]|\\([^)\\n{}]*\\))*\\}",
            // GitHub task-list boxes after a list marker: - [ ], 1. [x]
            "(?m:(?<=^[ \\t]{0,12}(?:[-*+]|\\d{1,9}[.)])[ \\t]{1,4})\\[[ xX]\\](?=[ \\t]))",
            "(?<=>[ \\t]{0,4})\\[![A-Za-z]+\\](?=[ \\t]*(?:\\r?\\n|$))")); // GitHub alert markers: > [!NOTE]
    /** MDX comments (heading ids among them): hidden, and read as nothing. */
    private static final Pattern MDX_COMMENT = Pattern.compile("\\{/\\*[\\s\\S]{0," + MAX_TAG + "}?\\*/\\}");
    private static final SparseMatcher.StartTest INLINE_START = SparseMatcher.anyOf("{[");
    /**
     * Adobe Experience League's tags around a label, {@code [!UICONTROL Save]} and {@code [!DNL Analytics]}: the
     * site shows the label alone, so the tag is hidden and the label stays prose, inside emphasis too. The brackets
     * stay in the parsed text (hidden, not blanked) so that "**[!UICONTROL Save]**" still opens its emphasis.
     */
    private static final Pattern UI_LABEL = Pattern.compile(
            "(?<!\\\\)\\[(!(?:UICONTROL|DNL)[ \\t\\u00a0]+)[^\\[\\]\\s](?:[^\\[\\]\\n]*[^\\[\\]\\s])?(\\])");
    private static final Pattern ADMONITION = Pattern.compile(
            "(?:(?:!!!|\\?\\?\\?\\+?)[ \\t]+[\\w-]+(?:[ \\t]+[\\w-]+)*(?:[ \\t]+\"[^\"\\n]*\")?"
                    + "|(?:!!!|\\?\\?\\?\\+?)[ \\t]+\"[^\"\\n]*\""
                    + "|===\\+?[ \\t]+\"[^\"\\n]*\")[ \\t]*");
    private static final Pattern CONTAINER = Pattern.compile("[ \\t]*:::+.*");
    private static final Pattern MDX_IMPORT = Pattern.compile(
            "import[ \\t]+(?:[\\w*{}\\s,$]+[ \\t]+from[ \\t]+)?['\"][^'\"]+['\"];?[ \\t]*");
    private static final Pattern MDX_EXPORT = Pattern.compile(
            "export[ \\t]+(?:const|let|var|function|default|class|\\{).*");
    private static final Pattern JSX_OPEN = Pattern.compile("</?[A-Z][\\w.]*(?:[ \\t].*)?");
    /** A component alone on its line; its attributes may hold JSX expressions CommonMark cannot read as HTML. */
    private static final Pattern JSX_SELF_CLOSED = Pattern.compile("[ \\t]*<[A-Z][\\w.]*(?:[ \\t].*)?/>[ \\t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final int BODY_INDENT = 4;
    /** A Hugo shortcode alone on its line; a name starting with '/' closes a paired one. */
    private static final Pattern SHORTCODE_LINE = Pattern.compile(
            "[ \\t]*\\{\\{([<%])[ \\t]*(/?[\\w.-]+)[^\\n]*?[>%]\\}\\}[ \\t]*");
    /** Paired shortcodes whose body is code to show, not Markdown: Hugo's own {@code highlight} and its kin. */
    private static final Set<String> CODE_SHORTCODES = Set.of("highlight", "code", "codeblock", "code-block");
    /** A Liquid or Jinja block tag alone on its line: {@code {% highlight ruby %}}, {@code {%- endcomment -%}}. */
    private static final Pattern LIQUID_LINE = Pattern.compile("[ \\t]*\\{%-?[ \\t]*(\\w+)[^\\n]*?-?%\\}[ \\t]*");
    /**
     * Liquid blocks whose body is code to show or a comment, never prose (Jekyll's and Octopress's tags); a
     * {@code raw} block often wraps a whole page, and its body is read.
     */
    private static final java.util.Map<String, Pattern> CODE_LIQUID_BLOCKS = java.util.Map.of(
            "highlight", liquidEnd("highlight"), "codeblock", liquidEnd("codeblock"), "comment", liquidEnd("comment"));
    /** A TOML table header inside a shortcode: {@code [[item]]}, {@code [params]}. */
    private static final Pattern TABLE_HEADER = Pattern.compile("[ \\t]*\\[\\[?[\\w.-]+\\]\\]?[ \\t]*");
    /** A TOML {@code key = value} or YAML {@code key: value} line. */
    private static final Pattern KEY_VALUE = Pattern.compile(
            "[ \\t]*(?<key>[A-Za-z_][\\w.-]*)(?:[ \\t]*=[ \\t]*|:(?:[ \\t]+|$))(?<value>.*?)[ \\t]*");
    /**
     * A YAML line that opens a data body: a lowercase key with nothing, a quoted string or one word after it;
     * "Note: …" and "nota: los faros cierran…" open prose.
     */
    private static final Pattern YAML_FIRST = Pattern.compile("[ \\t]*[a-z_][\\w-]*:(?:[ \\t]+"
            + "(?:\"[^\"]*\"|'[^']*'|[^\\s'\"]+))?[ \\t]*");
    /**
     * The keys whose string values are written for readers, read as prose; every other value (types, paths,
     * colours, numbers) is data and hidden.
     */
    private static final java.util.Set<String> TEXT_KEYS = java.util.Set.of("title", "subtitle", "body", "text",
            "description", "summary", "alt", "caption", "label", "header", "footer", "content", "tooltip");
    private static final int[] HIDE_LINE = {-1, -1};

    /**
     * The text to parse, which of its characters are hidden markup, which of those are comments that read as
     * nothing even between two spaces, and where each character came from in the original.
     */
    record Prepared(String text, BitSet hidden, BitSet comments, int[] origin) {
        /** The original offset of a range's start. */
        int start(int at) {
            return origin == null ? at : origin[at];
        }

        /** The original offset of a range's end: just after its last character, so no moved indentation is taken. */
        int end(int from, int to) {
            return origin == null ? to : to > from ? origin[to - 1] + 1 : origin[to];
        }

        boolean isHidden(int at) {
            return hidden.get(at);
        }

        boolean isComment(int at) {
            return comments.get(at);
        }
    }

    private DocsSiteMarkup() {
    }

    /** The tag that closes a Liquid block: {@code {% endhighlight %}}. */
    private static Pattern liquidEnd(String name) {
        return Pattern.compile("\\{%-?[ \\t]*end" + name + "\\b");
    }

    static Prepared prepare(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        BitSet hidden = new BitSet();
        LinePass lines = new LinePass(original, out, origin, hidden);
        boolean moved = lines.run();
        origin[out.length()] = original.length();
        blankMath(out, hidden, lines.code);
        // Every inline tag opens with a brace or a bracket: the search jumps from one to the next.
        SparseMatcher m = SparseMatcher.of(INLINE, out.toString(), null, INLINE_START);
        while (m.find()) {
            blank(out, hidden, m.start(), m.end());
        }
        BitSet comments = new BitSet();
        hideUiLabelTags(out, hidden, comments);
        SparseMatcher c = SparseMatcher.of(MDX_COMMENT, out.toString(), null, SparseMatcher.anyOf("{"));
        while (c.find()) {
            blank(out, hidden, c.start(), c.end());
            comments.set(c.start(), c.end());
        }
        return new Prepared(out.toString(), hidden, comments, moved ? Arrays.copyOf(origin, out.length() + 1) : null);
    }

    /** The tags read as nothing, as comments do: the label stands in the sentence on its own. */
    private static void hideUiLabelTags(StringBuilder out, BitSet hidden, BitSet comments) {
        if (out.indexOf("[!") < 0) {
            return;
        }
        Matcher tag = UI_LABEL.matcher(out.toString());
        while (tag.find()) {
            hidden.set(tag.start());
            blank(out, hidden, tag.start(1), tag.end(1));
            hidden.set(tag.start(2));
            comments.set(tag.start(), tag.end(1));
            comments.set(tag.start(2));
        }
    }

    /** Inline code on one line: a run of backticks, its content, and as many backticks again. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`\\n]+?\\1(?!`)");

    /**
     * LaTeX formulas in prose ("$x^2$", "\(a \land b\)"), hidden like a shortcode so they read as a stand-in
     * word; formulas inside code blocks and inline code stay as they are, since code is compared and searched.
     */
    private static void blankMath(StringBuilder out, BitSet hidden, BitSet codeLines) {
        if (!LatexMath.mayHold(out, 0, out.length())) {
            return;
        }
        String text = out.toString();
        BitSet code = (BitSet) codeLines.clone();
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            code.set(span.start(), span.end());
        }
        Matcher math = LatexMath.SPAN.matcher(text);
        while (math.find()) {
            int inCode = code.nextSetBit(math.start());
            if (inCode < 0 || inCode >= math.end()) {
                blank(out, hidden, math.start(), math.end());
            }
        }
    }

    /** Whether only spaces or tabs stand before {@code from} on its line, and text follows {@code to} on it. */
    private static boolean opensLineOfText(StringBuilder text, int from, int to) {
        for (int i = from - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        for (int i = to; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hides {@code [from, to)}: spaces, or letters where it opens a line of text, since spaces there would indent
     * the rest of the line into a code block ("[^1]: The note …", "$x$ is …"). Either way CommonMark reads no markup
     * in it, and the prose reads it as hidden.
     */
    private static void blank(StringBuilder text, BitSet hidden, int from, int to) {
        char standIn = opensLineOfText(text, from, to) ? 'x' : ' ';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                text.setCharAt(i, standIn);
                hidden.set(i);
            }
        }
    }

    /** Copies the text line by line, blanking marker lines and moving indented bodies left. */
    private static final class LinePass {
        private final String original;
        private final StringBuilder out;
        private final int[] origin;
        private final BitSet hidden;
        /** The indentation, in columns, each open admonition or tab requires of its body. */
        private final Deque<Integer> bodies = new ArrayDeque<>();
        private String fence;
        private boolean moved;
        private boolean inTomlFrontMatter;
        private boolean inJsonFrontMatter;
        private boolean inExport;
        private int exportDepth;
        private boolean inJsxTag;
        /** The previous line starts with a tag, so CommonMark reads a fence right after it as part of that HTML. */
        private boolean afterTagLine;
        private boolean fenceInHtml;
        /** A paired shortcode just opened: its body's first line decides whether it is data. */
        private boolean undecided;
        /** Per open paired shortcode: null until its first line is read, then whether its body is data. */
        private final Deque<Boolean> shortcodes = new ArrayDeque<>();
        /** The name of the open shortcode whose body is code, hidden to its closing tag; null when none is open. */
        private String codeShortcode;
        /** The delimiter of an open multi-line string in a data body ({@code '''}), and whether it is text. */
        private String stringDelimiter;
        private boolean stringIsText;
        /** Output offsets of fenced code lines and of lines indented as code. */
        final BitSet code = new BitSet();

        LinePass(String original, StringBuilder out, int[] origin, BitSet hidden) {
            this.original = original;
            this.out = out;
            this.origin = origin;
            this.hidden = hidden;
        }

        boolean run() {
            int at = 0;
            boolean first = true;
            while (at < original.length()) {
                int contentEnd = at;
                while (contentEnd < original.length() && original.charAt(contentEnd) != '\n'
                        && original.charAt(contentEnd) != '\r') {
                    contentEnd++;
                }
                int lineEnd = contentEnd;
                if (lineEnd < original.length() && original.charAt(lineEnd) == '\r') {
                    lineEnd++;
                }
                if (lineEnd < original.length() && original.charAt(lineEnd) == '\n') {
                    lineEnd++;
                }
                line(at, contentEnd, lineEnd, first);
                first = false;
                at = lineEnd;
            }
            return moved;
        }

        private void line(int start, int contentEnd, int lineEnd, boolean first) {
            String content = original.substring(start, contentEnd);
            boolean inMarkup = fence != null || inTomlFrontMatter || inJsonFrontMatter || inExport || inJsxTag;
            int[] data = inMarkup ? null : data(content, lineEnd);
            if (data != null) {
                int from = out.length();
                if (data == HIDE_LINE) {
                    copy(start, lineEnd);
                    blank(out, hidden, from, out.length());
                } else {
                    copy(start + data[0], lineEnd);
                    moved |= data[0] > 0;
                    blank(out, hidden, from + data[1] - data[0], out.length());
                }
                afterTagLine = false;
                return;
            }
            boolean blank = content.isBlank();
            int indent = columns(content);
            while (!blank && !bodies.isEmpty() && indent < bodies.peek()) {
                bodies.pop();
            }
            int skip = bodies.isEmpty() || blank ? 0 : leadingChars(content, bodies.peek());
            int from = out.length();
            copy(start + skip, lineEnd);
            moved |= skip > 0;
            String rest = content.substring(skip);
            boolean inFence = fence != null;
            if (hide(rest, first, indent)) {
                blank(out, hidden, from, out.length());
            }
            if (inFence || fence != null || !blank && columns(rest) >= BODY_INDENT) {
                code.set(from, out.length());
            }
            afterTagLine = !blank && rest.strip().startsWith("<");
        }

        /**
         * A line of a paired shortcode's body that is TOML or YAML data ({@code [[item]]}, {@code type = 'card'},
         * {@code title = '…'}) rather than the Markdown most such bodies hold: {@link #HIDE_LINE}, or the range of
         * a text value to read as prose; null for a line read as Markdown. A body is data when its first line is.
         */
        private int[] data(String content, int lineEnd) {
            String line = content.strip();
            if (stringDelimiter != null) {
                int close = content.indexOf(stringDelimiter);
                if (close < 0) {
                    return stringIsText ? null : HIDE_LINE;
                }
                stringDelimiter = null;
                return stringIsText && !content.substring(0, close).isBlank() ? new int[] {0, close} : HIDE_LINE;
            }
            Matcher tag = SHORTCODE_LINE.matcher(content);
            Matcher liquid = LIQUID_LINE.matcher(content);
            if (codeShortcode != null) {
                if (tag.matches() && tag.group(2).equals("/" + codeShortcode)
                        || liquid.matches() && liquid.group(1).equals("end" + codeShortcode)) {
                    codeShortcode = null;
                    return null;
                }
                return HIDE_LINE;
            }
            if (liquid.matches() && CODE_LIQUID_BLOCKS.containsKey(liquid.group(1)) && CODE_LIQUID_BLOCKS
                    .get(liquid.group(1)).matcher(original).region(lineEnd, original.length()).find()) {
                codeShortcode = liquid.group(1);
                return null;
            }
            if (tag.matches()) {
                String name = tag.group(2);
                if (name.startsWith("/")) {
                    if (!shortcodes.isEmpty()) {
                        shortcodes.pop();
                    }
                } else if (!line.endsWith("/" + (tag.group(1).equals("<") ? ">" : "%") + "}}") && Pattern.compile(
                        "\\{\\{[<%][ \\t]*/" + Pattern.quote(name) + "[ \\t]*[>%]\\}\\}")
                        .matcher(original).region(lineEnd, original.length()).find()) {
                    if (CODE_SHORTCODES.contains(name.toLowerCase(Locale.ROOT))) {
                        codeShortcode = name;
                    } else {
                        shortcodes.push(Boolean.FALSE); // replaced once the body's first line is read
                        undecided = true;
                    }
                }
                return null;
            }
            if (shortcodes.isEmpty() || line.isEmpty()) {
                return null;
            }
            if (undecided) {
                undecided = false;
                shortcodes.pop();
                shortcodes.push(TABLE_HEADER.matcher(content).matches() || YAML_FIRST.matcher(content).matches()
                        || KEY_VALUE.matcher(content).matches() && content.contains("="));
            }
            if (!shortcodes.peek()) {
                return null;
            }
            if (TABLE_HEADER.matcher(content).matches()) {
                return HIDE_LINE;
            }
            Matcher kv = KEY_VALUE.matcher(content);
            if (!kv.matches()) {
                return null;
            }
            boolean text = TEXT_KEYS.contains(kv.group("key").toLowerCase(Locale.ROOT));
            String value = kv.group("value");
            int at = kv.start("value");
            for (String delimiter : List.of("'''", "\"\"\"")) {
                if (value.startsWith(delimiter)) {
                    int close = value.indexOf(delimiter, 3);
                    if (close < 0) {
                        stringDelimiter = delimiter;
                        stringIsText = text;
                    }
                    int end = close < 0 ? value.length() : close;
                    return text && end > 3 && !value.substring(3, end).isBlank()
                            ? new int[] {at + 3, at + end} : HIDE_LINE;
                }
            }
            if (!text || value.isEmpty()) {
                return HIDE_LINE;
            }
            char quote = value.charAt(0);
            if ((quote == '\'' || quote == '"') && value.length() > 1 && value.charAt(value.length() - 1) == quote) {
                return new int[] {at + 1, at + value.length() - 1};
            }
            return kv.group().contains("=") ? HIDE_LINE : new int[] {at, at + value.length()};
        }

        /** Whether the line, less its body indentation, is markup; it also opens and closes multi-line markup. */
        private boolean hide(String line, boolean first, int indent) {
            if (fence != null) {
                if (FENCE.matcher(line).matches() && line.strip().startsWith(fence)
                        && line.strip().chars().allMatch(c -> c == fence.charAt(0))) {
                    fence = null;
                }
                return fenceInHtml;
            }
            if (inTomlFrontMatter) {
                inTomlFrontMatter = !line.strip().equals("+++");
                return true;
            }
            if (inJsonFrontMatter) {
                inJsonFrontMatter = !line.stripTrailing().equals("}");
                return true;
            }
            if (inExport) {
                exportDepth += depth(line);
                inExport = exportDepth > 0;
                return true;
            }
            if (inJsxTag) {
                inJsxTag = !closesTag(line);
                return true;
            }
            Matcher fenceStart = FENCE.matcher(line);
            if (fenceStart.matches()) {
                fence = fenceStart.group(1);
                fenceInHtml = afterTagLine;
                return fenceInHtml;
            }
            if (first && line.strip().equals("+++")) {
                inTomlFrontMatter = true;
                return true;
            }
            if (first && line.strip().equals("{") && closesJsonFrontMatter(original)) {
                inJsonFrontMatter = true;
                return true;
            }
            if (ADMONITION.matcher(line).matches()) {
                bodies.push(indent + BODY_INDENT);
                return true;
            }
            if (CONTAINER.matcher(line).matches() || MDX_IMPORT.matcher(line).matches()) {
                return true;
            }
            if (MDX_EXPORT.matcher(line).matches()) {
                exportDepth = depth(line);
                inExport = exportDepth > 0;
                return true;
            }
            if (JSX_SELF_CLOSED.matcher(line).matches() && closesTag(line)) {
                return true;
            }
            if (JSX_OPEN.matcher(line).matches() && !closesTag(line)) {
                inJsxTag = true;
                return true;
            }
            return false;
        }

        /** Hugo's JSON front matter: the first line "{" is closed by a line "}" at its start. */
        private static boolean closesJsonFrontMatter(String text) {
            int at = text.indexOf("\n}");
            while (at >= 0) {
                int end = at + 2;
                while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == '\r')) {
                    end++;
                }
                if (end == text.length() || text.charAt(end) == '\n') {
                    return true;
                }
                at = text.indexOf("\n}", at + 1);
            }
            return false;
        }

        private void copy(int from, int to) {
            for (int i = from; i < to; i++) {
                origin[out.length()] = i;
                out.append(original.charAt(i));
            }
        }

        /** Whether a {@code >} outside quotes and braces ends the tag begun on this or an earlier line. */
        private static boolean closesTag(String line) {
            char quote = 0;
            int braces = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                } else if (c == '>' && braces <= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Opening minus closing brackets: an export runs until its braces balance. */
        private static int depth(String line) {
            int d = 0;
            for (char c : line.toCharArray()) {
                d += c == '{' || c == '(' || c == '[' ? 1 : c == '}' || c == ')' || c == ']' ? -1 : 0;
            }
            return d;
        }

        private static int columns(String line) {
            int cols = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ' ') {
                    cols++;
                } else if (c == '\t') {
                    cols += BODY_INDENT - cols % BODY_INDENT;
                } else {
                    break;
                }
            }
            return cols;
        }

        /** How many leading whitespace characters make up {@code cols} columns. */
        private static int leadingChars(String line, int cols) {
            int seen = 0;
            int i = 0;
            while (i < line.length() && seen < cols && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                seen += line.charAt(i) == '\t' ? BODY_INDENT - seen % BODY_INDENT : 1;
                i++;
            }
            return i;
        }
    }
}
