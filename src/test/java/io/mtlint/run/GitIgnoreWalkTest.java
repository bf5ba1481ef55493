package io.mtlint.run;

import io.mtlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A directory walk in a git work tree skips what git ignores, as git status would, unless told not to. */
class GitIgnoreWalkTest {
    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A content repository with a built site, drafts ignored below docs, a re-included file and a local exclude. */
    private static Path repository(Path root, boolean git) throws IOException {
        if (git) {
            write(root.resolve(".git/info/exclude"), "# local\nscratch.md\n");
            write(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        }
        write(root.resolve(".gitignore"), "public/\n*.draft.md\n!keep.draft.md\n/top-only.md\n");
        write(root.resolve("docs/.gitignore"), "drafts/\n");
        for (String file : List.of("README.md", "public/index.html", "public/blog/post.md", "docs/guide.md",
                "docs/drafts/idea.md", "docs/top-only.md", "top-only.md", "notes.draft.md", "keep.draft.md",
                "docs/old.draft.md", "scratch.md")) {
            write(root.resolve(file), "A sentence.\n");
        }
        return root;
    }

    private static List<String> walk(Path dir, Path root, boolean gitIgnore) {
        FileWalker.Expansion e = new FileWalker(List.of(), List.of(), gitIgnore).expand(dir.toString());
        return e.files().stream().map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }

    @Test
    void skipsWhatGitIgnoresWithNestedRulesNegationAndInfoExclude(@TempDir Path tmp) throws IOException {
        Path root = repository(tmp, true);
        assertEquals(List.of("README.md", "docs/guide.md", "docs/top-only.md", "keep.draft.md"), walk(root, root, true));
        assertEquals(11, walk(root, root, false).size());
    }

    @Test
    void aWalkOfASubdirectoryKeepsTheRulesAboveIt(@TempDir Path tmp) throws IOException {
        Path root = repository(tmp, true);
        assertEquals(List.of("docs/guide.md", "docs/top-only.md"), walk(root.resolve("docs"), root, true));
    }

    @Test
    void aDirectoryGitIgnoresIsReadWhenNamed(@TempDir Path tmp) throws IOException {
        Path root = repository(tmp, true);
        assertEquals(List.of("public/blog/post.md", "public/index.html"), walk(root.resolve("public"), root, true));
    }

    @Test
    void aWalkAboveSeveralRepositoriesHonoursEachOnesRules(@TempDir Path tmp) throws IOException {
        repository(tmp.resolve("site-a"), true);
        write(tmp.resolve("site-b/.git/HEAD"), "ref: refs/heads/main\n");
        write(tmp.resolve("site-b/.gitignore"), "_site/\n");
        write(tmp.resolve("site-b/_site/index.html"), "<p>Built.</p>\n");
        write(tmp.resolve("site-b/index.md"), "Source.\n");
        write(tmp.resolve("loose/.gitignore"), "*.md\n");
        write(tmp.resolve("loose/notes.md"), "Not in any repository.\n");
        assertEquals(List.of("loose/notes.md", "site-a/README.md", "site-a/docs/guide.md", "site-a/docs/top-only.md",
                "site-a/keep.draft.md", "site-b/index.md"), walk(tmp, tmp, true));
    }

    @Test
    void ignoreFilesOutsideAWorkTreeChangeNothing(@TempDir Path tmp) throws IOException {
        Path root = repository(tmp, false);
        assertEquals(11, walk(root, root, true).size());
    }

    @Test
    void aDirectoryHoldingOnlyIgnoredFilesSaysSoAndHowToReadThem(@TempDir Path tmp) throws IOException {
        Path root = repository(tmp, true);
        FileWalker.Expansion e = new FileWalker(List.of(), List.of(), true).expand(root.resolve("docs/drafts").toString());
        assertEquals(1, e.files().size(), "named, so read");
        write(root.resolve("site/.gitignore"), "*.md\n");
        write(root.resolve("site/page.md"), "Text.\n");
        FileWalker.Expansion site = new FileWalker(List.of(), List.of(), true).expand(root.resolve("site").toString());
        assertTrue(site.files().isEmpty());
        assertTrue(site.problem().contains("--no-ignore"), site.problem());
    }

    @Test
    void checkHonoursNoIgnoreAndTheConfiguration(@TempDir Path tmp) throws Exception {
        Path root = repository(tmp, true);
        Cli.Result walked = Cli.runIn(root, "check", "--no-languagetool", "--no-translate", "--format", "json", ".");
        assertTrue(walked.out().contains("guide.md"), walked.err());
        assertTrue(!walked.out().contains("idea.md") && !walked.out().contains("index.html"), walked.out());
        Cli.Result all = Cli.runIn(root, "check", "--no-languagetool", "--no-translate", "--no-ignore",
                "--format", "json", ".");
        assertTrue(all.out().contains("idea.md") && all.out().contains("index.html"), all.out() + all.err());
        write(root.resolve(".mtlint.yaml"), "gitignore: false\n");
        Cli.Result configured = Cli.runIn(root, "check", "--no-languagetool", "--no-translate", "--format", "json", ".");
        assertTrue(configured.out().contains("idea.md"), configured.out() + configured.err());
        assertNotEquals(walked.out(), configured.out());
    }

    @Test
    void aLinkedWorkTreeReadsTheExcludesOfItsRepository(@TempDir Path tmp) throws IOException {
        Path main = repository(tmp.resolve("main"), true);
        write(main.resolve(".git/worktrees/review/commondir"), "../..\n");
        write(main.resolve(".git/worktrees/review/HEAD"), "ref: refs/heads/review\n");
        write(main.resolve(".git/worktrees/review/gitdir"), tmp.resolve("review/.git") + "\n");
        Path linked = tmp.resolve("review");
        write(linked.resolve(".git"), "gitdir: " + main.resolve(".git/worktrees/review") + "\n");
        write(linked.resolve("scratch.md"), "Local notes.\n");
        write(linked.resolve("page.md"), "A page.\n");
        assertEquals(List.of("page.md"), walk(linked, linked, true));
    }

    @Test
    void theExcludesFileTheConfigurationNamesCounts(@TempDir Path tmp) throws IOException {
        Path root = repository(tmp.resolve("site"), true);
        write(tmp.resolve("excludes"), "*.md\n!README.md\n");
        write(root.resolve(".git/config"), "[core]\n\texcludesFile = " + tmp.resolve("excludes").toString().replace('\\', '/') + "\n");
        assertEquals(List.of("README.md", "keep.draft.md"), walk(root, root, true),
                "a .gitignore negation still wins over the excludes file");
    }
}
