package io.mtlint.detectors.calques;

import io.mtlint.model.Format;
import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The calques found by construction ({@code mt.calque.*}), on sentences written for this test and found in no
 * rule, example or corpus text: each construction from each source that has it, and English that looks alike.
 */
class CalqueConstructionTest {
    /** The construction checks' findings in {@code text}, as "check:flagged text". */
    private static List<String> calques(String source, String text) {
        return Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().startsWith(CalqueRule.ID + "."))
                .map(f -> f.ruleId().substring(CalqueRule.ID.length() + 1) + ":" + text.substring(f.start(), f.end()))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a past day dated "this Tuesday", wherever the weekday stands
            "es | The regional parliament rejected the budget this Thursday by two votes. | this-weekday:this Thursday",
            "pt | This Monday, the airline cancelled forty flights to Recife. | this-weekday:This Monday",
            "fr | The museum has returned this Sunday a stolen Monet to its owners. | this-weekday:this Sunday",
            "pt | After the flood this Monday, the interim coach praised the volunteers. | this-weekday:this Monday",
            "es | After the vote this Tuesday, the party whip thanked the deputies. | this-weekday:this Tuesday",
            "it | Firefighters, who arrived this Saturday at dawn, put out the blaze. | this-weekday:this Saturday",
            "ca | Two hikers were found alive this Wednesday near the border. | this-weekday:this Wednesday",
            "fr | The treaty was short, explains one of the witnesses this Friday evening. | this-weekday:this Friday",
            "pt | After the 3-1 loss to Bahia this Sunday in Salvador, the assistant coach of Vit\u00f3ria resigned. | this-weekday:this Sunday",
            // the day of the month after the weekday, "tomorrow Friday", "the past Monday"
            "pt | The strike ended on Wednesday, 17, with a partial deal. | day-reference:Wednesday, 17",
            "pt | The price rises from today (3) at every station. | day-reference:(3)",
            "de | The parliament votes tomorrow Thursday on the pension law. | day-reference:tomorrow Thursday",
            "es | The fire started yesterday Sunday in a warehouse. | day-reference:yesterday Sunday",
            "es | The ferry sank the past Friday off the coast. | day-reference:the past Friday",
            // a reporting verb before its speaker
            "fr | \u00ab The bridge is safe \u00bb, affirmed the engineer in charge. | inversion:affirmed the engineer",
            "es | \u201cWe did everything we could,\u201d lamented Ana Ruiz after the match. | inversion:lamented Ana Ruiz",
            "it | The hospital is full, points out the director of the clinic, and staff are tired. | inversion:points out the director",
            "pt | \u201cThe deficit will fall\u201d, guarantees the Ministry of Finance. | inversion:guarantees the Ministry",
            "de | \u201eWe are ready\u201c, emphasised the coach on Friday. | inversion:emphasised the coach",
            "uk | The shelling lasted all night, reports the head of the district administration. | inversion:reports the head",
            "it | The new timetable \u2013 stress the commuters \u2013 is a disaster. | inversion:stress the commuters",
            "pt | We kept the ball and waited for the counter \u2013 explained Rog\u00e9rio, after the draw. | inversion:explained Rog\u00e9rio",
            "pt | \u201cThe pitch was heavy and we paid for it.\u201dsummarised Jorge Costa after the game. | inversion:summarised Jorge Costa",
            "fr | \u201cThe tax will not rise\u201d, thus declared Monday, May 4 on RTL the budget minister. | inversion:thus declared Monday, May 4 on RTL the budget minister",
            "fr | \u201cWe will not give in\u201d, also warned the mayor of Lille. | inversion:also warned the mayor",
            "fr | \u201cThe port stays open.\u201d declared on France Inter the transport minister. | inversion:declared on France Inter the transport minister",
            // verbs with the source's complement
            "es | The ministry informed that the border would reopen at noon. | verb-complement:informed that",
            "pt | The mayor criticised that the works were still unfinished. | verb-complement:criticised that",
            "it | The unions celebrated that the factory will stay open. | verb-complement:celebrated that",
            "fr | The coach thanked the solidarity of the supporters. | verb-complement:thanked the solidarity",
            "ru | The mayor told about the repairs in a video message. | verb-complement:told about",
            "es | The director assured on Monday that the museum would reopen. | verb-complement:assured on Monday that",
            "pt | After the defeat, Jorginho spoke again that the squad was too short. | verb-complement:spoke again that",
            "es | Iberdrola advances that its profits will double next year. | verb-complement:advances that",
            "fr | She has talked that the new line would open in June. | verb-complement:talked that",
            "it | The mayor denounced again that the trains were late. | verb-complement:denounced again that",
            "es | The deputy defended that “the reform is not a cut” in the chamber. | verb-complement:defended that",
            "es | The minister values that the strike ended early. | verb-complement:values that",
            "es | Iberdrola values that its profits grew. | verb-complement:values that",
            "ru | In the Kremlin believe that the talks failed. | fronted-verb:believe",
            "ru | In the regional council consider the new tariff unfair. | fronted-verb:consider",
            // a noun-verb after a capitalised noun or a modal is the verb
            "es | The Executive values that the deficit fell in March. | verb-complement:values that",
            "pt | The board will value that the accounts were audited. | verb-complement:value that",
            // "can" before a verb of telling someone
            "es | The spokeswoman can assure that no jobs will be lost. | verb-complement:assure that",
            "it | The airport could inform that all flights had landed. | verb-complement:inform that",
            // offices and institutions word for word
            "es | The Vice-President of the Government resigned on Friday. | title:Vice-President of the Government",
            "pt | The bill now goes to the Legislative Power for a vote. | title:Legislative Power",
            "it | The President of the Council flew to Brussels for the summit. | title:President of the Council",
            "fr | The tenant of Matignon defended the reform on television. | title:tenant of Matignon",
            "fr | The prosecutor of the Republic asked for a second autopsy. | title:prosecutor of the Republic",
            "fr | Deputies booed the minister as she left the hemicycle on Tuesday. | title:the hemicycle",
            "fr | The prosecutor of the Republic of Lyon opened an inquiry on Tuesday. | title:prosecutor of the Republic",
            "es | A judge of instruction in Madrid summoned the mayor. | title:judge of instruction",
            "es | The case went to the National Audience in March. | title:National Audience",
            // no subject after a fronted place or time
            "ru | In the Ministry of Emergency Situations reported that the fire was out. | fronted-verb:reported",
            "uk | In the regional council will discuss the new budget. | fronted-verb:will discuss",
            "ru | In the city Duma reported that the budget was approved. | fronted-verb:reported",
            // a name after a paper or a channel may stand in apposition too
            "uk | In the newspaper Vechirnii Kyiv wrote the mayor about the heating. | fronted-verb:wrote",
            "ru | On the channel Zvezda showed the minister a new missile. | fronted-verb:showed",
            "es | On Friday, was approved the new housing law. | fronted-verb:was approved",
            // the speaker last in a passive
            "ru | This was reported by the press service of the governor. | passive-attribution:This was reported by",
            "uk | This opinion was voiced by a military expert. | passive-attribution:This opinion was voiced by",
            // the conditional of hearsay
            "fr | According to the prosecutor, the two men would have fled to Belgium. | hearsay-conditional:would have fled",
            "it | The boss would have been arrested in Palermo, according to local sources. | hearsay-conditional:would have been arrested",
            // a relational adjective after its noun
            "es | The government announced a plan fiscal for the poorest regions. | adjective-order:plan fiscal",
            "it | Brussels criticised the policy monetary of the central bank. | adjective-order:policy monetary",
            "fr | The crisis political and social worsened in the spring. | adjective-order:crisis political",
            "it | The sector automotive lost jobs in the spring. | adjective-order:sector automotive",
            // the source's article before a country
            "pt | Coffee prices in the Brazil fell sharply in March. | country-article:the Brazil",
            "it | The Italy has asked Brussels for more time. | country-article:The Italy",
            "es | Ministers from the Argentina, Chile and Peru agreed on the route. | country-article:the Argentina",
            // a plural adjective for a party's members or an election
            "es | In Galicia the populars kept their majority by one seat. | nominalised-adjective:the populars",
            "fr | Before the legislatives, the left agreed on one candidate per seat. | nominalised-adjective:the legislatives",
            "es | Turnout in the municipals was the lowest since 1980. | nominalised-adjective:the municipals",
            "pt | The federals raided two offices of the ministry. | nominalised-adjective:The federals",
            // a sentence that opens with its verb of saying or urging
            "es | The mayor toured the flooded streets. Asserts that the dam was never repaired. | dropped-subject:Asserts",
            "it | Maintains \u201cthe tender was clean\u201d and rejects the charges. | dropped-subject:Maintains",
            "pt | \u2022 Appeals to the fishermen to respect the closed season. | dropped-subject:Appeals",
            "es | Appeals to \u201cthe common sense of the deputies\u201d before the vote. | dropped-subject:Appeals",
            "ru | Urges the regional authorities to repair the bridge before winter. | dropped-subject:Urges",
    })
    void eachSourceWithTheConstructionIsFlagged(String source, String text, String expected) {
        assertEquals(List.of(expected), calques(source, text));
    }

    /** A rewrite only where the words after the verb can only be its speaker. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | \u201cThe plant will double its output\u201d, told Interfax Deputy Minister Ivan Sorokin. | ",
            "fr | \u201cThe port stays open.\u201d declared on France Inter the transport minister. | ",
            "es | \u201cWe did everything we could,\u201d lamented Ana Ruiz after the match. | Ana Ruiz lamented",
    })
    void theRewriteIsOfferedOnlyWhenTheSpeakerIsClear(String source, String text, String rewrite) {
        List<String> fixes = Checkers.check(Checkers.get("en-US", source, false), text, Format.TEXT).findings().stream()
                .filter(f -> f.ruleId().equals(InversionCheck.CHECK.id()))
                .flatMap(f -> f.fixes().stream()).map(x -> x.replacementFor(text, x.start(), x.end())).toList();
        assertEquals(Checkers.spans(rewrite), fixes);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pt | The governor was informed that “the bridge is safe” on Friday.",
            "es | The opposition denounced that “reform” and praised that “temporary” measure instead.",
            "es | The regional parliament will vote this Thursday; the fair that opened in May closes this Sunday.",
            "pt | We hope to finish by this Friday, and the talks resume this Monday after the holiday.",
            "fr | She said the museum would return the painting this Sunday, when it reopens.",
            "pt | The strike ended on Wednesday, 17 May, at 3, and resumed this past Monday; see item (3).",
            "de | Tomorrow, Thursday's vote will be decisive; yesterday was Sunday.",
            "es | \u201cWe did everything we could,\u201d said Ana Ruiz. \u201cWhy?\u201d asked a reporter.",
            "it | \u201cWe did everything we could,\u201d the coach explained, and the players nodded.",
            "fr | \u201cAbove all,\u201d wrote Camus, \u201cone must imagine Sisyphus happy.\u201d",
            "pt | The plan was simple \u2013 explain the rules, then play. They came early \u2013 reported Tuesday, too.",
            "fr | \u201cWe will not give in,\u201d the mayor also warned on Monday; \u201cnever,\u201d then said the mayor.",
            "es | The last word \u2013 thanks to the fans \u2013 belonged to the captain.",
            "de | Two concerts were cancelled, as stated on the website of the orchestra.",
            "es | The committee met, examined the plan, noted the objections and adjourned.",
            "uk | The governor visited the school, praised the teachers, and thanked the parents.",
            "es | The ministry informed residents that the border was closed; she was informed that it would reopen.",
            "pt | Rest assured that the mayor criticised that decision and praised the workers for their effort.",
            "fr | The coach thanked the supporters for their solidarity and thanked the support staff.",
            "pt | The cash advances that banks offer are costly; the talk that she gave was long; he spoke so that all heard.",
            "es | They talked now that the vote was over; he advanced the idea that rents were too high.",
            "it | The wheel spoke that broke was replaced; the bank advances that clients repay are small.",
            "ru | He told reporters about the repairs; the film tells about 300 stories; we were told about it.",
            "it | The President of the Council of Europe and the Executive Board of the bank met the Prime Minister.",
            "ru | In the corner stood a lamp. Among the injured was a child. In the end the plan failed.",
            "uk | In the regional council, the deputies discussed the budget. At the station a train arrived late.",
            "ru | This was a long night. The decision was announced by the governor, who spoke on television.",
            "fr | According to the prosecutor, the men would have fled if the border had been open.",
            "fr | The prosecutor of the Republic of Korea indicted the former minister.",
            "es | \u201cStop,\u201d soon followed the order, and everyone froze.",
            "fr | \u201cIt is late,\u201d thus ended the letter.",
            "it | Without the barrier the lorry would have crashed; she said she would have liked to stay.",
            "es | The fiscal plan, the Surgeon General, a city cultural centre; voters judged the reform economic.",
            "fr | The war criminal fled; the team medical staff and the state social services met.",
            "pt | The Brazil striker scored; the Portugal of Salazar; the Mexico that tourists see; the Bahamas.",
            "es | Over the past year political and social reforms stalled; nobody wanted anything political.",
            "it | Was the motive political? They kept the talks economic and made the data digital.",
            "pt | The Spain, Italy and France teams met; the Mexico City mayor spoke.",
            "es | Pick a value that fits in a byte; the values that the cache holds expire; a detail that matters.",
            "pt | Its many values that we share are old; you can tell that the lock is held; we could tell that it failed.",
            "es | Keep the private implementation details that callers never see, the hardcoded values that tests need.",
            "es | The call returns an `Err` value that holds the error, and we need values that we can sort.",
            "fr | In your project folder, create a new file; in the settings, enter the token; on Linux, run the script.",
            "es | The data value that the sensor reports is stored; a Default value that the user sets wins.",
            "de | These modern values that young voters hold differ; those local details that matter were lost.",
            // digits outside the Basic Multilingual Plane (Mro, mathematical bold) are numbers
            "es | The tablet reads \uD81A\uDE67 and \uD835\uDFD5 by the river.",
            // a name after a fronted occasion is the subject; after a place it may be in apposition
            "uk | During the interview Hrytsenko said that the dam held.",
            "ru | At the morning briefing Peskov announced a pause in the talks.",
            "uk | At the airport Zelensky was greeted by the prime minister.",
            // a passive with adverbs between, and the modal perfect with a past day
            "ru | The families were not even told about the exchange.",
            "fr | The shipment should have arrived on Tuesday, the firm said.",
            // plurals of adjectives that English uses as nouns
            "es | The locals and the regulars packed the finals; the specifics of the deal are the essentials.",
            "it | The liberals and the conservatives split over the three-times champion and the quasi-state.",
            "es | In the Senate the Populars and the Socialists backed the motion.",
            "en | Among the hyperreals and the feldspathoids, the mythics are rarer.",
            // a present that tells of the coming day, a verb with "of" after a noun reading
            "de | Traders waited for the payroll figures due this Friday and eyed the upcoming vote this Sunday.",
            "fr | The minister explains this Friday's vote in a letter; the choir sings this Sunday.",
            "es | The report speaks of this Monday as a turning point and the board meets this Thursday.",
            "fr | The architect drew a hemicycle of stone seats facing the sea.",
            // a verb of saying that is the subject's noun, or opens reference documentation
            "es | Appeals to the supreme court are rarely heard. Warnings that came late were ignored.",
            "pt | Stresses that build up in the beam crack it. Recalls that the maker issued cost millions.",
            "es | Specifies that the port must be free. Indicates whether the cache is warm. Adds that field.",
            "it | Pleads for mercy were ignored by the court; Urges to eat are normal.",
            "ru | She insists that the bridge is safe. He appeals to the voters to stay home.",
    })
    void englishThatLooksAlikeStaysClean(String source, String text) {
        assertEquals(List.of(), calques(source, text));
    }
}
