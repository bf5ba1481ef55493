package io.mtlint.detectors;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The anglicism packs for Spanish, French and German targets (published lists of calques of English, and English
 * idioms rendered word for word), on sentences written for this test: none is a rule's example or a corpus text.
 * Native prose that shares the words stays clean.
 */
class EnglishCalquesIntoTargetsTest {
    private static List<String> calques(String target, String text) {
        return Checkers.check(Checkers.get(target, "en", false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().startsWith("en-"))
                .map(f -> f.ruleId() + ":" + text.substring(f.start(), f.end()).strip()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | La sénatrice faisait déjà face à plusieurs accusations de corruption. | en-fr.faire-face-a-des-accusations:faisait déjà face à plusieurs accusations",
            "fr | Deux gardes de sécurité surveillaient l'entrée du stade. | en-fr.garde-de-securite:gardes de sécurité",
            "fr | Les promesses du fabricant sont à lire avec un grain de sel. | en-fr.avec-un-grain-de-sel:avec un grain de sel",
            "fr | Telle que rapportée par le quotidien, la fusion serait imminente. | en-fr.comme-rapporte-par:Telle que rapportée par",
            "fr | Les pluies pourraient potentiellement retarder les vendanges. | en-fr.pourrait-potentiellement:pourraient potentiellement",
            "fr | Les comptes sont vérifiés sur une base hebdomadaire par la banque. | en-fr.sur-une-base-quotidienne:sur une base hebdomadaire",
            "fr | L'inflation reste en ligne avec les objectifs de la banque centrale. | en-fr.en-ligne-avec:en ligne avec les objectifs",
            "fr | La gare a rouvert aujourd'hui plus tôt que l'annonce ne le disait. | en-fr.plus-tot-aujourd-hui:aujourd'hui plus tôt",
            "fr | Ce roman est définitivement une réussite. | en-fr.definitivement-certainement:est définitivement",
            "es | Al final del día, el club necesita vender jugadores. | en-es.al-final-del-dia:Al final del día",
            "es | La alcaldesa firmó el decreto hoy más temprano. | en-es.mas-temprano-hoy:hoy más temprano",
            "es | Las lluvias podrían potencialmente salvar la cosecha. | en-es.podria-potencialmente:podrían potencialmente",
            "es | Con este fichaje el club quiere llevar el proyecto al próximo nivel. | en-es.al-siguiente-nivel:llevar el proyecto al próximo nivel",
            "es | Tres partidos soportaron la moción en el pleno. | en-es.soportar-apoyar:soportaron la moción",
            "es | Los estafadores toman ventaja de la confusión. | en-es.tomar-ventaja-de:toman ventaja de",
            "es | Los datos se actualizan sobre una base semanal. | en-es.en-una-base-diaria:sobre una base semanal",
            "es | Tal y como informado por la prensa local, el alcalde dimitió. | en-es.como-reportado-por:Tal y como informado por",
            "es | El incendio causó daños muy severos en el museo. | en-es.severo-grave:daños muy severos",
            "es | Las redes sociales jugaron un enorme rol en la campaña. | en-es.jugar-un-rol:jugaron un enorme rol",
            "es | Hay que leer ese informe con un grano de sal. | en-es.con-un-grano-de-sal:con un grano de sal",
            "de-DE | Die Preise dürften potenziell weiter steigen. | en-de.koennte-potenziell:dürften potenziell",
            "de-DE | Der Zug war früher heute in Hamburg liegen geblieben. | en-de.frueher-heute:früher heute",
            "de-DE | Wie gemeldet von der Polizei, wurde niemand verletzt. | en-de.wie-berichtet-von:Wie gemeldet von",
            "de-DE | Solche Versprechen nimmt man besser mit einem Korn Salz. | en-de.mit-einem-koernchen-salz:mit einem Korn Salz",
            "fr | Les investisseurs liront les minutes du comité monétaire jeudi. | en-fr.minutes-compte-rendu:les minutes du comité",
            "fr | Due à la sécheresse, la récolte sera maigre. | en-fr.du-a-en-tete:Due à",
            "fr | Le syndicat a pris action contre la direction. | en-fr.prendre-action:pris action contre",
            "es | La fiscalía tomó acción legal contra la constructora. | en-es.tomar-acciones:tomó acción legal",
            "de-DE | Mit kleinen Spenden kann jeder einen echten Unterschied machen. | en-de.einen-unterschied-machen:einen echten Unterschied machen",
            "de-DE | Der Kritiker hat damit einen berechtigten Punkt. | en-de.einen-punkt-haben:hat damit einen berechtigten Punkt",
            "de-DE | Die Stadt wird investieren in neue Radwege. | en-de.infinitiv-vor-praepositionalgruppe:wird investieren in",
            "es | Las ventas de coches cayeron un 8 % en marzo, reflejando una demanda débil. | en-es.gerundio-de-consecuencia:reflejando una",
            "es | El euro tocó 1,12 dólares, estableciendo un máximo de dos años. | en-es.gerundio-de-consecuencia:estableciendo un",
            "es | El rendimiento del bono subió al 4 %, sugiriendo una nueva alza de tipos. | en-es.gerundio-de-consecuencia:sugiriendo una",
            "es | Explorando las bodegas del Priorat | en-es.titulo-en-gerundio:Explorando",
            "es | Desmitificando la inteligencia artificial generativa | en-es.titulo-en-gerundio:Desmitificando",
            "es | Los inversores siguen de cerca el precio Dogecoin esta semana. | en-es.sustantivo-nombre:precio Dogecoin",
            "es | Las ballenas Cardano movieron sus monedas el domingo. | en-es.sustantivo-nombre:ballenas Cardano",
            "es | Los aranceles son esperados para encarecer la fruta importada. | en-es.pasiva-para-infinitivo:son esperados para",
            "es | El fallo fue ampliamente creído para beneficiar a la constructora. | en-es.pasiva-para-infinitivo:fue ampliamente creído para",
            "es | El turismo rural vivió un crecimiento masivo durante el verano. | en-es.cambio-masivo-dramatico:crecimiento masivo",
            "es | Las matrículas disminuyeron dramáticamente en la provincia. | en-es.cambio-masivo-dramatico:disminuyeron dramáticamente",
            "es | La tenista se torció su tobillo en el segundo set. | en-es.posesivo-con-el-cuerpo:torció su tobillo",
            "es | Los alumnos cruzaron sus brazos ante el director. | en-es.posesivo-con-el-cuerpo:cruzaron sus brazos",
    })
    void englishConstructionIsFlagged(String target, String text, String expected) {
        assertEquals(List.of(expected), calques(target, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | L'élu est accusé de fraude ; la ville fait face à une pénurie d'eau et à des critiques.",
            "fr | Un agent de sécurité et le gardien du parc ; chacun a mis son grain de sel.",
            "fr | Comme l'a rapporté le quotidien, la fusion est proche ; le fait a été rapporté par un témoin.",
            "fr | La crue pourrait toucher des quartiers potentiellement exposés.",
            "fr | La base militaire est fermée ; la chanteuse est en ligne avec ses fans ce soir.",
            "fr | Le magasin est définitivement fermé ; il sera définitivement démoli.",
            "fr | Le département du Nord et la police départementale ont signé une convention.",
            "es | Al final del día llegó la tormenta; a fin de cuentas, nadie salió.",
            "es | Mañana abrirá más temprano que hoy; hoy temprano hubo niebla.",
            "es | Podría llover; los barrios potencialmente afectados están avisados.",
            "es | El jugador pasó al siguiente nivel del videojuego y la alumna subió al siguiente nivel de inglés.",
            "fr | La réunion a duré quarante minutes ; le retard est dû à la neige et la police a pris des mesures.",
            "es | El Gobierno tomará medidas; los accionistas venden acciones de la eléctrica.",
            "de-DE | Das Gesetz macht einen Unterschied zwischen Miete und Pacht; Bayern hat einen Punkt Vorsprung.",
            "es | Los vecinos soportan el calor; el equipo tomó ventaja de dos goles.",
            "es | La base naval está cerrada; el juez fue severo con los acusados.",
            "es | El ministro desempeñó un papel clave y los niños jugaron a un juego de rol.",
            "de-DE | Der Sturm könnte Leitungen beschädigen; potenziell betroffen sind 300 Haushalte.",
            "de-DE | Früher war heute ein Feiertag; wie berichtet, fehlt das Geld.",
            "de-DE | Ein Körnchen Wahrheit steckt darin; die Suppe braucht Salz.",
            "de-DE | Die Stadt wird in neue Radwege investieren, und sie will mit den Bürgern darüber reden.",
            "es | La consejera atendió a los periodistas, señalando que el plan sigue en pie.",
            "es | Las ventas cayeron un 8 %, lo que refleja una demanda débil; el árbitro siguió marcando el ritmo.",
            "es | Explorando la cueva, los niños encontraron una moneda romana.",
            "es | La red Polkadot y el índice Dow Jones cerraron la semana con el precio de Cardano al alza.",
            "es | Se espera que los aranceles encarezcan la fruta; el estadio fue pensado para durar.",
            "es | El bombardeo masivo dejó un balance dramático y pérdidas masivas en la cosecha.",
            "es | La tenista se torció el tobillo; el público levantó su voz y abrió sus puertas al equipo.",
    })
    void nativeProseStaysClean(String target, String text) {
        assertEquals(List.of(), calques(target, text));
    }
}
