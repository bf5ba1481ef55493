package io.mtlint.run;

import org.eclipse.jgit.ignore.IgnoreNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What git ignores in one work tree: the {@code .gitignore} of each directory on a path, nearest first, then the
 * repository's {@code info/exclude}, read and matched by JGit's own ignore rules. Built sites, vendored packages
 * and generated pages are what a content repository ignores, and none of them is the team's prose.
 * Not thread-safe: one walk reads it.
 */
public final class GitIgnores {
    private final Path workTree;
    private final IgnoreNode infoExclude;
    private final Map<Path, IgnoreNode> byDirectory = new HashMap<>();

    private GitIgnores(Path workTree, IgnoreNode infoExclude) {
        this.workTree = workTree;
        this.infoExclude = infoExclude;
    }

    /**
     * The ignore rules that hold for a walk of {@code dir}, or null where git would ignore nothing: outside any work
     * tree, or in a directory git itself ignores, which the user named and so wants read.
     */
    public static GitIgnores forWalk(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        for (Path d = start; d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            if (Files.exists(git)) {
                GitIgnores ignores = new GitIgnores(d, Files.isDirectory(git) ? read(git.resolve("info/exclude")) : null);
                for (Path p = start; p != null && !p.equals(d); p = p.getParent()) {
                    if (ignores.ignored(p, true)) {
                        return null;
                    }
                }
                return ignores;
            }
        }
        return null;
    }

    /** Whether git ignores {@code path}, a file or directory of this work tree. */
    public boolean ignored(Path path, boolean directory) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null && dir.startsWith(workTree); dir = dir.getParent()) {
            Boolean verdict = check(node(dir), dir, absolute, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        Boolean verdict = check(infoExclude, workTree, absolute, directory);
        return verdict != null && verdict;
    }

    private static Boolean check(IgnoreNode node, Path dir, Path path, boolean directory) {
        if (node == null) {
            return null;
        }
        String relative = dir.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        return node.checkIgnored(relative, directory);
    }

    private IgnoreNode node(Path dir) {
        if (!byDirectory.containsKey(dir)) {
            byDirectory.put(dir, read(dir.resolve(".gitignore")));
        }
        return byDirectory.get(dir);
    }

    /** The rules of an ignore file; null when there is none or it cannot be read, as git skips it then. */
    private static IgnoreNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(file.toString(), in);
        } catch (IOException e) {
            return null;
        }
        return node.getRules().isEmpty() ? null : node;
    }
}
