package io.mtlint.packs;

import io.mtlint.config.YamlException;
import io.mtlint.config.YamlNode;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file of a rule directory as the loader needs it: where it is, how to name it in messages, the language
 * directory it sits in, and for a YAML pack its text and, once parsed, its tree or the problem parsing it.
 */
final class PackText {
    private final Path file;
    private final String display;
    private final String directory;
    private final String text;
    private final YamlNode tree;
    private final YamlException problem;

    private PackText(Path file, String display, String directory, String text, YamlNode tree,
                     YamlException problem) {
        this.file = file;
        this.display = display;
        this.directory = directory;
        this.text = text;
        this.tree = tree;
        this.problem = problem;
    }

    /** A file of a rule directory; {@code text} is null for anything but a YAML pack. */
    static PackText of(Path file, String display, String directory, String text) {
        return new PackText(file, display, directory, text, null, null);
    }

    /** The same file with its YAML parsed now, so that using it later costs nothing. */
    PackText parsed() {
        if (text == null || tree != null || problem != null) {
            return this;
        }
        try {
            return new PackText(file, display, directory, text, YamlNode.parse(text, display), null);
        } catch (YamlException e) {
            return new PackText(file, display, directory, text, null, e);
        }
    }

    static boolean isYaml(Path file) {
        String name = lowerCaseName(file);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    boolean isYaml() {
        return text != null;
    }

    boolean isLanguageToolRules() {
        return lowerCaseName(file).endsWith(".xml");
    }

    private static String lowerCaseName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    Path file() {
        return file;
    }

    String display() {
        return display;
    }

    /** The language directory ({@code en}, {@code es-en}), or null for a pack directly in the root. */
    String directory() {
        return directory;
    }

    String text() {
        return text;
    }

    /** The pack's YAML tree, parsed now unless it was parsed before. */
    YamlNode tree() throws YamlException {
        if (problem != null) {
            throw problem;
        }
        return tree != null ? tree : YamlNode.parse(text, display);
    }
}
