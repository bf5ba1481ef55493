package io.mtlint.analysis;

import io.mtlint.format.MarkdownParts;
import io.mtlint.model.Document;
import io.mtlint.model.Format;
import io.mtlint.text.Identifiers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a Markdown document shows as code (inline code, code blocks): its words and its tokens (names, paths,
 * package names such as "starlette-admin"), computed once per document. Prose that repeats a token of its own code
 * is naming that code; a word of the code is one of the document's terms.
 */
public final class DocumentCode {
    private static final DocumentCode NONE = new DocumentCode(false, Set.of(), Set.of());

    private final boolean any;
    private final Set<String> words;
    private final Set<String> tokens;

    private DocumentCode(boolean any, Set<String> words, Set<String> tokens) {
        this.any = any;
        this.words = words;
        this.tokens = tokens;
    }

    private record Key() {
    }

    public static DocumentCode of(Document document) {
        if (document.format() != Format.MARKDOWN) {
            return NONE;
        }
        return document.derived(new Key(), () -> read(document.text()));
    }

    private static DocumentCode read(String markdown) {
        Set<String> words = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        boolean any = false;
        for (String code : MarkdownParts.code(markdown)) {
            any = true;
            tokens.addAll(Identifiers.tokens(code));
            // Letters only: a name with digits or underscores ("display_name", "utf8") is no word.
            for (String part : code.split("[^\\p{L}\\p{N}_]+")) {
                if (!part.isEmpty() && part.codePoints().allMatch(Character::isLetter)) {
                    words.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new DocumentCode(any, Set.copyOf(words), Set.copyOf(tokens));
    }

    /** Whether the document shows any code: a technical document. */
    public boolean any() {
        return any;
    }

    /** Whether the code holds the word (any case) as a word of its own. */
    public boolean hasWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the code holds the token as written ("starlette-admin", "config.py"). */
    public boolean hasToken(String token) {
        return tokens.contains(token);
    }
}
