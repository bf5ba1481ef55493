package io.mtlint.packs;

import io.mtlint.lang.LanguagePair;
import io.mtlint.lang.LanguageCodes;
import io.mtlint.config.YamlException;
import io.mtlint.support.Digest;
import io.mtlint.support.Preload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and loads rule packs for a language pair: first the packs shipped inside mtlint, then each user
 * directory in order. A directory named after a target language ({@code en}) or a pair ({@code es-en}) holds the
 * packs for it; {@code *.yaml} files are mtlint packs, {@code *.xml} files LanguageTool rule files.
 */
public final class PackLoader {
    /** Where the shipped packs live inside the jar (the repository's {@code rules/} directory). */
    public static final String BUNDLED = "mtlint-rules";
    private static final java.util.regex.Pattern DECLARES_LANGUAGE =
            java.util.regex.Pattern.compile("(?m)^(?:target|source)\\s*:");

    /** The shipped packs, read by the first of {@link #preload} and {@link #bundledFiles}. */
    private static final Preload<List<PackText>> BUNDLED_FILES =
            new Preload<>("mtlint-packs", PackLoader::readBundledFiles);

    private PackLoader() {
    }

    public static RulePacks load(LanguagePair pair, List<Path> userDirectories) throws YamlException {
        String target = pair.target();
        String source = pair.sourceSpec();
        RulePacks packs = new RulePacks();
        loadFiles(bundledFiles(), target, source, packs);
        for (Path dir : userDirectories) {
            if (!Files.isDirectory(dir)) {
                throw new YamlException(dir.toString(), 0, "rule directory does not exist");
            }
            loadRoot(dir, dir.toString(), target, source, packs);
        }
        return packs;
    }

    /**
     * A digest of every file in {@code userDirectories}, for any language pair: it changes whenever a user's rule a
     * checker could load does, and is known without building one, so that cached results are found before the
     * rules are compiled. The shipped packs are part of mtlint's build, which its version names. A missing
     * directory is left to {@link #load} to report.
     */
    public static String digest(List<Path> userDirectories) throws YamlException {
        List<PackText> files = new ArrayList<>();
        for (Path dir : userDirectories) {
            if (Files.isDirectory(dir)) {
                files.addAll(listFiles(dir, dir.toString()));
            }
        }
        Digest digest = Digest.sha256();
        for (PackText file : files) {
            digest.add(file.display());
            if (file.isYaml()) {
                digest.add(file.text());
            } else {
                try {
                    digest.add(Files.readAllBytes(file.file()));
                } catch (IOException e) {
                    throw new YamlException(file.display(), 0, "cannot read: " + e.getMessage());
                }
            }
        }
        return digest.hex();
    }

    /**
     * The ids of the rules in every pack, shipped or in {@code userDirectories}, for any language pair, with the
     * ids they replace, and the names of their vocabulary lists: a configuration shared by articles in several
     * languages names rules this run does not load, and only an id that is in none of them is a mistake.
     */
    public static PackIds allIds(List<Path> userDirectories) throws YamlException {
        java.util.Set<String> ruleIds = new java.util.HashSet<>();
        java.util.Set<String> listNames = new java.util.HashSet<>();
        List<PackText> files = new ArrayList<>(bundledFiles());
        for (Path dir : userDirectories) {
            if (Files.isDirectory(dir)) {
                files.addAll(listFiles(dir, dir.toString()));
            }
        }
        for (PackText file : files) {
            if (file.isYaml()) {
                PackFile.collectIds(file, ruleIds, listNames);
            }
        }
        return new PackIds(ruleIds, listNames);
    }

    /**
     * Starts reading and parsing the shipped packs in the background: opening the jar as a file system indexes
     * all of its entries, LanguageTool's included (a tenth of a second), and parsing the YAML takes about as long,
     * which a command-line run can spend while it parses its arguments. Calling it again costs nothing.
     */
    public static void preload() {
        BUNDLED_FILES.start();
    }

    /** The shipped packs, read and parsed once per process (see {@link #preload}); empty without any. */
    static List<PackText> bundledFiles() throws YamlException {
        try {
            return BUNDLED_FILES.future().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof YamlException y) {
                throw y;
            }
            throw e;
        }
    }

    private static List<PackText> readBundledFiles() throws YamlException {
        Path bundled = bundledRoot();
        List<PackText> listed = bundled == null ? List.of() : listFiles(bundled, "rules");
        return listed.stream().map(PackText::parsed).toList();
    }

    /** Loads every pack under {@code root} that applies to the pair; also accepts packs directly in {@code root}. */
    static void loadRoot(Path root, String displayRoot, String target, String source, RulePacks packs)
            throws YamlException {
        loadFiles(listFiles(root, displayRoot), target, source, packs);
    }

    /** A rule directory's files in a stable order, with the text of its YAML packs. */
    static List<PackText> listFiles(Path root, String displayRoot) throws YamlException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // A hidden file (.mtlint.yaml, an editor's swap file) is no pack.
            walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            throw new YamlException(displayRoot, 0, "cannot read rule directory: " + e.getMessage());
        }
        List<PackText> texts = new ArrayList<>();
        String rootLanguage = languageOf(root);
        for (Path file : files) {
            Path relative = root.relativize(file);
            String display = displayRoot + "/" + relative.toString().replace('\\', '/');
            String directory = relative.getNameCount() > 1 ? relative.getName(0).toString() : rootLanguage;
            texts.add(PackText.of(file, display, directory, PackText.isYaml(file) ? read(file, display) : null));
        }
        return texts;
    }

    /**
     * The language or pair a directory's own name gives ({@code rules/en}, {@code house/es-en}), so that naming one
     * language directory of a rule tree keeps its packs to that language; null for any other name.
     */
    static String languageOf(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            return null;
        }
        String[] parts = name.toString().split("-");
        if (parts.length > 2) {
            return null;
        }
        for (String part : parts) {
            if (part.length() != 2 || !part.equals(part.toLowerCase(Locale.ROOT)) || !LanguageCodes.isKnown(part)) {
                return null;
            }
        }
        return name.toString();
    }

    static void loadFiles(List<PackText> files, String target, String source, RulePacks packs)
            throws YamlException {
        for (PackText file : files) {
            if (file.isYaml()) {
                // Most shipped packs are for other language pairs: skip them before parsing unless the file
                // declares its own target or source.
                if (!DECLARES_LANGUAGE.matcher(file.text()).find()
                        && !appliesTo(file.directory(), null, target, source)) {
                    continue;
                }
                PackFile.load(file, target, source, packs);
            } else if (file.isLanguageToolRules() && appliesTo(file.directory(), null, target, source)) {
                packs.addLanguageToolRuleFile(file.file());
            }
        }
    }

    /**
     * Whether a pack for {@code directory} (or declared target/source) applies: {@code en} applies to every
     * English target, {@code es-en} only when the source is Spanish, a declared {@code source: [es, pt]} when it is
     * one of those. When the source is detected per document ({@code auto}), every pack for the target loads, and
     * the checker decides per document which run ({@link RulePacks#sourcesOf}); when it is unknown ({@code none}),
     * only the packs for any source.
     */
    static boolean appliesTo(String directory, Map<String, String> declared, String target, String source) {
        String[] pair = pairOf(directory, declared);
        String packSource = pair[0];
        String packTarget = pair[1];
        String targetBase = base(target);
        if (packTarget != null && !packTarget.equals("any") && !packTarget.equals(targetBase)) {
            return false;
        }
        return packSource == null || packSource.equals("any") || LanguagePair.AUTO.equalsIgnoreCase(source)
                || java.util.Arrays.asList(packSource.split(",")).contains(base(source));
    }

    /**
     * The source a pack's examples are checked as: the first of the sources it declares ({@code es} for
     * {@code [es, pt, it]}), or null for any source.
     */
    static String firstSource(String declaredSources) {
        return declaredSources == null ? null : declaredSources.split(",")[0];
    }

    /** {source, target} a pack is for, from its directory name and declarations; null parts mean any. */
    static String[] pairOf(String directory, Map<String, String> declared) {
        String packTarget = null;
        String packSource = null;
        if (directory != null) {
            String[] parts = directory.toLowerCase(Locale.ROOT).split("-");
            if (parts.length == 2) {
                packSource = parts[0];
                packTarget = parts[1];
            } else {
                packTarget = parts[0];
            }
        }
        if (declared != null) {
            packTarget = declared.getOrDefault("target", packTarget);
            packSource = declared.getOrDefault("source", packSource);
        }
        return new String[] {"any".equals(packSource) ? null : packSource, "any".equals(packTarget) ? null : packTarget};
    }

    private static String base(String code) {
        return io.mtlint.lang.LanguageCodes.base(code);
    }

    private static String read(Path file, String display) throws YamlException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new YamlException(display, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The shipped packs as a directory, whether mtlint runs from a jar or from compiled classes. */
    public static Path bundledRoot() {
        URL url = PackLoader.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(BUNDLED);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
