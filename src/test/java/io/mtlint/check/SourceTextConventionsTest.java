package io.mtlint.check;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.model.RuleIds;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A target-language convention does not apply to a sentence left in the source language: neither German noun
 * capitals nor a French space before a colon are written into English text, while the target's own sentences
 * beside it are still checked.
 */
class SourceTextConventionsTest {
    private static List<Finding> findings(String target, String text, String ruleId) {
        return Checkers.check(Checkers.get(target, "en", false), text, Format.MARKDOWN).findings().stream()
                .filter(f -> RuleIds.selects(ruleId, f.ruleId())).toList();
    }

    private static List<String> flagged(String target, String text, String ruleId) {
        return findings(target, text, ruleId).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void germanNounCapitalsStayOutOfAnEnglishSentence() {
        String text = "Wir speichern die datei im Ordner.\n\n- `c_opt`: Specifies if the proxy may set the AD flag in "
                + "replies from the upstream servers.\n";
        assertEquals(List.of("datei"), flagged("de", text, "mt.proper-noun-case"));
    }

    @Test
    void frenchColonSpacingStaysOutOfAnEnglishSentence() {
        String text = "Les jetons sont révoqués depuis les pages suivantes: Réglages.\n\n"
                + "Tokens can be revoked from any of the following screens: Settings.\n";
        List<Finding> found = findings("fr", text, "fr.space-before-colon");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).start() < text.indexOf("Tokens"), "the French sentence keeps its finding");
    }

    @Test
    void aWordOfACapitalisedTitleIsNoNameAlone() {
        String text = "El club publica sus Travel Safety Rules cada año.\n\n"
                + "Los socios siguen las normas, rules y avisos del club.\n";
        assertEquals(List.of(), flagged("es", text, "mt.proper-noun-case"));
    }

    @Test
    void aNameTheDocumentWritesAloneIsStillReported() {
        String text = "El paquete salió de Valdoria el lunes.\n\nEl camión volvió a valdoria el martes.\n";
        assertEquals(List.of("valdoria"), flagged("es", text, "mt.proper-noun-case"));
    }

    @Test
    void capitalisingALoneSourceWordIsNoSafeFix() {
        String text = "Cada semana revisamos las Rules con el equipo.\n\nEl cliente acepta las rules al registrarse.\n";
        List<Finding> found = findings("es", text, "mt.proper-noun-case");
        assertFalse(found.isEmpty(), "the document writes the word as a name on its own");
        assertTrue(found.stream().flatMap(f -> f.fixes().stream()).noneMatch(io.mtlint.model.Fix::safe),
                found.toString());
    }

    @Test
    void anEnglishLabelKeepsItsColonWhileAFrenchLabelIsReported() {
        String text = "| Service | Détails |\n|---|---|\n"
                + "| Résolveur | Provider: `resolveur.exemple.net` IP: `198.51.100.4` |\n\n"
                + "**Example:** `fr-CA`\n\n"
                + "- Fournisseur: une entreprise qui héberge le résolveur.\n"
                + "- Remarque: la liste change chaque mois.\n";
        List<Finding> found = findings("fr", text, "fr.space-before-colon");
        assertEquals(List.of(text.indexOf("Fournisseur:") + 11, text.indexOf("Remarque:") + 8),
                found.stream().map(Finding::start).toList(), found.toString());
    }

    @Test
    void aLabelOfInitialismsGoesWithTheOtherLabelsOfItsCell() {
        String english = "| Accès | Hostname: `tls://filtre.exemple.org` IPv6: `2001:db8::53` |\n|---|---|\n";
        assertEquals(List.of(), flagged("fr", english, "fr.space-before-colon"));
        String french = "| Accès | Adresse: `filtre.exemple.org` IPv6: `2001:db8::53` |\n|---|---|\n";
        assertEquals(List.of(":", ":"), flagged("fr", french, "fr.space-before-colon"));
    }

    @Test
    void aColonAfterALoneEnglishWordIsReportedWithoutASafeFix() {
        String text = "Chaque redémarrage du service écrit une ligne, celle du watchdog: elle donne la durée.\n\n"
                + "Chaque redémarrage du service écrit une ligne, celle du journal: elle donne la durée.\n";
        List<Finding> found = findings("fr", text, "fr.space-before-colon");
        assertEquals(2, found.size(), found.toString());
        assertFalse(found.get(0).fixes().get(0).safe(), "after an English word");
        assertTrue(found.get(1).fixes().get(0).safe(), "after a French word");
    }
}
