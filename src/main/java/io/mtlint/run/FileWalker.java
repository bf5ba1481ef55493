package io.mtlint.run;

import io.mtlint.model.Format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the paths a user names into the files to check. Directories are walked recursively for files whose
 * extension mtlint reads (or that match an include glob); hidden directories, node_modules, exclude globs and, in
 * a git work tree, what git ignores are skipped. Files named explicitly are always checked.
 */
public final class FileWalker {
    /** A path given on the command line and what it expanded to. */
    public record Expansion(String argument, List<Path> files, String problem) {
    }

    private final List<PathMatcher> includes = new ArrayList<>();
    private final List<PathMatcher> excludes = new ArrayList<>();
    private final boolean gitIgnore;

    /** @param gitIgnore whether a walk skips what the work tree's {@code .gitignore} files ignore */
    public FileWalker(List<String> include, List<String> exclude, boolean gitIgnore) {
        include.forEach(g -> includes.add(glob(g)));
        exclude.forEach(g -> excludes.add(glob(g)));
        this.gitIgnore = gitIgnore;
    }

    /**
     * A glob over paths relative to the directory walked ("./" before it changes nothing); a pattern without a slash
     * matches file names at any depth, and a leading "**&#47;" also matches at the top level.
     */
    private static PathMatcher glob(String pattern) {
        try {
            return compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("not a valid --include or --exclude glob: \"" + pattern + "\" ("
                    + e.getDescription() + ")");
        }
    }

    private static PathMatcher compile(String written) {
        // Paths are matched relative to the directory walked: "./docs/fr/**" means "docs/fr/**".
        String pattern = written.startsWith("./") ? written.substring(2) : written;
        String p = pattern.contains("/") || pattern.startsWith("**") ? pattern : "**/" + pattern;
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + p);
        PathMatcher shallow = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        PathMatcher top = p.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)) : deep;
        return path -> deep.matches(path) || top.matches(path) || shallow.matches(path)
                || !pattern.contains("/") && shallow.matches(path.getFileName());
    }

    public Expansion expand(String argument) {
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            return new Expansion(argument, List.of(), Files.isSymbolicLink(path)
                    ? "a symbolic link to nothing (broken, or in a loop)" : "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return new Expansion(argument, List.of(path), null);
        }
        List<Path> files = new ArrayList<>();
        Path root = realPath(path);
        GitIgnores ignores = ignoresFor(path);
        boolean[] gitIgnored = {false};
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(path)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (skipsDirectory(path.relativize(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (ignores != null && ignores.ignored(dir, true)) {
                        gitIgnored[0] = true;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A pipe, socket or device in the tree would block a read or never end: only files are text.
                    if (attrs.isOther() || attrs.isSymbolicLink() && !Files.isRegularFile(file)
                            && !Files.isDirectory(file) && Files.exists(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path relative = path.relativize(file);
                    if (wanted(relative) && !linksWithin(file, root)) {
                        if (ignores != null && ignores.ignored(file, false)) {
                            gitIgnored[0] = true;
                        } else {
                            files.add(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    files.add(file); // reported as unreadable when it is loaded
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        if (files.isEmpty()) {
            return new Expansion(argument, files, "no files to check in this directory (looked for "
                    + (includes.isEmpty() ? Format.fileNameGlobs()
                    : "the include globs") + ")" + (gitIgnored[0] ? "; git ignores what is there (--no-ignore reads it)" : ""));
        }
        return new Expansion(argument, files, null);
    }

    /** What git ignores in a walk of the local directory {@code dir}, or null when nothing is to be skipped. */
    public GitIgnores ignoresFor(Path dir) {
        return gitIgnore ? GitIgnores.forWalk(dir) : null;
    }

    /** Whether a directory below the one walked is left out: hidden, node_modules, or excluded by a glob. */
    public boolean skipsDirectory(Path relative) {
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        return name.startsWith(".") || name.equals("node_modules") || matchesAny(excludes, relative);
    }

    /**
     * Whether a walk would reach and check the file at {@code relative} to the directory walked: no directory on
     * the way is skipped, and the file is wanted.
     */
    public boolean reaches(Path relative) {
        for (Path dir = relative.getParent(); dir != null; dir = dir.getParent()) {
            if (skipsDirectory(dir)) {
                return false;
            }
        }
        return wanted(relative);
    }

    /** Whether a file below the directory walked, by its path relative to that directory, is checked. */
    public boolean wanted(Path relative) {
        if (matchesAny(excludes, relative)) {
            return false;
        }
        if (!includes.isEmpty()) {
            return matchesAny(includes, relative);
        }
        return Format.forFileName(relative.getFileName().toString()) != null;
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path path) {
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** A symbolic link to a file in the same tree: the walk meets that file under its own name too. */
    private static boolean linksWithin(Path file, Path root) {
        if (!Files.isSymbolicLink(file) || root == null) {
            return false;
        }
        Path target = realPath(file);
        return target != null && !target.equals(root) && target.startsWith(root);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
