package io.mtlint.rules;

import io.mtlint.core.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The calque rules shared by several source languages, on sentences written for this test (none is a rule's
 * example): each source that has the construction gets the finding, and English that looks alike stays clean.
 */
class CalqueGeneralisationTest {
    /** What the pack rules (calques, and the number formats some of them are) flag in {@code text}. */
    private static List<String> calques(String source, String text) {
        return Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT).findings().stream()
                .filter(f -> !f.ruleId().startsWith("mt."))
                .map(f -> f.ruleId() + ":" + text.substring(f.start(), f.end()).strip()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pt | From her part, the governor vetoed the bill. | en.for-his-part:From her part",
            "fr | In that sense, the unions will strike on Thursday. | en.in-this-sense:In that sense",
            "it | The mayor assured that the works would end in May. | en.assured-that:assured that",
            "ca | The council celebrated an early session on Monday. | en.celebrate-elections:celebrated ",
            "pt | The bank counts with the backing of its shareholders. | en.count-with:counts with ",
            "it | Vandals did not leave nothing standing in the square. | en.double-negation:not leave nothing",
            "es | The inspectors did not see nobody at the gate. | en.double-negation:not see nobody",
            "pt | The resources will be destined to the hospitals of the north. | en.destined-to:destined to ",
            "it | Tolls will rise again from the 2027. | en.the-year:the ",
            "es | Exports registered a drop of the 4,2% in March. | en.change-of-the-percent:the ",
            "pt | Inflation should slow in the first semester of 2026. | en.second-semester:first semester ",
            "fr | The decree foresees fines for late payment. | en.foresee-provide:foresees",
            "de | The reform sieht nothing; the law foresaw a transition period. | en.foresee-provide:foresaw",
            "it | The region approved also a plan for the coast. | en.verb-also-object:approved also",
            "fr | The club paid 80 millions for the striker. | en.numeral-millions:80 millions",
            "pt | Clients contacted by the report said the app failed. | pt-en.heard-by-the-report:contacted by the report",
            "it | The pope will visit Naples the 4 october. | en.the-day-month:the 4 october",
            "es | Teachers called to an indefinite strike in Madrid. | en.call-to-strike:called to",
            "it | Parliament will not let pass such a law. | en.let-pass:let pass",
            "es | The fire destroyed less of 300 hectares. | en.more-of-number:less of",
            "es | The coach showed himself satisfied with the draw. | en.said-himself:showed himself",
            "it | The lawyers deposited an appeal with the court. | en.deposit-amendment:deposited",
            "it | Only one train on four ran in Lombardy. | en.one-on-three:one train on four",
            "pt | The polls close at 17h in Lisbon. | en.clock-hours:17h",
            "es | The match starts at 21 h 15 tonight. | en.clock-hours:21 h 15",
            "de | The airport has been closed since days because of the strike. | de-en.since-years:since days",
            "de | The club has, according to own data, lost 2,000 members. | de-en.according-to-own:according to own data",
            "de | The town has 40,000 residents, thereof about 8,000 pupils. | de-en.thereof:thereof",
            "de | Doctors warned already before a shortage of nurses. | de-en.warn-before:warned already before a shortage",
            "de | The central bank reacted on the rising prices. | de-en.react-on:reacted on",
            "de | Tickets will cost up to 120 Mrd. euros in total. | de-en.abbreviation-left:Mrd.",
            "de | The FDP-chairman called the plan unfair. | de-en.acronym-hyphen-role:FDP-chairman",
            "de | Fuel costs 2.10 Euro per litre in Munich. | en.euro-capitalised:Euro",
            "es | The airline announced to cancel 40 flights. | en.announced-to-verb:announced to cancel",
            "it | The victory was considered as certain by the polls. | en.considered-as-adjective:was considered as",
            "pt | Already in March the government had raised taxes. | en.already-in-year:Already",
            "fr | Also the teachers joined the protest. | en.also-the-subject:Also",
            "uk | Strikes hit energy facilities on the territory of Sumy region. | ru-en.on-the-territory-of:on the territory of",
            "ru | It has become known that the governor resigned. | ru-en.it-became-known:It has become known",
            "uk | It was informed about a new attack on the port. | ru-en.reported-about:It was informed about",
            "uk | We remind that the dam was destroyed in June. | ru-en.let-us-remind:We remind that",
            "ru | Investigators are working on the place, police said. | ru-en.on-the-place:on the place",
            "uk | By evening the blaze was localised, the service said. | ru-en.fire-localized:blaze was localised",
            "uk | Heavy fighting goes on in the Lyman direction. | ru-en.on-the-direction:in the Lyman direction",
            "ru | The results will be known within the nearest weeks. | ru-en.the-nearest-days:within the nearest weeks",
            "uk | Strikes damaged critical infrastructure objects in Lviv. | ru-en.infrastructure-object:critical infrastructure objects",
            "uk | Air defence intercepted 21 from 30 missiles overnight. | ru-en.shot-down-from:intercepted 21 from 30",
            "ru | Exports fell to 7 mlrd dollars. | ru-en.mln-abbreviation:mlrd",
            "es | Sales grew in March of the present year. | en.of-the-current-year:of the present year",
            "es | In the stadium there were produced several fights. | en.there-took-place:there were produced",
            "de | The chancellor stressed, that no decision was made. | en.comma-before-that:,",
            "it | About 12 thousand people marched in Turin. | en.digits-thousand:12 thousand",
            "pt | In the north, the deforestation has reached record levels. | en.article-generic-noun:the deforestation",
            "it | Mayors say the mass tourism is still expelling residents. | en.article-generic-noun:the mass tourism",
            "it | The coach has resigned yesterday after the defeat. | en.perfect-with-past-time:has resigned ",
            "de | Last week the council has approved the budget. | en.perfect-with-past-time:has",
            "es | The farmers do no more the harvest by hand. | en.no-more-the:do no more",
            "it | The museum is closed since six months. | en.since-a-duration:since six months",
            "es | The senator evoked a possible resignation. | en.evoke-quote:evoked",
            "fr | Throughout the Hexagon, schools closed. | fr-en.the-hexagon:Throughout the Hexagon",
            "fr | The executive passed in force its budget. | fr-en.pass-in-force:passed in force",
            "fr | He admitted it at the microphone of RTL. | fr-en.microphone-of:at the microphone of",
            "fr | At the ministry, one regrets the delay. | fr-en.one-impersonal:one regrets",
            "fr | On the side of the unions, anger grows. | fr-en.on-the-side-of:On the side of the unions,",
            "it | The bills deposited by the senators were rejected. | en.deposit-amendment:deposited",
            "pt | The senate voted the project of law on pensions. | en.project-of-law:the project of law",
            "it | The mayor stood out that tourism had doubled. | en.stood-out-that:stood out that",
            "es | Parking costs 90 euros to the month in the centre. | en.price-by-unit:to the month",
            "fr | The union qualified the offer of insulting and walked out. | en.qualified-of:qualified the offer of",
            "es | A decree that foresaw to close the mines. | en.foresee-provide:foresaw",
            "es | By their part, the owners refused. | en.for-his-part:By their part",
            "fr | The line will be electrified within 2030. | en.within-year:within 2030",
            "it | The reform never took in account the islands. | en.take-in-account:took in account",
            "es | The company filed a recourse before the Supreme Court. | en.a-recourse:a recourse",
            "fr | Dockers voted renewable strikes at Le Havre. | fr-en.renewable-strike:renewable",
            "it | \"We keep going\", estimates Anna-Maria Rossi. | en.quote-inversion-name:estimates Anna-Maria",
            "it | The minister stressed that \u201cit deals with a turning point\u201d. | it-en.it-deals-with:it deals with",
            "ru | Repairs continued within the framework of the state programme. | en.in-the-framework-of:within the framework of",
            "de | Prices have doubled in the last years. | en.in-the-last-years:in the last years",
            "uk | The residents did not receive nothing from the city. | en.double-negation:not receive nothing",
            "de | Hackers stole sensible data from the clinic. | en.sensible-data:sensible",
            "uk | According to the words of the mayor, the water is safe. | ru-en.according-to-the-words-of:According to the words of",
            "ru | Flights were cancelled in connection with the frosts. | ru-en.in-connection-with:in connection with",
            "it | Fares went up until the 4.50 euros per ride. | en.the-figure-after-verb:the",
            "pt | Unemployment is situated at 6.1% this quarter. | en.situated-at-figure:is situated at",
            "fr | Small farmers feel excluded of the talks. | en.excluded-of:excluded of",
            "it | The offer of housing in Milan keeps shrinking. | en.offer-supply:The offer of",
            "pt | Fuel prices remain in historic maximums. | en.in-maximums:in historic maximums",
            "fr | According to figures of the prefecture, 3,000 marched. | en.data-of:According to figures of",
            "it | The coach announced in press conference that he would stay. | en.in-press-conference:in press conference",
            "es | The court will not permit that the works continue. | en.allow-that:permit that",
            "ca | On their part, the nurses asked for a raise. | en.for-his-part:On their part",
            "ca | Bookings fell a 12 % in the second quarter. | en.a-percent:a 12 %",
            "es | Hospitals are working at the maximum of their capacity this week. | en.at-the-maximum-of:at the maximum of their capacity",
            "fr | It is necessary to recall that the bridge closed in 2019. | en.worth-highlighting:It is necessary to recall that",
            "ca | The mayor spoke at press conference on Friday. | en.in-press-conference:at press conference",
            "it | \"The city is ready\", has declared the mayor of Turin. | en.quote-inversion-perfect:has declared the mayor",
            "fr | \u00ab We will not give in \u00bb, has affirmed Dupont. | en.quote-inversion-perfect-name:has affirmed Dupont",
            "pt | The central bank raised this Wednesday its key rate to 11%. | en.this-weekday:this Wednesday",
            "es | As El Mundo has been able to know, the coach will leave. | en.has-been-able-to-learn:has been able to know",
            "it | The mayor, in declarations to Radio Uno, defended the plan. | en.in-statements-to:in declarations to",
            "es | So much the unions as the employers signed the deal. | en.so-much-as:So much the unions as the",
            "ca | Three new cases were detected in the last days in Girona. | en.in-the-last-years:in the last days",
            "it | The judge handed down nine years of jail to the boss. | en.years-of-prison:nine years of jail",
            "fr | The sanctions imposed to the bank were lifted. | en.imposed-to:imposed to",
            "pt | The audit, to which Folha has had access, names six firms. | en.had-access-to-which:to which Folha has had access",
            "es | The opposition has valued very positively the agreement. | en.valued-positively:valued very positively",
            "it | The ECB lowered to the 2% its deposit rate. | en.the-percent:the 2%",
            "pt | The 45% of the students failed the exam. | en.the-percent-of-the:The 45% of the",
            "ca | From the Department of Health have warned of a new wave. | en.from-the-ministry-have:From the Department of Health have warned",
            "it | \u00abWe will appeal\u00bb, has announced. | en.quote-perfect-no-subject:has announced",
            "pt | \u201cWe deserved more,\u201d lamented. | en.quote-verb-no-subject:lamented",
            "ca | Girona scored at the minute 71 through Stuani. | en.the-minute-number:at the minute 71",
            "es | The President of the Spanish Government landed in Rabat. | es-en.president-of-the-government:President of the Spanish Government",
            "it | The tolls have applied since the past 1 February. | en.the-past-date:the past",
            "pt | The new line is foreseen to open in 2027. | en.is-foreseen:is foreseen",
            "de | Regarding to the strike, the union said nothing. | en.regarding-to:Regarding to",
            "it | The minister qualified the whole proposal as a provocation. | en.qualified-as:qualified the whole proposal as",
            "pt | The bridge would have a final cost of 80 million reais. | en.have-a-cost-of:would have a final cost of",
            "es | Hundreds of pensioners concentrated outside the parliament. | en.people-concentrated:pensioners concentrated",
            "it | A lorry overturned at the km 112 of the A1. | en.the-kilometre-number:at the km 112",
            "fr | The reform unleashed a new polemic in Paris. | en.polemic:a new polemic",
            "pt | The blaze calcinated two houses in Leiria. | en.calcinated:calcinated",
            "es | The snow caused several incidences at the airport. | en.incidences:several incidences",
            "es | The court decreed provisional prison for the coach. | en.decreed-prison:decreed provisional prison",
            "pt | The raid permitted the arrest of 30 suspects. | en.allowed-the-detention:permitted the arrest of",
            "fr | The premier engages the responsibility of her government today. | fr-en.engaged-the-responsibility:engages the responsibility of her government",
            "fr | The mayor was re-elected at the second round. | fr-en.at-the-first-round:at the second round",
            "fr | The law passed with 312 voices for and 240 against. | fr-en.voices-votes:312 voices",
            "fr | Teachers plan a fourth day of strike on Tuesday. | fr-en.day-of-mobilisation:a fourth day of strike",
            "it | The reform was approved in second reading by the Senate. | en.in-first-reading:in second reading",
            "es | The king will express himself on Christmas Eve on TVE. | en.express-himself:express himself",
            "pt | The fire forced 1.200 persons to leave their homes. | en.number-persons:1.200 persons",
            "it | The government presented the fiscal manoeuvre to Brussels. | it-en.manoeuvre:fiscal manoeuvre",
            "it | Rome stanziates new funds for the metro. | it-en.stanziated:stanziates",
            "it | A cyclist was flown to Padua with red code. | it-en.red-code:with red code",
            "it | Prosecutors in Turin opened a file for culpable homicide. | it-en.opened-a-dossier:opened a file for",
            "it | Police arrived with six means and a helicopter. | it-en.with-means:with six means",
            "it | Analysts near to the dossier expect a deal. | it-en.close-to-the-dossier:near to the dossier",
            "it | The club denied the indiscretion on Monday. | it-en.the-indiscretion:denied the indiscretion",
            "es | The motion passed with 176 favourable votes. | en.favourable-votes:176 favourable votes",
            "de | The cabinet decided a new pension package on Wednesday. | de-en.decided-a-package:decided a new pension package",
            "de | Trains stood still after a technical disturbance in Cologne. | de-en.signal-disturbance:technical disturbance",
            "de | The bridge carries in the meantime 90,000 cars a day. | de-en.in-the-meantime-now:in the meantime",
            "de | The Greens want an independent clarification of the deaths. | de-en.clarification:an independent clarification",
            "es | The local police has closed the road. | en.police-was:The local police has",
            "fr | Traffic jams formed in direction of Lyon. | en.in-direction:in direction of",
            "pt | Police deflagrated a new phase of the probe on Friday. | pt-en.deflagrated:deflagrated",
            "pt | Two councillors were cassated last year. | pt-en.cassated:cassated",
            "es | The budget will be sanctioned by the king next week. | en.sanctioned-law:will be sanctioned by the king",
            "ca | Sales fell 3% in the second trimester, the bank said. | en.trimester-quarter:trimester",
            "pt | Porto Alegre remains in a calamity situation. | en.calamity-situation:a calamity situation",
    })
    void eachSourceWithTheConstructionIsFlagged(String source, String text, String expected) {
        assertEquals(List.of(expected), calques(source, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pt | He was paid for his part in the rescue, and the film was shot in that sense of urgency.",
            "it | She did not say anything; nothing was lost and nobody did not know it, the one who saw nothing.",
            "es | The agency never claimed nothing had gone wrong.",
            "es | The probe was destined to fail, and the cargo was destined for Rotterdam.",
            "fr | The 2026 budget differs from the 2025 plan; in 2027 tolls rise and the 1990s were calm.",
            "it | An increase of 4.2% followed; a fall of the 10% who voted early was expected.",
            "es | Students choose a subject for the second semester of their degree.",
            "pt | Nobody can foresee the outcome, and the minister foresees growth.",
            "fr | He also approved a plan; she is also a member and it has also an annex.",
            "it | Millions watched as the club paid 80 million for the striker.",
            "de | For his part, the minister said nothing in the last years of his career.",
            "it | The 4 October attacks were remembered; on 4 October the pope spoke.",
            "es | She called to her brother and called for a strike.",
            "it | Let the law pass, or let this bill pass.",
            "fr | He wants more of 2024's gains and fewer of the delays.",
            "es | He showed himself out; she described herself as a pragmatist.",
            "fr | She deposited the money in a bank and tabled a motion.",
            "it | Three goals on two occasions; it was one on one.",
            "pt | A 24h strike; the 4h session; at 17:00 it closed.",
            "fr | Renewable energy workers went on strike.",
            "ru | Police questioned him in connection with the robbery; according to the mayor, it was calm.",
            "es | Prices exceeded the 2% target; she said during a press conference that the museum is situated in Lyon.",
            "it | The offer of a job came late, and in the month of June he left.",
            "es | The so-called \"in this sense\" clause, and what is certain is that he stayed.",
            "de | Since 1990 prices rose; the town, its rules and the history thereof; warned before the debate.",
            "de | The army reacted on the same day; the Vienna-based ECB-backed plan; 1 Euro; the Euro Stoxx 50.",
            "es | She announced to the nation that she would resign; it was considered as a candidate.",
            "it | Already a star, she won again. Also, the teachers joined. Also this season, prices rose.",
            "uk | In the territory of the Crown; the place of birth; they knew the direction; the nearest town.",
            "ru | Wild objects and the infrastructure of roads; 21 of 30 missiles; he knew that it was over; 3 thousands.",
            "es | The game will take place there; she said, that is, she wrote, that was it; this year's harvest.",
            "fr | The corruption scandal grew; the poverty in which they live; the hunger strike is over; hunger rose.",
            "fr | He has lived there since 2019 and has worked on Mondays; she resigned yesterday; it is no longer the case.",
            "fr | Since two weeks ago, prices rose; the film evokes the war; one of them regrets it; on the side of the road.",
            "es | The bill passed; he stood out in the crowd; 90 euros a month; she described the shape of the room.",
            "it | Within three years, by 2030; within the EU; they had recourse to Parliament and took into account the cost.",
            "ca | It was an error on their part; a 12% rise; at full capacity; it is necessary to act now.",
            "es | The press conference ended. \"Yes,\" the minister has said. \"No,\" has been the answer of the unions.",
            "pt | The board meets this Wednesday; she has been able to rest; in a statement to Reuters, it was not so much the pay as the hours.",
            "ca | In the last days of the campaign, and in the last hours before the vote, nobody slept.",
            "it | After years of prison reform, quotas imposed to curb imports, which she positively hated, were valued at $3m.",
            "es | The 45% of the students who failed will retake it. From the start, they have warned us. \u201cYes,\u201d he has announced.",
            "it | The film \"Roma\", released in 2018, won; \u201cNo,\u201d she lamented. He scored in the 71st minute.",
            "es | The Prime Minister met the President of the Government of Aragon over the past 12 months, last May and on 1 February; nobody had foreseen it.",
            "it | She qualified as a nurse; it cost 80 million at a cost of jobs; wealth is concentrated in the cities; a polemic against war; the law allowed the detention of migrants.",
            "fr | The bill passed at first reading; she expressed herself clearly; 40 persons with disabilities; a national day of action on Monday; at the first round of talks.",
            "it | The pilot's manoeuvre was risky; they had the means to pay; a red code of conduct; the file on homicide rates; a favourable vote.",
            "de | She decided to act; in the meantime, the police were there; a clarification of the rules; in the direction of Bonn.",
            "pt | The UN sanctioned the regime; she is in her third trimester; the calamity hit the coast; the president signed the law.",
    })
    void englishThatLooksAlikeStaysClean(String source, String text) {
        assertEquals(List.of(), calques(source, text));
    }

    private static List<String> calquesInto(String target, String text) {
        return Checkers.check(Checkers.get(target, "en", false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().startsWith("en-"))
                .map(f -> f.ruleId() + ":" + text.substring(f.start(), f.end()).strip()).toList();
    }

    /** English constructions left in Spanish, French and German translations, on sentences written for the test. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | Subir los impuestos ahora no hace mucho sentido. | en-es.hacer-sentido:hace mucho sentido",
            "es | La final tomará lugar en Sevilla. | en-es.tomar-lugar:tomará lugar",
            "es | Cerraron la calle en orden a proteger a los corredores. | en-es.en-orden-a:en orden a",
            "es | El alcalde realizó que nadie le escuchaba. | en-es.realizar-que:realizó que",
            "es | Su hija aplicó para una beca en Lyon. | en-es.aplicar-para:aplicó para",
            "es | El rey atendió la ceremonia de apertura. | en-es.atender-reunion:atendió",
            "es | La votación será el noviembre 5 en todo el país. | en-es.month-day:noviembre 5",
            "fr | Pour moi, cela ne fait guère de sens. | en-fr.faire-du-sens:fait guère de sens",
            "fr | Ils refusent d'adresser les inquiétudes des riverains. | en-fr.adresser-un-probleme:adresser",
            "fr | Elle a réalisé que le train ne viendrait pas. | en-fr.realiser-que:réalisé que",
            "fr | La société en charge du réseau a démenti. | en-fr.en-charge-de:en charge du",
            "fr | Le vote aura lieu le juin 4 à Paris. | en-fr.month-day:juin 4",
            "de-DE | In 2019 brannten in Kalifornien Wälder. | en-de.in-year:In",
            "de-DE | Die Polizei realisierte, dass niemand verletzt war. | en-de.realisieren-dass:realisierte, dass",
            "de-DE | Die Messe beginnt am Oktober 3 in Köln. | en-de.month-day:Oktober 3",
            "it | Il porto ha movimentato 2,350 container a maggio. | en-it.thousands-comma:2,350",
            "pt-PT | O desemprego caiu para 6.4% no trimestre. | en-pt.decimal-point:6.4",
            "ca-ES | El pantà és al 14.7 % de la capacitat. | en-ca.decimal-point:14.7",
    })
    void englishConstructionsInTranslationsFromEnglishAreFlagged(String target, String text, String expected) {
        assertEquals(List.of(expected), calquesInto(target, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | La decisión tiene sentido; la reunión tuvo lugar y se realizó una votación el 5 de noviembre.",
            "fr | Cela a du sens ; la prise en charge des malades et une lettre adressée au maire, le 4 juin.",
            "de-DE | 2019 brannten Wälder; im Jahr 2020 und in 3000 Metern Höhe; am 3. Oktober in Köln, im Mai 2 Tage.",
            "it | Il porto ha movimentato 2.350 container; l'inflazione è al 6,4% e il treno parte alle 10.30.",
            "pt-PT | O desemprego caiu para 6,4% e chegaram 1 500 pessoas; o Android 14.1 saiu ontem.",
            "ca-ES | El pantà és al 14,7 % de la capacitat; hi van anar 1.450 persones a les 10.30.",
    })
    void nativeProseStaysClean(String target, String text) {
        assertEquals(List.of(), calquesInto(target, text));
    }
}
