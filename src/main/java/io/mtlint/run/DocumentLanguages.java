package io.mtlint.run;

import io.mtlint.config.CheckOptions;
import io.mtlint.format.PairedSource;
import io.mtlint.format.PathLanguage;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.LanguagePair;
import io.mtlint.languagetool.LanguageRegistry;

/**
 * The languages one document is checked in: those a bilingual file declares, else the target its path names by the
 * repository layout, else the configured ones; languages named on the command line always win. Shared by
 * {@code mtlint check} and the Spark job so that both read a repository of translations alike.
 */
public final class DocumentLanguages {
    private DocumentLanguages() {
    }

    /**
     * The options a document is checked with, and the language its path named when that chose the target, so
     * that an error in building its checker can say where the language came from; {@code targetNamed}, whether the
     * file or its path named the target.
     */
    public record Resolved(CheckOptions options, String pathLanguage, boolean targetNamed) {
        /** Why these options build no checker ({@code problem}), for the document they were resolved for. */
        public String explain(String problem) {
            return pathLanguage != null
                    ? "its path names " + pathLanguage + ": " + problem
                    + " (exclude the file, or set layout: false in .mtlint.yaml)"
                    : "declares " + options.pair() + ": " + problem
                    + " (name the languages with --lang and --source)";
        }
    }

    /**
     * The options for a document that declares {@code declaredSource} and {@code declaredTarget} (either may be
     * null) and lies at {@code layoutPath}, the path its layout is read from (relative to the configuration's
     * directory or to where the run started); null when it has none.
     */
    public static Resolved resolve(CheckOptions o, String declaredSource, String declaredTarget, String layoutPath) {
        return resolve(o, declaredSource, declaredTarget, layoutPath, null);
    }

    /**
     * The same for a document read from {@code pagePath} (null: not from disk): when its path chose the target
     * and the source is detected, a translation whose original lies beside it in a tree named for its language
     * ({@code content/en/…} for {@code content/es/…}) is translated from that language, whatever its words
     * suggest; an original whose path names no language ({@code README.md}) leaves the source to detection.
     */
    public static Resolved resolve(CheckOptions o, String declaredSource, String declaredTarget, String layoutPath,
                                   String pagePath) {
        String target = declaredTarget;
        String source = declaredSource;
        String pathLanguage = null;
        if (target == null && o.layout() && layoutPath != null) {
            PathLanguage.Found found = PathLanguage.of(layoutPath, o.layoutPatterns());
            if (found != null) {
                target = pathLanguage = found.code();
                if (source == null && LanguageCodes.base(target).equals(o.pair().sourceBase())) {
                    source = LanguagePair.NONE; // the source page itself, in a directory of its own
                } else if (source == null && pagePath != null && o.pair().detectsSource()) {
                    PairedSource.Original original = PairedSource.original(pagePath, null);
                    if (original != null && original.language() != null
                            && !LanguageCodes.base(original.language()).equals(LanguageCodes.base(target))) {
                        source = original.language();
                    }
                }
            }
        }
        return new Resolved(o.forDeclaredLanguages(source, checkable(target)), pathLanguage, target != null);
    }

    /**
     * Why a translation cannot be checked with {@code resolved}, or null: nothing named its target, and the
     * configured one is its own source language (XLIFF without target-language, PO without a Language header,
     * checked with the default target). A file with no translation in it yet has nothing to check either way.
     */
    public static String missingTarget(CheckOptions o, Resolved resolved, boolean translated) {
        String source = resolved.options().pair().sourceBase();
        return translated && !resolved.targetNamed() && !o.targetPinned() && source != null
                && source.equals(resolved.options().pair().targetBase())
                ? "names no target language, and its source language " + source + " cannot be its target (declare "
                + "the target in the file, name it with --lang, or set lang: in .mtlint.yaml)" : null;
    }

    /**
     * The language a file's path names by the layout of {@code options} when mtlint cannot check it as a target,
     * else null.
     */
    public static String unchecked(CheckOptions options, String layoutPath) {
        if (!options.layout() || options.targetPinned()) {
            return null;
        }
        PathLanguage.Found found = PathLanguage.of(layoutPath, options.layoutPatterns());
        return found == null || LanguageRegistry.isSupported(checkable(found.code())) ? null : found.code();
    }

    /**
     * The language an HTML page at {@code file} declares when mtlint cannot check it as a target and the command
     * line names none, else null.
     */
    public static String uncheckedPage(CheckOptions options, java.nio.file.Path file) {
        if (options.targetPinned()) {
            return null;
        }
        String declared = io.mtlint.format.DocumentLoader.declaredPageLanguage(file);
        return declared == null || LanguageRegistry.isSupported(checkable(declared)) ? null : declared;
    }

    /** A declared target, in one spelling ({@code es-mx} from a directory name is {@code es-MX}). */
    static String checkable(String target) {
        return LanguageCodes.normalise(target);
    }
}
