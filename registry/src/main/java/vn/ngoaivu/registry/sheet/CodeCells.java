package vn.ngoaivu.registry.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Scheme;

/** Cells that name a concept of a code list: by its code in any letter case, or by a Vietnamese or English label. */
public final class CodeCells {

    private CodeCells() {
    }

    /** The code a cell's value names ("us", "Hoa Kỳ" and "United States" all give US), if any. */
    public static Optional<String> resolve(CodeLists codes, Scheme scheme, String value) {
        for (String candidate : List.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))) {
            if (codes.isValid(scheme, candidate)) {
                return Optional.of(candidate);
            }
        }
        return codes.conceptByLabel(scheme, value).map(Concept::notation);
    }
}
