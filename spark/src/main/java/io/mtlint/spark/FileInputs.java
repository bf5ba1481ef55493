package io.mtlint.spark;

import io.mtlint.config.CheckOptions;
import io.mtlint.config.ConfigException;
import io.mtlint.run.DocumentLanguages;
import io.mtlint.run.FileWalker;
import io.mtlint.run.GitIgnores;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the inputs a user names (files, directories or globs on any Hadoop file system) into the files to
 * check, with the rules of {@code mtlint check}: directories are walked for the extensions mtlint reads or the
 * include globs, hidden directories, node_modules, exclude globs and (on a local file system, in a git work tree)
 * what git ignores are skipped, and a file named explicitly is always checked.
 */
final class FileInputs {
    /** The files to check, and the inputs that gave none (a missing path, an empty directory). */
    record Expansion(List<InputFile> files, List<Totals.Problem> problems) {
    }

    private FileInputs() {
    }

    static Expansion expand(List<String> inputs, Configuration hadoop, Profiles profiles)
            throws IOException, ConfigException {
        Map<String, Pending> found = new LinkedHashMap<>();
        List<Totals.Problem> problems = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                problems.add(new Totals.Problem(input, input + ": no such file or directory"));
                continue;
            }
            Arrays.sort(matches, Comparator.comparing(FileStatus::getPath));
            for (FileStatus match : matches) {
                Path path = fs.makeQualified(match.getPath());
                if (!match.isDirectory()) {
                    roots.add(path.getParent());
                    found.putIfAbsent(path.toString(), new Pending(input, path, match.getLen(), profiles.forDirectory(path.getParent())));
                    continue;
                }
                roots.add(path);
                CheckOptions options = profiles.options(profiles.forDirectory(path));
                FileWalker walker = new FileWalker(options.include(), options.exclude(), options.gitIgnore());
                GitIgnores ignores = "file".equals(path.toUri().getScheme())
                        ? walker.ignoresFor(java.nio.file.Path.of(path.toUri())) : null;
                List<FileStatus> files = new ArrayList<>();
                walk(fs, path, "", walker, ignores, files);
                if (files.isEmpty()) {
                    String display = display(input, path);
                    problems.add(new Totals.Problem(display, display + ": no files to check in this directory (looked for "
                            + (options.include().isEmpty() ? "*.md, *.markdown, *.txt" : "the include globs") + ")"));
                }
                for (FileStatus file : files) {
                    Path p = fs.makeQualified(file.getPath());
                    // As check does: a page in a language mtlint does not check is passed over in a walk.
                    int profile = profiles.forDirectory(p.getParent());
                    if (DocumentLanguages.unchecked(profiles.options(profile), profiles.layoutPath(profile, p)) != null) {
                        continue;
                    }
                    found.putIfAbsent(p.toString(), new Pending(input, p, file.getLen(), profile));
                }
            }
        }
        String common = commonAncestor(roots);
        List<InputFile> files = new ArrayList<>();
        for (Pending p : found.values()) {
            String path = p.path.toUri().getPath();
            String relative = common != null && path.startsWith(common) ? path.substring(common.length()) : stripRoot(path);
            files.add(new InputFile(p.path.toString(), display(p.input, p.path), relative, p.length, p.profile,
                    profiles.layoutPath(p.profile, p.path)));
        }
        return new Expansion(files, problems);
    }

    private record Pending(String input, Path path, long length, int profile) {
    }

    /** As {@link FileWalker} walks a local directory; {@code ignores} is what git ignores there, or null. */
    private static void walk(FileSystem fs, Path dir, String relative, FileWalker walker, GitIgnores ignores,
                             List<FileStatus> out) throws IOException {
        FileStatus[] children = fs.listStatus(dir);
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            String rel = relative.isEmpty() ? name : relative + "/" + name;
            if (ignores != null && ignores.ignored(java.nio.file.Path.of(child.getPath().toUri()), child.isDirectory())) {
                continue;
            }
            if (child.isDirectory()) {
                if (!walker.skipsDirectory(java.nio.file.Path.of(rel))) {
                    walk(fs, child.getPath(), rel, walker, ignores, out);
                }
            } else if (walker.wanted(java.nio.file.Path.of(rel))) {
                out.add(child);
            }
        }
    }

    /**
     * The path as {@code mtlint check} would show it: relative to the working directory when the user wrote a
     * relative local path, the absolute path for an absolute one, and the full URI for any other file system.
     */
    static String display(String input, Path qualified) {
        URI uri = qualified.toUri();
        if (!"file".equals(uri.getScheme()) || URI.create(input.replace(" ", "%20")).getScheme() != null) {
            return qualified.toString();
        }
        java.nio.file.Path absolute = java.nio.file.Path.of(uri.getPath());
        if (input.startsWith("/")) {
            return absolute.toString();
        }
        return java.nio.file.Path.of("").toAbsolutePath().relativize(absolute).toString();
    }

    /** The path of the deepest directory above every root, on one file system; null when they are on several. */
    private static String commonAncestor(List<Path> roots) {
        if (roots.isEmpty()) {
            return null;
        }
        URI first = roots.get(0).toUri();
        String[] common = first.getPath().split("/");
        int length = common.length;
        for (Path root : roots) {
            URI uri = root.toUri();
            if (!java.util.Objects.equals(uri.getScheme(), first.getScheme())
                    || !java.util.Objects.equals(uri.getAuthority(), first.getAuthority())) {
                return null;
            }
            String[] parts = uri.getPath().split("/");
            int i = 0;
            while (i < Math.min(length, parts.length) && parts[i].equals(common[i])) {
                i++;
            }
            length = i;
        }
        return String.join("/", Arrays.copyOf(common, length)) + "/";
    }

    private static String stripRoot(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
