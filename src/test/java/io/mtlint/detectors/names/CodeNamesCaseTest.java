package io.mtlint.detectors.names;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names of code, files and languages in documentation are written as they are spelt, not as names. */
class CodeNamesCaseTest {
    private static List<String> reported(String target, String source, String markdown) {
        return Checkers.flaggedInMarkdown(target, source, markdown, "mt.proper-noun-case");
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
    @Test
    void anEnglishTitleCaseHeadingIsNoEvidenceOfAName() {
        String doc = "## Storing Lists Of Mutexes\n\nTwo mutexes guard the queue.\n";
        assertEquals(List.of(), reported("en-US", "zh", doc));
        // A name the document writes capitalised in running text still counts.
        assertEquals(List.of("gleamfield"), reported("en-US", "zh",
                "We met Gleamfield in May.\n\nThe team from gleamfield left.\n"));
    }

    @Test
    void aPrefixBeforeAHyphenIsNoName() {
        assertEquals(List.of(), reported("en-US", "zh", "Drop the un-used imports and the un-tested branch.\n"));
        assertEquals(List.of("kyiv"), reported("en-US", "uk", "A kyiv-based team shipped it.\n"));
    }

    @Test
    void aPackageNameOfSeveralHyphenatedPartsIsSpeltAsThePackage() {
        assertEquals(List.of(), reported("en-US", "zh",
                "Install [astro-plugin-json-feed](https://example.org) and run `astro build`.\n"));
    }

    @Test
    void aWordQuotedAloneInTechnicalTextIsAValue() {
        assertEquals(List.of(), reported("en-US", "zh",
                "Set `format` to \"cjs\" or \"esm\"; the targets \"vue\" and \"svelte\" are built in.\n"));
    }

    @Test
    void anAcronymInLowercaseInTechnicalTextIsNoMachineTranslationArtefact() {
        String doc = "Emit the manifest as json and serve it over the base url.\n\n```js\nbuild()\n```\n";
        assertEquals(List.of(), reported("en-US", "zh", doc));
        assertEquals(List.of("nato"), reported("en-US", "es", "The nato summit ended.\n"));
    }

    @Test
    void anInitialismOfAStateInTechnicalTextIsStillAName() {
        String doc = "Exports to the usa need a licence; sign the form as xml.\n\n```js\nsign()\n```\n";
        assertEquals(List.of("usa"), reported("en-US", "es", doc));
    }
    @Test
    void aWordOfTheCodeOrOfAProductNameIsATermOfTheDocument() {
        assertEquals(List.of(), reported("en-US", "zh", """
                Shapes implement Vtable for dispatch, and the Quickcraft Transpiler runs first.

                ```rust
                impl Vtable for Shape {}
                ```

                Each vtable entry points to a method; the transpiler keeps them.
                """));
        // Outside documentation, a word the article capitalises is a name wherever it appears.
        assertEquals(List.of("gleamfield"), reported("en-US", "es",
                "The Gleamfield Trust met. Later gleamfield said no.\n"));
    }
}
