package io.mtlint.translate;

import io.mtlint.text.Capitalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-for-word translation from a bilingual word list in the rule packs. It answers only when the list covers
 * every word of the span, so it never half-translates.
 */
public final class GlossaryTranslator implements Translator {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private final Map<String, String> glossary;

    public GlossaryTranslator(Map<String, String> glossary) {
        this.glossary = glossary;
    }

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public List<String> translate(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            out.add(translateOne(text));
        }
        return out;
    }

    private String translateOne(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        int cursor = 0;
        boolean any = false;
        while (m.find()) {
            String word = m.group();
            String translated = glossary.get(word.toLowerCase(Locale.ROOT));
            if (translated == null) {
                return null;
            }
            sb.append(text, cursor, m.start());
            sb.append(Character.isUpperCase(word.codePointAt(0)) ? Capitalisation.capitalise(translated) : translated);
            cursor = m.end();
            any = true;
        }
        if (!any) {
            return null;
        }
        return sb.append(text.substring(cursor)).toString().replaceAll(" {2,}", " ").strip();
    }
}
