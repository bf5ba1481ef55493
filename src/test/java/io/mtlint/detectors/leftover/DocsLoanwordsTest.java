package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * English terms Spanish, French, German, Italian and Portuguese developer documentation uses as they are stay clean.
 */
class DocsLoanwordsTest {
    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, "en", text, SourceLeftoverRule.ID);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "es|El menú lateral se define una sola vez en el layout principal del sitio.",
            "es|Guarda la posición del scroll antes de cambiar de pestaña.",
            "es|La imagen se carga cuando entra en el viewport del lector.",
            "es|Los iframes de terceros ralentizan la carga de la portada.",
            "es|Compara las props entre dos renders consecutivos del formulario.",
            "es|Prueba el ejemplo en uno de los sandboxes de la guía.",
            "es|El feed de noticias se actualiza cada cinco minutos.",
            "es|El paso de lint falla si una variable queda sin usar.",
            "es|Pega el fragmento en el playground y observa el resultado.",
            "es|Cada elemento de la lista necesita keys estables.",
            "es|Las funciones edge responden desde el nodo más cercano.",
            "es|El evento submit se dispara al pulsar el botón de envío.",
            "es|El objeto devuelto debe ser serializable para enviarlo al cliente.",
            "fr|Les styles inline ont priorité sur la feuille de style du thème.",
            "fr|Chaque snapshot conserve l'état du magasin à cet instant.",
            "fr|Le refactoring du module de paiement a pris deux semaines.",
            "fr|Le menu s'affiche en overlay sur les écrans desktop.",
            "fr|Ouvrez la timeline des performances pour repérer les lenteurs.",
            "fr|Les fixtures de test décrivent trois projets de démonstration.",
            "fr|Le robot relit toutes les pull requests avant la fusion.",
            "fr|Un benchmarking des deux bases de données a précédé le choix.",
            "fr|Rédigez les notes de version en markdown dans le dossier du projet.",
            "fr|Les capteurs font tourner un modèle edge sans connexion au nuage.",
            "fr|Pensez à committer le fichier de verrouillage avec le reste.",
            "es|Dos revisores aprueban las pull requests del equipo de pagos.",
            "es|El lector de ficheros usa una función async para no bloquear la interfaz.",
            "es|El fallo ya está corregido en upstream y llegará en la próxima versión.",
            "de|Der Bot prüft alle offenen Pull Requests jeden Morgen.",
            "fr|Le serveur bascule en failover si le nœud principal ne répond plus.",
            "fr|Sans réponse du service, le module passe au fallback local.",
            "fr|Indiquez le hostname de la machine dans le fichier de configuration.",
            "fr|Le slug de chaque article reprend son titre sans accents.",
            "fr|Le footer affiche la version et le lien vers les sources.",
            "fr|Chaque workspace garde ses propres réglages d'affichage.",
            "fr|Le layout mobile cache la barre latérale sous un bouton.",
            "fr|Importez vos decks depuis le site de l'éditeur.",
            "es|Si la réplica cae, el failover promueve otra en segundos.",
            "es|Cuando no hay red, la aplicación usa un fallback sin conexión.",
            "es|El hostname del equipo aparece en la cabecera del informe.",
            "es|El slug de la página se genera a partir del título.",
            "es|Cada workspace tiene su propia lista de permisos.",
            "it|Accedi come admin e riavvia il router dal pannello.",
            "it|Scarica l'app e collega il tuo account al server.",
            "it|Il provider consiglia un backup prima di ogni upgrade del firmware.",
            "pt|O header da requisição leva o token de acesso ao servidor.",
            "pt|Entre no shell como root e reinicie o serviço de nomes.",
            "pt|O scraper guarda cada página num array antes de gravar o arquivo.",
            "pt|O spyware chegou escondido num pen drive emprestado.",
            "pt|A equipe revisa as issues abertas toda segunda-feira.",
            "es|El proxy de la oficina bloquea las descargas demasiado grandes.",
            "es|Abre un shell como root y reinicia el servicio de nombres.",
            "fr|Connectez-vous en root pour modifier ce fichier de configuration.",
            "fr|Un adware installé avec le lecteur affichait des publicités.",
    })
    void docsLoanwordsStayClean(String target, String text) {
        assertEquals(List.of(), flagged(target, text));
    }

    @Test
    void anEnglishClauseBesideTheLoanwordIsStillALeftover() {
        String text = "Guarda la posición del scroll, because the page jumps back to the top after every update.";
        assertFalse(flagged("es", text).isEmpty(), "an English clause left in Spanish text");
        String french = "Le module passe au fallback, which keeps the old answers until the service comes back.";
        assertFalse(flagged("fr", french).isEmpty(), "an English clause left in French text");
        String italian = "Riavvia il router, because the old settings stay active until the device restarts.";
        assertFalse(flagged("it", italian).isEmpty(), "an English clause left in Italian text");
        String portuguese = "O header chega vazio, because the proxy strips it before the request reaches the server.";
        assertFalse(flagged("pt", portuguese).isEmpty(), "an English clause left in Portuguese text");
    }
}
