package vn.ngoaivu.registry.sheet;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ngoaivu.ontology.CodeLists;

/**
 * The columns one kind of sheet has (the expert list, a kind of record), and how a header names one of them.
 *
 * @param <C> the column type
 */
public interface SheetColumns<C extends SheetColumn> {

    /** Every column, in template order; the required ones must be in every file. */
    List<C> all();

    /** The column a header names, forgivingly (see {@link #foldHeader}); empty for unknown and ignored headers. */
    Optional<C> match(String header);

    /** What the sheet lists, for messages about unknown columns: "danh sách chuyên gia". */
    String listNameVi();

    /** The same in English: "the expert list". */
    String listNameEn();

    /**
     * The comparison key of a header: folded (case, diacritics, Đ), letters and digits only, so "Họ và tên (*)",
     * "HO VA TEN" and "ho_va_ten" are one header.
     */
    static String foldHeader(String header) {
        return Holder.NOT_ALPHANUMERIC.matcher(CodeLists.foldLabel(header)).replaceAll("");
    }

    /** Whether a header is blank or names a numbering or identifier column ("STT", "ID"), recognised and ignored. */
    static boolean isIgnoredHeader(String header) {
        String key = foldHeader(header == null ? "" : header);
        return key.isEmpty() || Holder.IGNORED.contains(key);
    }

    /** Constants of the static helpers (interfaces hold no private fields). */
    final class Holder {
        private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
        /** Headers of columns that are recognised and deliberately ignored: numbering and an export's identifier. */
        static final Set<String> IGNORED = Set.of(foldHeader("STT"), foldHeader("TT"), foldHeader("Số thứ tự"),
                foldHeader("ID"));

        private Holder() {
        }
    }
}
