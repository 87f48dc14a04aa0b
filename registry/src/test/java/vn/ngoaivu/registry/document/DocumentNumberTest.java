package vn.ngoaivu.registry.document;

import org.junit.jupiter.api.Test;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.FieldProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNumberTest {

    private static final DocumentCitations CITATIONS = new DocumentCitations(Ontology.load("http://localhost:8080/").schemes(),
            Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void parsesWhatOfficersType() {
        assertEquals(new DocumentNumber("600", "KH-SNgV"), DocumentNumber.parse("600/KH-SNgV").orElseThrow());
        assertEquals(new DocumentNumber("296", "QĐ-SNgV"), DocumentNumber.parse("Số: 296 / QÐ - SNgV").orElseThrow(),
                "prefix, spaces and the look-alike Ð (U+00D0)");
        assertEquals(new DocumentNumber("01", "KH-UBND"), DocumentNumber.parse("1/KH-UBND").orElseThrow(), "numbers have two digits");
        assertEquals(new DocumentNumber("07", "KH-UBND"), DocumentNumber.parse("007/KH-UBND").orElseThrow());
        assertEquals("QĐ-SNgV", DocumentNumber.parse("12/Q\u0110-SNgV").orElseThrow().symbol());
        DocumentNumber legal = DocumentNumber.parse("12/2024/NĐ-CP").orElseThrow();
        assertEquals("2024/NĐ-CP", legal.symbol());
        assertEquals(Optional.of(2024), legal.writtenYear());
        assertEquals("NĐ", legal.leadingAbbreviation());
    }

    @Test
    void refusesWhatIsNotANumberAndSymbol() {
        for (String bad : List.of("", "KH-SNgV", "600", "600/", "600/KH", "0/KH-SNgV", "600/KH SNgV", "abc/KH-SNgV",
                "600/KH-SNgV/extra", "600//KH-SNgV", "600/KH-" + "X".repeat(30))) {
            assertTrue(DocumentNumber.parse(bad).isEmpty(), bad);
        }
    }

    private static List<FieldProblem> problems(String numberSymbol, Optional<String> type, LocalDate issued) {
        List<FieldProblem> problems = new ArrayList<>();
        CITATIONS.check(new DocumentCitation("plan", "000.00.32.H40", Optional.empty(), numberSymbol, issued, type,
                Optional.empty(), Optional.empty(), Optional.empty()), "/documents/0", problems);
        return problems;
    }

    @Test
    void theTypeAbbreviationIsCheckedAgainstTheOntology() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertTrue(problems("600/KH-SNgV", Optional.empty(), day).isEmpty());
        assertTrue(problems("600/KH-SNgV", Optional.of("KH"), day).isEmpty());
        assertEquals("/documents/0/numberSymbol", problems("600/KH-SNgV", Optional.of("QD"), day).getFirst().pointer(),
                "a plan's symbol for a decision");
        assertTrue(problems("123/SNgV-VP", Optional.of("CV"), day).isEmpty(), "an official letter has no type abbreviation");
        assertEquals("/documents/0/documentType", problems("123/SNgV-VP", Optional.of("XYZ"), day).getFirst().pointer());
        assertEquals("/documents/0/issueDate", problems("12/2024/NĐ-CP", Optional.empty(), day).getFirst().pointer(),
                "the year written in the symbol must be the issue year");
        assertEquals("/documents/0/issueDate", problems("600/KH-SNgV", Optional.empty(), LocalDate.of(2026, 2, 1)).getFirst().pointer(),
                "not in the future");
        DocumentCitations.Checked checked = CITATIONS.check(new DocumentCitation("plan", "000.00.32.H40", Optional.empty(),
                "600/KH-SNgV", day, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), "", new ArrayList<>()).orElseThrow();
        assertEquals("000.00.32.H40,2025/03/01,600/KH-SNgV", checked.exchangeId());
    }
}
