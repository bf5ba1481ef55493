package io.mtlint;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README stays short, and every relative link in the user documentation reaches a file and a heading. */
class DocumentationTest {
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void theReadmeStaysWithinFifteenKilobytes() throws IOException {
        long size = Files.size(Path.of("README.md"));
        assertTrue(size <= 15 * 1024, "README.md is " + size + " bytes; move details to docs/");
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("rules/README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String destination : links(page)) {
                String problem = problem(page, destination);
                if (problem != null) {
                    broken.add(page + ": " + destination + " (" + problem + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void anchorsFollowGithubsHeadingIds() {
        assertEquals("mtnumber-format", anchor("mt.number-format"));
        assertEquals("json-format", anchor("JSON format"));
        assertEquals("the-two-commands", anchor("The two `commands`"));
        assertEquals("rulesen-escalquesyaml", anchor("rules/en-es/calques.yaml"));
    }

    /** Why {@code destination}, linked from {@code page}, leads nowhere; null when it resolves. */
    private static String problem(Path page, String destination) throws IOException {
        if (destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null; // https:, mailto: and the like are not checked here
        }
        int hash = destination.indexOf('#');
        String file = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? null : destination.substring(hash + 1);
        Path target = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
            return "no such file";
        }
        if (fragment != null && !(target.toString().endsWith(".md") && anchors(target).contains(fragment))) {
            return "no such heading";
        }
        return null;
    }

    private static List<String> links(Path page) throws IOException {
        List<String> found = new ArrayList<>();
        parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(image.getDestination());
            }
        });
        return found;
    }

    /** The ids GitHub gives a page's headings, a repeated one numbered from its second occurrence. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code c) {
                        text.append(c.getLiteral());
                    }
                });
                String id = anchor(text.toString());
                int n = seen.merge(id, 1, Integer::sum);
                ids.add(n == 1 ? id : id + "-" + (n - 1));
            }
        });
        return ids;
    }

    private static String anchor(String headingText) {
        return headingText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N} _-]", "").replace(' ', '-');
    }

    private static Node parse(Path page) throws IOException {
        return MARKDOWN.parse(Files.readString(page, StandardCharsets.UTF_8));
    }
}
