package vn.ngoaivu.registry.expert.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.sheet.SheetColumn;
import vn.ngoaivu.registry.sheet.SheetColumns;

/**
 * The columns of the officers' expert spreadsheet, in the order they are written, each with its Vietnamese
 * header (what officers see), an English key (the {@link vn.ngoaivu.registry.expert.ExpertProfile} field
 * name, also accepted as a header) and whether a row needs a value in it.
 *
 * <p>The sheet holds the flat part of a profile only. The nested lists (affiliations, education,
 * engagements) and the per-field visibility are not columns: a profile read from a sheet has empty lists
 * and an empty visibility map (every field internal), and an export leaves them out. Officers edit them in
 * the application.
 *
 * <p>Header matching is forgiving ({@link #match}): letter case, Vietnamese diacritics (NFC or NFD input,
 * Đ/đ), spaces and punctuation are ignored, so "Họ và tên", "HO VA TEN", "Họ và tên (*)" and "fullName" all
 * find {@link #FULL_NAME}; a few common alternative headers are accepted too (e.g. "Họ tên", "Số điện
 * thoại"). Numbering and identifier columns ("STT", "ID") are recognised and ignored.
 */
public enum ExpertColumns implements SheetColumn {

    EXTERNAL_KEY("Mã hồ sơ", "externalKey", false, List.of("Mã chuyên gia"),
            "Mã riêng của Sở cho người này. Nhập lại tệp có cùng mã sẽ cập nhật hồ sơ, không tạo hồ sơ mới.",
            "The department's own key for the person. Importing a file with the same key again updates the profile instead of creating a new one."),
    FULL_NAME("Họ và tên", "fullName", true, List.of("Họ tên"),
            "Họ và tên tiếng Việt có dấu, họ trước (ví dụ Nguyễn Văn A).",
            "Vietnamese name with diacritics, family name first (e.g. Nguyễn Văn A)."),
    LATIN_NAME("Tên dùng ở nước ngoài", "latinName", false, List.of(),
            "Tên dùng ở nước ngoài (ví dụ Van A Nguyen).",
            "The name used abroad (e.g. Van A Nguyen)."),
    GENDER("Giới tính", "gender", false, List.of(),
            "Nam, Nữ hoặc Khác (cũng nhận male, female, other).",
            "Nam, Nữ or Khác (male, female, other are accepted too)."),
    BIRTH_YEAR("Năm sinh", "birthYear", false, List.of(),
            "Năm sinh, bốn chữ số, từ 1900 đến năm nay.",
            "Year of birth, four digits, from 1900 to this year."),
    HOMETOWN("Quê quán", "hometown", false, List.of(),
            "Xã, phường quê quán trong tỉnh.",
            "Commune or ward of origin in the province."),
    COUNTRY("Quốc gia cư trú", "countryCode", true, List.of("Quốc gia", "Nước cư trú", "country"),
            "Mã quốc gia ISO 3166-1 hai chữ cái (US, JP) hoặc tên nước (Hoa Kỳ, Nhật Bản, United States).",
            "ISO 3166-1 two-letter country code (US, JP) or the country's name (Hoa Kỳ, Nhật Bản, United States)."),
    CITY("Thành phố", "city", false, List.of(),
            "Thành phố nơi cư trú.",
            "City of residence."),
    ORGANISATION("Cơ quan công tác", "organisation", false, List.of("Nơi công tác", "Đơn vị công tác", "organization"),
            "Cơ quan, trường, viện, doanh nghiệp nơi làm việc.",
            "The organisation (university, institute, company) the person works for."),
    POSITION("Chức vụ", "position", false, List.of(),
            "Chức vụ, chức danh tại cơ quan công tác.",
            "Position held in that organisation."),
    ACADEMIC_TITLE("Học hàm", "academicTitle", false, List.of(),
            "GS hoặc PGS (hoặc Giáo sư, Phó Giáo sư).",
            "GS or PGS (or the title: Giáo sư, Professor, Phó Giáo sư, Associate Professor)."),
    DEGREE("Học vị", "highestDegree", false, List.of(),
            "Học vị cao nhất: mã (TS, THS, ...) hoặc tên (Tiến sĩ, Thạc sĩ, ...).",
            "Highest degree: code (TS, THS, ...) or name (Tiến sĩ, PhD, Thạc sĩ, ...)."),
    FIELDS("Lĩnh vực chuyên môn", "fields", false, List.of(),
            "Lĩnh vực theo bảng FORD: mã (ví dụ 2.2) hoặc tên; nhiều lĩnh vực cách nhau bằng dấu chấm phẩy (;).",
            "FORD fields of research: code (e.g. 2.2) or name; several separated by semicolons (;)."),
    KEYWORDS("Từ khóa", "keywords", false, List.of(),
            "Từ khóa chuyên môn, cách nhau bằng dấu chấm phẩy (;).",
            "Keywords of expertise, separated by semicolons (;)."),
    LANGUAGES("Ngoại ngữ", "languages", false, List.of(),
            "Mã ngôn ngữ BCP 47 (en, fr, ja) hoặc tên (Tiếng Anh, Tiếng Nhật); cách nhau bằng dấu chấm phẩy (;).",
            "BCP 47 language tags (en, fr, ja) or Vietnamese or English names (Tiếng Anh, English); separated by semicolons (;)."),
    ORCID("ORCID", "orcid", false, List.of("ORCID iD"),
            "Mã ORCID, dạng 0000-0002-1825-0097 (hoặc đường dẫn https://orcid.org/...).",
            "ORCID iD, as 0000-0002-1825-0097 (or its https://orcid.org/... address)."),
    EMAIL("Email", "email", false, List.of("Thư điện tử", "Địa chỉ email"),
            "Địa chỉ thư điện tử.",
            "Email address."),
    PHONE("Điện thoại", "phone", false, List.of("Số điện thoại", "SĐT"),
            "Số điện thoại, có mã quốc gia nếu ở nước ngoài.",
            "Telephone number, with the country code if abroad."),
    WEBSITE("Trang web", "website", false, List.of("Website"),
            "Địa chỉ trang web, bắt đầu bằng https:// hoặc http://.",
            "Web address, starting with https:// or http://."),
    COLLABORATION_INTERESTS("Lĩnh vực sẵn sàng hợp tác", "collaborationInterests", false,
            List.of("Nội dung mong muốn hợp tác"),
            "Hình thức, nội dung hợp tác với tỉnh: mã hoặc tên (xem Hướng dẫn); cách nhau bằng dấu chấm phẩy (;).",
            "Forms of collaboration with the province: code or name (see the guide); separated by semicolons (;)."),
    NOTES("Ghi chú", "notes", false, List.of(),
            "Ghi chú nội bộ của cán bộ.",
            "Officers' internal notes.");

    private static final Map<String, ExpertColumns> BY_KEY = index();

    /** The expert list as a sheet of these columns. */
    static final SheetColumns<ExpertColumns> SHEET = new SheetColumns<>() {
        @Override
        public List<ExpertColumns> all() {
            return List.of(values());
        }

        @Override
        public Optional<ExpertColumns> match(String header) {
            return ExpertColumns.match(header);
        }

        @Override
        public String listNameVi() {
            return "danh sách chuyên gia";
        }

        @Override
        public String listNameEn() {
            return "the expert list";
        }
    };

    private final String headerVi;
    private final String key;
    private final boolean required;
    private final List<String> aliases;
    private final String descriptionVi;
    private final String descriptionEn;

    ExpertColumns(String headerVi, String key, boolean required, List<String> aliases, String descriptionVi,
                  String descriptionEn) {
        this.headerVi = headerVi;
        this.key = key;
        this.required = required;
        this.aliases = aliases;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    /** The Vietnamese header written in exports and templates, e.g. "Họ và tên". */
    @Override
    public String headerVi() {
        return headerVi;
    }

    /** The English key: the name of the {@link vn.ngoaivu.registry.expert.ExpertProfile} field, e.g. "fullName". */
    @Override
    public String key() {
        return key;
    }

    /** Whether every row needs a value in this column (and every file the column). */
    @Override
    public boolean required() {
        return required;
    }

    public String descriptionVi() {
        return descriptionVi;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** Whether a cell holds several values separated by ';'. */
    public boolean isList() {
        return this == FIELDS || this == KEYWORDS || this == LANGUAGES || this == COLLABORATION_INTERESTS;
    }

    /** The code list the column's values come from, if any. */
    public Optional<Scheme> scheme() {
        return Optional.ofNullable(switch (this) {
            case COUNTRY -> Scheme.COUNTRY;
            case ACADEMIC_TITLE -> Scheme.ACADEMIC_TITLE;
            case DEGREE -> Scheme.DEGREE;
            case FIELDS -> Scheme.FORD;
            case COLLABORATION_INTERESTS -> Scheme.COLLABORATION_INTEREST;
            default -> null;
        });
    }

    /** The column a header names, forgivingly (see the class comment); empty for unknown and ignored headers. */
    public static Optional<ExpertColumns> match(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** The column whose English key is exactly {@code key} (e.g. "countryCode"). */
    public static Optional<ExpertColumns> byKey(String key) {
        for (ExpertColumns column : values()) {
            if (column.key.equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The comparison key of a header, see {@link SheetColumns#foldHeader}. */
    static String key(String header) {
        return SheetColumns.foldHeader(header);
    }

    private static Map<String, ExpertColumns> index() {
        Map<String, ExpertColumns> index = new HashMap<>();
        for (ExpertColumns column : values()) {
            for (String name : names(column)) {
                ExpertColumns previous = index.put(key(name), column);
                if (previous != null && previous != column) {
                    throw new IllegalStateException("Header '" + name + "' names both " + previous + " and " + column);
                }
            }
        }
        for (String header : index.keySet()) {
            if (SheetColumns.isIgnoredHeader(header)) {
                throw new IllegalStateException("Ignored header '" + header + "' names a column");
            }
        }
        return Map.copyOf(index);
    }

    private static List<String> names(ExpertColumns column) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(column.headerVi, column.key),
                column.aliases.stream()).toList();
    }
}
