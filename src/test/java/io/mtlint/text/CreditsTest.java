package io.mtlint.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditsTest {
    private static boolean datelineCredit(String text, String bracket) {
        int at = text.indexOf(bracket);
        return Credits.isDatelineCredit(text, at, at + bracket.length());
    }

    @Test
    void anAgencyInTheDatelineIsACredit() {
        assertTrue(datelineCredit("Múnich (dpa) – Para Lothar Matthäus no hay nada reprobable.", "(dpa)"));
        assertTrue(datelineCredit("MADRID, 3 mar (EFE).- El Gobierno aprobó el plan.", "(EFE)"));
    }

    @Test
    void otherWordsOrOtherPlacesAreNot() {
        assertFalse(datelineCredit("Berlin (heute) – The chancellor met the unions.", "(heute)"));
        assertFalse(datelineCredit("The army fired (afp) – at the river.", "(afp)"));
        assertFalse(datelineCredit("El presidente llegó a Berlín (dpa) para reunirse.", "(dpa)"));
        assertFalse(datelineCredit("Múnich (dpa) y luego el resto.", "(dpa)"));
    }
}
