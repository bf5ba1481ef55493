package io.mtlint.detectors.leftover;

import io.mtlint.testing.Checkers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** English terms the French and Spanish press use as they are stay clean; an English clause is still a leftover. */
class PressLoanwordsTest {
    private static List<String> flagged(String target, String text) {
        return Checkers.flagged(target, "en", text, SourceLeftoverRule.ID);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Les vendeurs à découvert redoutent un short squeeze sur le titre de l'armateur.",
            "fr|La mutuelle a offert à ses agents une journée de team building en forêt.",
            "es|Los bajistas temen un short squeeze en las acciones de la naviera.",
            "es|La cooperativa organizó un team building en la sierra para su plantilla.",
            "es|La panadería del barrio vende muffins de arándanos y brownies los domingos.",
            "es|Sin spoilers: el final de la serie deja contentos a los nerds y a los geeks.",
            "es|El bartender del hotel preparó un cóctel con ron y menta.",
    })
    void pressLoanwordsStayClean(String target, String text) {
        assertEquals(List.of(), flagged(target, text));
    }

    @org.junit.jupiter.api.Test
    void anEnglishClauseBesideTheLoanwordIsStillALeftover() {
        String text = "Les vendeurs redoutent un short squeeze, because the shares are heavily shorted right now.";
        assertEquals(false, flagged("fr", text).isEmpty(), "an English clause left in French text");
    }
}
