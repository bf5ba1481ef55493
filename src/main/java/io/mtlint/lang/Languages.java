package io.mtlint.lang;

import io.mtlint.support.Memo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The language descriptors shipped with mtlint, by base code; read on first use and shared. */
public final class Languages {
    private static final String DIRECTORY = "/io/mtlint/lang/languages/";
    /** Every language with a descriptor; a test checks the list against the directory. */
    static final List<String> SHIPPED = List.of("ar", "be", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et",
            "fa", "fi", "fr", "gl", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "mk", "nb", "nl", "no",
            "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh");
    private static final Map<String, LanguageDescriptor> BY_CODE = new ConcurrentHashMap<>();
    /** Descriptors by the code as written, region and all: detectors ask for them in every block. */
    private static final Memo<String, LanguageDescriptor> BY_TAG = new Memo<>(1_000, code -> {
        LanguageDescriptor language = BY_CODE.computeIfAbsent(LanguageCodes.base(code), Languages::load);
        String region = LanguageCodes.region(code);
        return region == null ? language : RegionalConventions.apply(language, region);
    });
    private static final Map<String, LiteralNames> LITERAL_NAMES = new ConcurrentHashMap<>();
    private static final Map<String, NameCues> NAME_CUES = new ConcurrentHashMap<>();
    private static volatile NameForms nameForms;
    private static volatile List<LanguageDescriptor> detectableSources;

    private Languages() {
    }

    /**
     * The descriptor of {@code code} ({@code es}, {@code en-US}, {@code pt_BR}, {@code es-419}) with its region's
     * conventions ({@link RegionalConventions}); a default one for languages mtlint does not describe. A region
     * that writes as the language does, or one ISO 3166 does not know ({@code es-XX}), gets the language's own.
     */
    public static LanguageDescriptor of(String code) {
        LanguageDescriptor language = BY_CODE.computeIfAbsent(LanguageCodes.base(code), Languages::load);
        return code.length() <= 3 ? language : BY_TAG.get(code);
    }

    /** The names of {@code code}, as a source, that machine translation renders word for word; none for most. */
    public static LiteralNames literalNames(String code) {
        return LITERAL_NAMES.computeIfAbsent(LanguageCodes.base(code), LiteralNames::load);
    }

    /** The words of {@code code}, as a target, that show a phrase is a name of some kind. */
    public static NameCues nameCues(String code) {
        return NAME_CUES.computeIfAbsent(LanguageCodes.base(code), NameCues::load);
    }

    /** Given names whose form differs between languages, which are also surnames. */
    public static NameForms nameForms() {
        NameForms forms = nameForms;
        if (forms == null) {
            forms = NameForms.load();
            nameForms = forms;
        }
        return forms;
    }

    /** Whether mtlint ships a descriptor for the language. */
    public static boolean isDescribed(String code) {
        return SHIPPED.contains(LanguageCodes.base(code));
    }

    /** Whether {@code code} (null when unknown) is a described language that writes full-width marks (ja, zh). */
    public static boolean writesFullWidthPunctuation(String code) {
        return code != null && isDescribed(code) && of(LanguageCodes.base(code)).typography().fullWidthPunctuation();
    }

    /** The source languages {@code auto} chooses among, in the order it tries them. */
    public static List<LanguageDescriptor> detectableSources() {
        List<LanguageDescriptor> sources = detectableSources;
        if (sources == null) {
            sources = SHIPPED.stream().map(Languages::of).filter(LanguageDescriptor::detectableAsSource)
                    .sorted(Comparator.comparingInt(LanguageDescriptor::sourceDetection)).toList();
            detectableSources = sources;
        }
        return sources;
    }

    /** Every shipped descriptor. */
    public static Stream<LanguageDescriptor> all() {
        return SHIPPED.stream().map(Languages::of);
    }

    private static LanguageDescriptor load(String base) {
        return LanguageData.read("language descriptor " + base, DIRECTORY + base + ".yaml", LanguageDescriptor.class,
                () -> LanguageDescriptor.unknown(base));
    }
}
