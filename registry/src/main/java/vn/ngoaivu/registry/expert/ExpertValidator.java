package vn.ngoaivu.registry.expert;

import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;

import java.time.Year;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a profile against the code lists and the formats of its fields, reporting every problem with its JSON pointer. */
public final class ExpertValidator {

    /** Fields whose visibility an officer may raise above internal. Notes and the external key stay internal. */
    public static final Set<String> SHAREABLE_FIELDS = Set.of("fullName", "latinName", "gender", "birthYear", "hometown",
            "countryCode", "city", "organisation", "position", "academicTitle", "highestDegree", "fields", "keywords",
            "languages", "orcid", "email", "phone", "website", "collaborationInterests", "affiliations", "education",
            "engagements");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,30}");
    private static final Set<String> GENDERS = Set.of("female", "male", "other");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final CodeLists codes;

    public ExpertValidator(CodeLists codes) {
        this.codes = codes;
    }

    public void requireValid(ExpertProfile profile) {
        List<FieldProblem> problems = problems(profile);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    public List<FieldProblem> problems(ExpertProfile p) {
        List<FieldProblem> found = new ArrayList<>();
        ProblemCollector check = new ProblemCollector(found);
        check.text("/fullName", Optional.of(p.fullName()), 2, 200, true);
        p.externalKey().ifPresent(key -> check.text("/externalKey", Optional.of(key), 1, 100, false));
        check.text("/latinName", p.latinName(), 1, 200, false);
        p.gender().filter(g -> !GENDERS.contains(g)).ifPresent(g ->
                check.fail("/gender", "code", "Giới tính phải là female, male hoặc other.", "Gender must be female, male or other."));
        p.birthYear().filter(y -> y < 1900 || y > Year.now().getValue()).ifPresent(y ->
                check.fail("/birthYear", "range", "Năm sinh phải từ 1900 đến nay.", "Birth year must be from 1900 to this year."));
        check.text("/hometown", p.hometown(), 1, 200, false);
        check.code("/countryCode", p.countryCode(), Scheme.COUNTRY, "quốc gia", "country");
        check.text("/city", p.city(), 1, 200, false);
        check.text("/organisation", p.organisation(), 1, 300, false);
        check.text("/position", p.position(), 1, 200, false);
        p.academicTitle().ifPresent(t -> check.code("/academicTitle", t, Scheme.ACADEMIC_TITLE, "học hàm", "academic title"));
        p.highestDegree().ifPresent(d -> check.code("/highestDegree", d, Scheme.DEGREE, "học vị", "degree"));
        for (int i = 0; i < p.fields().size(); i++) {
            check.code("/fields/" + i, p.fields().get(i), Scheme.FORD, "lĩnh vực", "field of research");
        }
        for (int i = 0; i < p.keywords().size(); i++) {
            check.text("/keywords/" + i, Optional.of(p.keywords().get(i)), 1, 100, true);
        }
        for (int i = 0; i < p.languages().size(); i++) {
            check.language("/languages/" + i, p.languages().get(i));
        }
        p.orcid().filter(o -> !Orcid.isValid(o)).ifPresent(o ->
                check.fail("/orcid", "checksum", "Mã ORCID không hợp lệ (sai định dạng hoặc số kiểm tra).",
                        "Invalid ORCID iD (format or check digit)."));
        p.email().filter(e -> e.length() > 254 || !EMAIL.matcher(e).matches()).ifPresent(e ->
                check.fail("/email", "format", "Địa chỉ email không hợp lệ.", "Invalid email address."));
        p.phone().filter(ph -> !PHONE.matcher(ph).matches()).ifPresent(ph ->
                check.fail("/phone", "format", "Số điện thoại không hợp lệ.", "Invalid telephone number."));
        p.website().filter(w -> !(w.startsWith("https://") || w.startsWith("http://")) || w.length() > 500).ifPresent(w ->
                check.fail("/website", "format", "Trang web phải là địa chỉ http(s).", "Website must be an http(s) address."));
        for (int i = 0; i < p.collaborationInterests().size(); i++) {
            check.code("/collaborationInterests/" + i, p.collaborationInterests().get(i), Scheme.COLLABORATION_INTEREST,
                    "lĩnh vực hợp tác", "collaboration interest");
        }
        for (int i = 0; i < p.affiliations().size(); i++) {
            ExpertProfile.Affiliation a = p.affiliations().get(i);
            check.text("/affiliations/" + i + "/organisation", Optional.of(a.organisation()), 1, 300, true);
            if (a.fromYear().isPresent() && a.toYear().isPresent() && a.fromYear().get() > a.toYear().get()) {
                check.fail("/affiliations/" + i + "/toYear", "range", "Năm kết thúc trước năm bắt đầu.", "The end year is before the start year.");
            }
        }
        for (int i = 0; i < p.education().size(); i++) {
            check.code("/education/" + i + "/degree", p.education().get(i).degree(), Scheme.DEGREE, "học vị", "degree");
            check.text("/education/" + i + "/institution", Optional.of(p.education().get(i).institution()), 1, 300, true);
        }
        for (int i = 0; i < p.engagements().size(); i++) {
            check.code("/engagements/" + i + "/kind", p.engagements().get(i).kind(), Scheme.ENGAGEMENT_KIND, "hình thức", "engagement kind");
            check.text("/engagements/" + i + "/description", Optional.of(p.engagements().get(i).description()), 1, 2000, true);
        }
        check.text("/notes", p.notes(), 1, 10_000, false);
        for (String field : p.visibility().keySet()) {
            if (!SHAREABLE_FIELDS.contains(field)) {
                check.fail("/visibility/" + field, "unknown-field", "Không thể chia sẻ trường " + field + ".",
                        "The field " + field + " cannot be shared.");
            }
        }
        return found;
    }

    /** Accumulates problems; one method per kind of check. */
    private final class ProblemCollector {
        private final List<FieldProblem> found;

        ProblemCollector(List<FieldProblem> found) {
            this.found = found;
        }

        void fail(String pointer, String code, String vi, String en) {
            found.add(new FieldProblem(pointer, code, vi, en));
        }

        void text(String pointer, Optional<String> value, int min, int max, boolean required) {
            if (value.isEmpty() || value.get().isBlank()) {
                if (required) {
                    fail(pointer, "required", "Trường này là bắt buộc.", "This field is required.");
                }
                return;
            }
            int length = value.get().strip().length();
            if (length < min || length > max) {
                fail(pointer, "length", "Độ dài phải từ " + min + " đến " + max + " ký tự.",
                        "Length must be from " + min + " to " + max + " characters.");
            }
        }

        void code(String pointer, String value, Scheme scheme, String whatVi, String whatEn) {
            if (!codes.isValid(scheme, value)) {
                fail(pointer, "unknown-code", "Mã " + whatVi + " không có trong bảng mã: " + value + ".",
                        "Unknown " + whatEn + " code: " + value + ".");
            }
        }

        void language(String pointer, String tag) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                if (ISO_LANGUAGES.contains(locale.getLanguage())) {
                    return;
                }
            } catch (IllformedLocaleException e) {
                // reported below
            }
            fail(pointer, "language", "Mã ngôn ngữ không hợp lệ (BCP 47, ví dụ en, fr, ja): " + tag + ".",
                    "Invalid language tag (BCP 47, e.g. en, fr, ja): " + tag + ".");
        }
    }
}
