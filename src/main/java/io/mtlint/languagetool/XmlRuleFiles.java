package io.mtlint.languagetool;

import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads LanguageTool rule files in the grammar.xml format, from disk or from inside the mtlint jar. */
public final class XmlRuleFiles {
    private XmlRuleFiles() {
    }

    public static List<AbstractPatternRule> load(Path file, Language language) {
        try (InputStream in = Files.newInputStream(file)) {
            List<AbstractPatternRule> rules = new PatternRuleLoader().getRules(in, file.toString(), language);
            if (rules.isEmpty()) {
                throw new LanguageToolRuleFileException(file + ": no rules in this LanguageTool rule file");
            }
            return rules;
        } catch (IOException e) {
            throw new LanguageToolRuleFileException(file + ": cannot load LanguageTool rules: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof LanguageToolRuleFileException) {
                throw e;
            }
            throw new LanguageToolRuleFileException(file + ": invalid LanguageTool rule file: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A LanguageTool XML rule file that cannot be used, with a message naming the file. */
    public static final class LanguageToolRuleFileException extends RuntimeException {
        public LanguageToolRuleFileException(String message) {
            super(message);
        }
    }
}
