package vn.ngoaivu.registry.sheet;

/** A column of an officers' spreadsheet, as the header-reading logic needs it. */
public interface SheetColumn {

    /** The Vietnamese header written in templates and named in problems, e.g. "Họ và tên". */
    String headerVi();

    /** The English key, also accepted as a header, e.g. "fullName". */
    String key();

    /** Whether every file needs the column and every row a value in it. */
    boolean required();
}
