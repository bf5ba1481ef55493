package io.mtlint.detectors.names;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names of code, files and languages in documentation are written as they are spelt, not as names. */
class CodeNamesCaseTest {
    private static List<String> reported(String target, String source, String markdown) {
        return Checkers.check(Checkers.get(target, source, false), markdown, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().startsWith("mt.proper-noun-case"))
                .map(f -> markdown.substring(f.start(), f.end()))
                .toList();
    }

    @Test
    void aWordOfAFileNameIsSpeltAsTheFile() {
        assertEquals(List.of(), reported("en-US", "es",
                "Copy **release-london-notes.md** and **paris_office.yaml** to the folder.\n"));
        assertEquals(List.of("london"), reported("en-US", "es", "The office in london opened.\n"));
    }

    @Test
    void aPackageTheCodeInstallsIsSpeltAsTheCode() {
        String install = "\n\n```bash\npip install django-london\n```\n";
        String prose = "The django-london package adds maps of london.\n";
        assertEquals(List.of("london"), reported("en-US", "es", prose + install));
        assertEquals(List.of("london", "london"), reported("en-US", "es", prose));
    }

    @Test
    void aLanguageWrittenAsItNamesItselfIsNoLowercaseName() {
        assertEquals(List.of(), reported("en-US", "zh", """
                | Language | Native name |
                | -------- | ----------- |
                | French   | français    |
                """));
    }

    @Test
    void aWordAfterABrandIsNoSurname() {
        assertEquals(List.of(), reported("de", "en", "Alle PowerShell cmdlets stehen im Handbuch.\n"));
    }
}
