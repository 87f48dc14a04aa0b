package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CodeListsLabelTest {

    private final CodeLists codeLists = TestOntology.ONTOLOGY.schemes();

    private String notation(Scheme scheme, String label) {
        return codeLists.conceptByLabel(scheme, label).map(Concept::notation).orElse(null);
    }

    @Test
    void vietnameseAndEnglishPreferredLabelsFindTheirConcept() {
        assertEquals("US", notation(Scheme.COUNTRY, "Hoa Kỳ"));
        assertEquals("US", notation(Scheme.COUNTRY, "United States"));
        assertEquals("JP", notation(Scheme.COUNTRY, "Nhật Bản"));
        assertEquals("TS", notation(Scheme.DEGREE, "Tiến sĩ"));
        assertEquals("PGS", notation(Scheme.ACADEMIC_TITLE, "Phó Giáo sư"));
        assertEquals("1.2", notation(Scheme.FORD, "Computer and information sciences"));
        assertEquals("research-cooperation", notation(Scheme.COLLABORATION_INTEREST, "Hợp tác nghiên cứu"));
    }

    @Test
    void alternativeLabelsFindTheirConcept() {
        assertEquals("TS", notation(Scheme.DEGREE, "PhD"));
        assertEquals("THS", notation(Scheme.DEGREE, "ThS"));
        assertEquals("1.1", notation(Scheme.FORD, "Toán học và thống kê"));
    }

    @Test
    void caseSpacesDecompositionAndDiacriticsAreIgnored() {
        assertEquals("US", notation(Scheme.COUNTRY, "  hoa   KỲ "));
        assertEquals("US", notation(Scheme.COUNTRY, Normalizer.normalize("Hoa Kỳ", Normalizer.Form.NFD)));
        assertEquals("US", notation(Scheme.COUNTRY, "hoa ky"));
        assertEquals("US", notation(Scheme.COUNTRY, "Hoa\u00A0Kỳ"));
        assertEquals("TS", notation(Scheme.DEGREE, "TIEN SI"));
        assertEquals("investment-business", notation(Scheme.COLLABORATION_INTEREST, "dau tu, kinh doanh"));
        assertEquals("investment-business", notation(Scheme.COLLABORATION_INTEREST, "ĐẦU TƯ, KINH DOANH"));
    }

    @Test
    void unknownBlankAndNotationsFindNothing() {
        assertEquals(Optional.empty(), codeLists.conceptByLabel(Scheme.COUNTRY, "Atlantis"));
        assertEquals(Optional.empty(), codeLists.conceptByLabel(Scheme.COUNTRY, ""));
        assertEquals(Optional.empty(), codeLists.conceptByLabel(Scheme.COUNTRY, null));
        assertEquals(Optional.empty(), codeLists.conceptByLabel(Scheme.COUNTRY, "US"));
        assertEquals(Optional.empty(), codeLists.conceptByLabel(Scheme.DEGREE, "Hoa Kỳ"));
    }

    @Test
    void foldingRemovesDiacriticsAndFoldsDStroke() {
        assertEquals("dai hoc quoc gia", CodeLists.foldLabel("  Đại  học Quốc gia "));
        assertEquals("dai hoc quoc gia", CodeLists.foldLabel(Normalizer.normalize("ĐẠI HỌC QUỐC GIA", Normalizer.Form.NFD)));
        assertEquals("nguyen van a", CodeLists.foldLabel("Nguyễn Văn Á"));
    }

    @Test
    void everyPreferredLabelOfTheSchemesSpreadsheetsUseFindsItsOwnConcept() {
        // Every Vietnamese and English preferred label of the schemes spreadsheets use finds its own concept.
        List<String> failures = new ArrayList<>();
        for (Scheme scheme : List.of(Scheme.COUNTRY, Scheme.DEGREE, Scheme.ACADEMIC_TITLE, Scheme.FORD,
                Scheme.COLLABORATION_INTEREST)) {
            for (Concept concept : codeLists.concepts(scheme)) {
                for (String label : List.of(concept.labelVi(), concept.labelEn())) {
                    if (!concept.equals(codeLists.conceptByLabel(scheme, label).orElse(null))) {
                        failures.add(scheme.id() + " " + concept.notation() + " '" + label + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
