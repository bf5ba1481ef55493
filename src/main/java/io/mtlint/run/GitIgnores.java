package io.mtlint.run;

import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git ignores below a directory walked: for each path, the {@code .gitignore} of each directory up to the root of
 * its work tree, nearest first, then that repository's {@code info/exclude}, then the file {@code core.excludesFile}
 * names (git's default: {@code $XDG_CONFIG_HOME/git/ignore}), read and matched by JGit's own ignore rules. A walk may start above several repositories; each answers for its own files. Built sites, vendored
 * packages and generated pages are what a content repository ignores, and none of them is the team's prose.
 * Not thread-safe: one walk reads it.
 */
public final class GitIgnores {
    private final Map<Path, Optional<Path>> workTrees = new HashMap<>();
    private final Map<Path, IgnoreNode> byDirectory = new HashMap<>();
    private final Map<Path, List<IgnoreNode>> repositoryExcludes = new HashMap<>();

    private GitIgnores() {
    }

    /**
     * The ignore rules that hold for a walk of {@code dir}, or null where a directory git ignores is walked: the
     * user named it and so wants it read.
     */
    public static GitIgnores forWalk(Path dir) {
        GitIgnores ignores = new GitIgnores();
        Path start = dir.toAbsolutePath().normalize();
        Path workTree = ignores.workTree(start);
        for (Path p = start; workTree != null && p != null && !p.equals(workTree); p = p.getParent()) {
            if (ignores.ignored(p, true)) {
                return null;
            }
        }
        return ignores;
    }

    /** Whether git ignores {@code path}, a file or directory; false outside any work tree. */
    public boolean ignored(Path path, boolean directory) {
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path workTree = parent == null ? null : workTree(parent);
        if (workTree == null) {
            return false;
        }
        for (Path dir = parent; dir != null && dir.startsWith(workTree); dir = dir.getParent()) {
            Boolean verdict = check(node(dir), dir, absolute, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        for (IgnoreNode excludes : repositoryExcludes(workTree)) {
            Boolean verdict = check(excludes, workTree, absolute, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        return false;
    }

    /** The root of the work tree holding {@code dir}, or null: the nearest directory at or above it with a .git. */
    private Path workTree(Path dir) {
        Optional<Path> known = workTrees.get(dir);
        if (known == null) {
            Path parent = dir.getParent();
            known = Files.exists(dir.resolve(".git")) ? Optional.of(dir)
                    : Optional.ofNullable(parent == null ? null : workTree(parent));
            workTrees.put(dir, known);
        }
        return known.orElse(null);
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

    /**
     * The excludes that hold in a whole work tree, in git's order: the repository's {@code info/exclude} (in the
     * common directory a linked work tree or submodule points to), then {@code core.excludesFile}.
     */
    private List<IgnoreNode> repositoryExcludes(Path workTree) {
        return repositoryExcludes.computeIfAbsent(workTree, GitIgnores::readRepositoryExcludes);
    }

    private static List<IgnoreNode> readRepositoryExcludes(Path workTree) {
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(workTree.toFile()).build()) {
            List<IgnoreNode> nodes = new ArrayList<>();
            Optional.ofNullable(read(repository.getCommonDirectory().toPath().resolve("info/exclude"))).ifPresent(nodes::add);
            Optional.ofNullable(read(excludesFile(repository))).ifPresent(nodes::add);
            return nodes;
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // not a repository git could open either: its .gitignore files still count
        }
    }

    private static Path excludesFile(Repository repository) {
        String configured = repository.getConfig().get(CoreConfig.KEY).getExcludesFile();
        FS fs = repository.getFS();
        if (configured == null) {
            Path xdg = SystemReader.getInstance().getXdgConfigDirectory(fs);
            return xdg == null ? null : xdg.resolve("git/ignore");
        }
        return configured.startsWith("~/") ? fs.userHome().toPath().resolve(configured.substring(2))
                : Path.of(configured);
    }

    /** The rules of an ignore file; null when there is none or it cannot be read, as git skips it then. */
    private static IgnoreNode read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
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
