package vn.ngoaivu.registry.sheet;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats officers import and export. */
public enum SheetFormat {
    /** Comma-separated values, UTF-8 (RFC 4180; text/csv). */
    CSV("text/csv", "csv"),
    /** Office Open XML workbook (Excel 2007 and later). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type, without parameters, e.g. {@code text/csv}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension, without the dot, e.g. {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /** The format with this media type; parameters ({@code ; charset=utf-8}) and case are ignored. */
    public static Optional<SheetFormat> fromMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a file name by its extension ({@code "chuyen-gia.XLSX"} is XLSX), if known. */
    public static Optional<SheetFormat> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
