package io.mtlint.detectors.spacing;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spaces lost at brackets and colons a Chinese or Japanese source wrote full-width, on sentences written for it. */
class FullWidthSpacingTest {
    private static final String CHECK = "mt.spacing.full-width-mark";

    private static List<String> flagged(String source, String text, Format format) {
        return Checkers.check(Checkers.get("en", source, false), text, format).findings().stream()
                .filter(f -> f.ruleId().equals(CHECK)).map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aWordGluedToItsBracketLostTheSpace() {
        assertEquals(List.of("installed("), flagged("zh", "Remove the plugins installed(older versions) before "
                + "upgrading.", Format.TEXT));
        assertEquals(List.of("dependencies("), flagged("ja", "The build pulls in two dependencies(zlib and libpng).",
                Format.TEXT));
    }

    @Test
    void aLabelGluedToTheSentenceAfterItsColonLostTheSpace() {
        assertEquals(List.of("Usage:Run"), flagged("ja", "Usage:Run the script from the project folder.",
                Format.TEXT));
    }

    @Test
    void insideLinkTextItIsProseToo() {
        String page = "Open [the log being rotated(logs/app.log)](logs/app.log) to follow it.\n";
        assertEquals(List.of("rotated("), flagged("zh", page, Format.MARKDOWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call render(post) after load(data), or sum(a, b) and log() when done.",
            "Select the image(s) and the child(ren) folders.",
            "Run map(x => x * 2) or warn(msg: text) first.",
            "Meet at 10:30 on Monday, write key:value pairs and visit https://example.org/Docs today.",
            "The ratio is 16:9 and the type is name:String) in the signature.",
            "Use the helper utils.format(value) or app_config(value) instead.",
            "Pick the ISBN(2nd edition) or the Array(3) constructor.",
    })
    void callsEndingsAndNotationsStayClean(String text) {
        assertEquals(List.of(), flagged("zh", text, Format.TEXT));
    }

    @Test
    void codeAndLinkDestinationsStayClean() {
        String page = "Set `written(value)` and `Label:Value here` in [the guide](https://example.org/a:B(c)).\n\n"
                + "```\nuploaded(file.txt) is done\nNote:Keep it\n```\n";
        assertEquals(List.of(), flagged("zh", page, Format.MARKDOWN));
    }

    @Test
    void aSourceThatSpacesItsBracketsLeavesNoSuchGap() {
        assertEquals(List.of(), flagged("es", "Remove the plugins installed(older versions) before upgrading.",
                Format.TEXT));
    }
}
