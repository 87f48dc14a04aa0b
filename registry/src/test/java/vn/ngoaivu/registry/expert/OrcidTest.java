package vn.ngoaivu.registry.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrcidTest {

    /** ORCID's own examples (Josiah Carberry's iD and others from its documentation), one ending with X. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"})
    void acceptsRealIds(String id) {
        assertTrue(Orcid.isValid(id), id);
        assertEquals(Optional.of(id), Orcid.normalise(id));
        assertEquals(Optional.of(id), Orcid.normalise("https://orcid.org/" + id));
    }

    @Test
    void computesTheDocumentedCheckDigits() {
        assertEquals("7", Orcid.checkDigit("000000021825009"));
        assertEquals("0", Orcid.checkDigit("000000015109370"));
        assertEquals("X", Orcid.checkDigit("000000021694233"));
    }

    @Test
    void everyCheckDigitValueOccurs() {
        // Over the 11 possible remainders, each check digit 0–9 and X is reached: the formula is not off by one.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(Orcid.checkDigit(String.format("000000020000%03d", i)));
        }
        assertEquals(11, seen.size(), seen.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0000-0002-1825-0098",      // wrong check digit
            "0000-0002-1825-009X",      // wrong check digit (X)
            "0000-0002-1694-2330",      // X expected
            "0000-0002-1694-233x",      // lower-case x: normalise accepts it, isValid does not
            "0000-0002-1825-097",       // too short
            "0000-0002-1825-00970",     // too long
            "0000000218250097",         // no hyphens: normalise accepts it, isValid does not
            "0000 0002 1825 0097",      // spaces instead of hyphens
            "0000-0002-18250-097",      // groups misplaced
            "X000-0002-1825-0097",      // X only as the last character
            "0000-0002-1825-00٩7",      // a non-ASCII digit
            " 0000-0002-1825-0097",     // surrounding space: normalise accepts it, isValid does not
            "https://orcid.org/0000-0002-1825-0097"})
    void refusesMalformedOrWrongIds(String id) {
        assertFalse(Orcid.isValid(id), id);
    }

    @Test
    void normalisesTheUsualWritings() {
        Optional<String> carberry = Optional.of("0000-0002-1825-0097");
        assertEquals(carberry, Orcid.normalise("  https://orcid.org/0000-0002-1825-0097 "));
        assertEquals(carberry, Orcid.normalise("http://orcid.org/0000-0002-1825-0097"));
        assertEquals(carberry, Orcid.normalise("HTTPS://ORCID.ORG/0000-0002-1825-0097/"));
        assertEquals(carberry, Orcid.normalise("https://www.orcid.org/0000-0002-1825-0097"));
        assertEquals(carberry, Orcid.normalise("orcid.org/0000-0002-1825-0097"));
        assertEquals(carberry, Orcid.normalise("0000000218250097"));
        assertEquals(Optional.of("0000-0002-1694-233X"), Orcid.normalise("0000-0002-1694-233x"));
        assertEquals(Optional.of("0000-0002-1694-233X"), Orcid.normalise("https://orcid.org/000000021694233x"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "https://orcid.org/0000-0002-1825-0098",       // wrong check digit
            "https://sandbox.orcid.org/0000-0002-1825-0097", // test records, not people
            "https://example.org/0000-0002-1825-0097",
            "orcid:0000-0002-1825-0097",
            "https://orcid.org/",
            "0000-0002-1825",
            "Nguyễn Văn A"})
    void normaliseRefusesWhatIsNotAnOrcidId(String input) {
        assertEquals(Optional.empty(), Orcid.normalise(input), input);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00000002182500", "0000000218250097", "00000002182500A", "0000-0002-1825-"})
    void checkDigitNeedsFifteenDigits(String input) {
        assertThrows(IllegalArgumentException.class, () -> Orcid.checkDigit(input));
    }
}
