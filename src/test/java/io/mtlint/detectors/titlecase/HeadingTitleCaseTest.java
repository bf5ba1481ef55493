package io.mtlint.detectors.titlecase;

import io.mtlint.model.Finding;
import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short headings in English title case, judged by how the whole page writes its headings. */
class HeadingTitleCaseTest {
    private static List<String> flagged(String target, String md) {
        return Checkers.check(Checkers.get(target, "en", false), md, Format.MARKDOWN).findings().stream()
                .filter(f -> f.ruleId().equals(TitleCaseRule.ID))
                .map(f -> md.substring(f.start(), f.end())).toList();
    }

    @Test
    void aPageOfTitleCaseHeadingsHasEachReported() {
        String es = "# 🚀 Manual del proyecto\n\n## Requisitos Previos\n\nInstale Java antes de seguir.\n\n"
                + "## Preguntas Frecuentes\n\nLea esta parte con calma.\n\n## **Notas de Versión**\n\nNada nuevo.\n";
        assertEquals(List.of("Previos", "Frecuentes", "Versión"), flagged("es", es));
        String fr = "# Guide\n\n## Mise en Route\n\nOuvrez le terminal.\n\n## Questions Courantes\n\nVoici les "
                + "réponses.\n\n## Journal des Modifications\n\nRien de neuf.\n";
        assertEquals(List.of("Route", "Courantes", "Modifications"), flagged("fr", fr));
    }

    @Test
    void sentenceCasePagesNamesAndSubtitlesStayClean() {
        assertEquals(List.of(), flagged("es", "# Manual\n\n## Requisitos previos\n\n## Uso con Docker\n\n"
                + "## Preguntas frecuentes\n\n## Código de Conducta\n\nSea amable.\n"));
        assertEquals(List.of(), flagged("es", "# 📣 Anuncio - _Nuevo proyecto con Python_\n\n## Instalar Node\n\n"
                + "## Configurar GitHub Actions\n\n## Probar con Jest\n\nTodo listo.\n"));
        assertEquals(List.of(), flagged("de", "# Handbuch\n\n## Erste Schritte\n\n## Häufige Fragen\n\n"
                + "## Neue Funktionen\n\nViel Spaß.\n"));
    }

    @Test
    void capitalsInABracketOfASentenceCaseHeadingAreReported() {
        assertEquals(List.of("Aconsejable"), flagged("es", "# Manual\n\n## Copiar la base de datos (Aconsejable)\n\n"
                + "Haga una copia antes de migrar.\n"));
        assertEquals(List.of("Facultatif"), flagged("fr", "# Guide\n\n## Activer le cache du serveur (Facultatif)\n\n"
                + "Le cache réduit les temps de réponse.\n"));
        assertEquals(List.of("Schnell & Immer"), flagged("de", "# Handbuch\n\n## Backups mit Skripten (Schnell & Immer "
                + "sicher)\n\nDie Skripte laufen nachts.\n"));
    }

    @Test
    void aCapitalAfterVsOrAConjunctionOfASentenceCaseHeadingIsReported() {
        assertEquals(List.of("Sincronización"), flagged("es", "# Manual\n\n## Copia manual vs Sincronización diaria\n\n"
                + "Elija una de las dos.\n"));
        assertEquals(List.of("Réseau"), flagged("fr", "# Guide\n\n## Pare-feu local et Réseau privé\n\n"
                + "Ouvrez les ports utiles.\n"));
        assertEquals(List.of(), flagged("es", "# Manual\n\n## Imágenes para Docker y Podman\n\n"
                + "## Copia manual vs. copia diaria\n\n## Local vs Nube\n\nElija una.\n"));
        assertEquals(List.of(), flagged("de", "# Handbuch\n\n## Lokale Kopie oder Sicherung im Netz\n\nFertig.\n"));
    }

    @Test
    void bracketsAfterHeadingsDoNotMakeThePageATitleCasePage() {
        String es = "# Guía\n\n## Conectar con Google Drive (Beta)\n\nTexto.\n\n## Exportar los datos (Beta)\n\n"
                + "Más.\n\n## Importar una copia (Beta)\n\nOtro.\n\n## Borrar la cuenta\n\nFin.\n";
        assertEquals(List.of("Beta", "Beta", "Beta"), flagged("es", es));
    }

    @Test
    void bracketsWithNamesNounsOrOpeningTheHeadingStayClean() {
        assertEquals(List.of(), flagged("es", "# Manual\n\n## Instalación en el portátil (Windows)\n\n"
                + "## 3. (Opcional) Copiar la base de datos\n\n## Rutas del servidor (Routes API)\n\n"
                + "## Copiar la base de datos (aconsejable)\n\nHaga una copia antes de migrar.\n"));
        assertEquals(List.of(), flagged("de", "# Handbuch\n\n## Entfernt: alte Signatur (Adapter-API)\n\n"
                + "## Konfiguration (Umgebungsvariablen)\n\nDie Skripte laufen nachts.\n"));
    }

    @Test
    void theFirstWordAfterASpacedDashOnATitleCasePageKeepsItsCapital() {
        String fr = "# Guide\n\n## Mise en Route\n\nOuvrez le terminal.\n\n## Questions Courantes\n\nVoici.\n\n"
                + "## Journal des Modifications\n\nRien.\n\n## [Partie 2 : Sauvegardes - Des copies chaque nuit](./sauvegardes.md)\n\n"
                + "## Partie 3 : Réseau \u2013 Ouvrir les ports du pare-feu\n\nRien de neuf.\n";
        assertEquals(List.of("Route", "Courantes", "Modifications"), flagged("fr", fr));
        String es = "# Manual\n\n## Requisitos Previos\n\nTexto.\n\n## Preguntas Frecuentes\n\nMás.\n\n"
                + "## Copias - Cada Noche en Disco\n\nFin.\n";
        assertEquals(List.of("Previos", "Frecuentes", "Noche en Disco"), flagged("es", es));
    }
}
