package io.mtlint.format;

import io.mtlint.lang.LanguageCodes;
import io.mtlint.lang.Languages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a documentation file's path gives it, as repositories lay out their translations:
 * {@code README.es.md}, {@code fr/guide.md}, {@code i18n/fr/…}, Hugo's {@code content/fr/…}, Docusaurus's
 * {@code i18n/fr/docusaurus-plugin-content-docs/current/…}, and extra patterns with a {@code {lang}} part
 * ({@code translations/{lang}/**}). Also where the document a translation was made from sits beside it.
 */
public final class PathLanguage {
    /** A directory named for a language: lowercase code, optional region ("pt-BR", "zh_CN", "es-419"). */
    private static final Pattern SEGMENT = Pattern.compile("[a-z]{2,3}(?:[-_](?:[A-Za-z]{2,4}|\\d{3}))?");
    private static final String DOCUSAURUS_DOCS = "docusaurus-plugin-content-docs";
    private static final String DOCUSAURUS_BLOG = "docusaurus-plugin-content-blog";
    /**
     * A repository document's name with the language joined by '_' or '-' ({@code README_de.md},
     * {@code CONTRIBUTING-fr.md}, {@code README_zh-CN.md}). Only a README or a name in capitals: a lowercase
     * name's last part is as often a word ({@code user_id.md}, {@code do-it.md}) as a language.
     */
    private static final Pattern JOINED_NAME = Pattern.compile(
            "(?<stem>(?i:readme)|[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*?)[_-]"
                    + "(?<lang>[a-z]{2,3}(?:[-_](?:[A-Za-z]{2,4}|\\d{3}))?|[A-Z]{2})\\.[A-Za-z0-9]+");

    private PathLanguage() {
    }

    /** Where in a path its language was found, and the code. */
    public record Found(String code, int segment, boolean inFileName) {
    }

    /**
     * The language of {@code path} (relative to the repository, '/' or '\' separated), or null when it names none:
     * first the extra patterns, then the file name's last part before the extension, then the innermost directory
     * named for a language mtlint has a descriptor for, or the outermost of such directories nested in a row.
     */
    public static Found of(String path, List<String> extraPatterns) {
        String normal = path.replace('\\', '/');
        String[] parts = normal.split("/");
        for (String glob : extraPatterns) {
            Matcher m = globToRegex(glob).matcher(normal);
            if (m.matches() && isLanguage(m.group("lang"))) {
                String code = m.group("lang");
                int segment = Arrays.asList(parts).indexOf(code);
                return new Found(code, segment, segment < 0);
            }
        }
        String fromName = FileNameLanguage.of(normal);
        if (fromName != null && Languages.isDescribed(fromName) && parts[parts.length - 1].split("\\.").length > 2) {
            return new Found(fromName, parts.length - 1, true);
        }
        String joined = joinedLanguage(parts[parts.length - 1]);
        if (joined != null) {
            return new Found(joined, parts.length - 1, true);
        }
        // The innermost, or the outermost of a run of them: a language's tree holds topic folders that may look
        // like codes (docs/fr/it/), while a folder above it may be named like one too (it/onboarding/fr/).
        for (int i = parts.length - 2; i >= 0; i--) {
            if (isLanguage(parts[i])) {
                while (i > 0 && isLanguage(parts[i - 1])) {
                    i--;
                }
                return new Found(parts[i], i, false);
            }
        }
        return null;
    }

    /** Whether every {@code layout.patterns} entry holds exactly one {@code {lang}}; the first bad one, or null. */
    public static String badPattern(List<String> patterns) {
        for (String p : patterns) {
            if (p.indexOf("{lang}") < 0 || p.indexOf("{lang}") != p.lastIndexOf("{lang}")) {
                return p;
            }
        }
        return null;
    }

    /**
     * A path's file name less the language its name carries: "README.md" for README.md, README.fr.md and
     * README_de.md, as the layouts read them; a language in a directory stays out of it ("guide.md").
     */
    public static String fileNameWithoutLanguage(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        Found found = of(name, List.of());
        return found != null && found.inFileName() ? sourceCandidates(name, found, null).get(0) : name;
    }

    /**
     * The paths the source of a translation at {@code path} may have, most likely first: the same path without
     * the language ({@code README.md} for {@code README.es.md}, {@code docs/guide.md} for {@code docs/fr/guide.md}),
     * with the source's code in its place ({@code content/en/…} for {@code content/fr/…}), and Docusaurus's
     * {@code docs/…} for {@code i18n/fr/docusaurus-plugin-content-docs/current/…}.
     */
    public static List<String> sourceCandidates(String path, Found found, String sourceCode) {
        String[] parts = path.replace('\\', '/').split("/");
        List<String> candidates = new ArrayList<>();
        if (found.inFileName()) {
            String name = parts[parts.length - 1];
            int ext = name.lastIndexOf('.');
            int lang = name.lastIndexOf('.', ext - 1);
            if (lang < 0) {
                lang = ext - found.code().length() - 1; // README_de.md: the code and its '_' or '-'
            }
            String stem = name.substring(0, lang);
            String extension = name.substring(ext);
            candidates.add(join(parts, parts.length - 1, stem + extension));
            if (sourceCode != null) {
                candidates.add(join(parts, parts.length - 1, stem + name.charAt(lang) + sourceCode + extension));
            }
            return candidates;
        }
        int k = found.segment();
        List<String> list = new ArrayList<>(Arrays.asList(parts));
        if (k > 0 && parts[k - 1].equals("i18n") && k + 1 < parts.length) {
            List<String> prefix = list.subList(0, k - 1);
            if (parts[k + 1].startsWith(DOCUSAURUS_DOCS) && k + 3 < parts.length) {
                candidates.add(String.join("/", concat(prefix, List.of("docs"), list.subList(k + 3, parts.length))));
            } else if (parts[k + 1].startsWith(DOCUSAURUS_BLOG)) {
                candidates.add(String.join("/", concat(prefix, List.of("blog"), list.subList(k + 2, parts.length))));
            }
            candidates.add(String.join("/", concat(prefix, List.of(), list.subList(k + 1, parts.length))));
        }
        List<String> without = new ArrayList<>(list);
        without.remove(k);
        candidates.add(String.join("/", without));
        if (sourceCode != null) {
            List<String> replaced = new ArrayList<>(list);
            replaced.set(k, sourceCode);
            candidates.add(String.join("/", replaced));
        }
        return candidates;
    }

    /** The language of a name like {@code README_de.md}, as a code with '-' before its region; else null. */
    private static String joinedLanguage(String name) {
        Matcher m = JOINED_NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String lang = m.group("lang");
        boolean capitals = lang.equals(lang.toUpperCase(Locale.ROOT));
        if (capitals && !m.group("stem").equalsIgnoreCase("readme")) {
            return null;
        }
        String code = capitals ? lang.toLowerCase(Locale.ROOT) : lang.replace('_', '-');
        return isLanguage(code) ? code : null;
    }

    /**
     * A described language, with or without a region; "en-es" names a pair of languages (a corpus directory),
     * not English as spoken in Spain.
     */
    private static boolean isLanguage(String segment) {
        if (segment == null || !SEGMENT.matcher(segment).matches() || !LanguageCodes.isKnown(segment)
                || !Languages.isDescribed(segment.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int cut = Math.max(segment.indexOf('-'), segment.indexOf('_'));
        String region = cut < 0 ? "" : segment.substring(cut + 1);
        return region.isEmpty() || !region.equals(region.toLowerCase(Locale.ROOT)) || !Languages.isDescribed(region);
    }

    private static String join(String[] parts, int replace, String with) {
        String[] copy = parts.clone();
        copy[replace] = with;
        return String.join("/", copy);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    /** {@code **} any directories, {@code *} any name part, {@code {lang}} the language. */
    private static Pattern globToRegex(String glob) {
        StringBuilder re = new StringBuilder("(?:.*/)?");
        for (int i = 0; i < glob.length(); i++) {
            if (glob.startsWith("{lang}", i)) {
                re.append("(?<lang>[A-Za-z]{2,3}(?:[-_](?:[A-Za-z]{2,4}|\\d{3}))?)");
                i += "{lang}".length() - 1;
            } else if (glob.startsWith("**", i)) {
                re.append(".*");
                i++;
            } else if (glob.charAt(i) == '*') {
                re.append("[^/]*");
            } else if (glob.charAt(i) == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(glob.charAt(i))));
            }
        }
        return Pattern.compile(re.toString());
    }
}
