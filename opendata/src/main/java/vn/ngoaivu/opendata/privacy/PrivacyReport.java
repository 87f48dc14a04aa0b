package vn.ngoaivu.opendata.privacy;

import java.util.List;
import java.util.Objects;

/**
 * What the privacy gate found in a dataset before publication. Empty findings: the dataset may be published.
 *
 * @param datasetId the dataset checked
 * @param findings  one per column and reason, with the number of values concerned
 */
public record PrivacyReport(String datasetId, List<Finding> findings) {

    /** Why values may not be published. */
    public enum Reason {
        /** A personal field of a record kind: records carry no consent to publication. */
        PERSONAL_WITHOUT_CONSENT("là dữ liệu cá nhân không có sự đồng ý công bố", "are personal data without consent to publication"),
        /** An expert field of someone not (or no longer) consenting to the public directory, or not live. */
        EXPERT_WITHOUT_CONSENT("thuộc chuyên gia chưa đồng ý (hoặc đã rút lại sự đồng ý) công bố trong danh bạ",
                "belong to experts who have not consented (or withdrew consent) to the public directory"),
        /** An expert field the expert did not make public. */
        FIELD_NOT_PUBLIC("là trường chuyên gia không chọn công khai", "are fields the expert did not make public"),
        /** An expert field the directory never publishes (gender, birth year, e-mail, telephone, engagements). */
        FIELD_NEVER_PUBLIC("là trường không bao giờ được công bố trong danh bạ", "are fields the directory never publishes"),
        /** A count of people below the k-anonymity threshold. */
        SMALL_CELL("là ô thống kê có dưới " + KAnonymity.MIN_CELL + " người",
                "are statistics cells of fewer than " + KAnonymity.MIN_CELL + " people"),
        /** The source's columns are not those the definition declares, so their origin is unknown. */
        UNDECLARED_COLUMNS("là cột không khai báo nguồn gốc", "are columns whose origin is not declared");

        private final String vi;
        private final String en;

        Reason(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        public String vi() {
            return vi;
        }

        public String en() {
            return en;
        }
    }

    /**
     * @param column the column (field) concerned
     * @param count  how many values (rows) would have been published
     */
    public record Finding(String column, String labelVi, String labelEn, Reason reason, long count) {
        public Finding {
            Objects.requireNonNull(column);
            Objects.requireNonNull(reason);
        }
    }

    public PrivacyReport {
        Objects.requireNonNull(datasetId);
        findings = List.copyOf(findings);
    }

    public boolean publishable() {
        return findings.isEmpty();
    }

    /** For people: the verdict, then one line per column and reason, in Vietnamese and English. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        if (publishable()) {
            return text.append("Bộ dữ liệu ").append(datasetId).append(" đạt kiểm tra bảo vệ dữ liệu cá nhân. / Dataset ")
                    .append(datasetId).append(" passed the personal-data check.\n").toString();
        }
        text.append("Bộ dữ liệu ").append(datasetId).append(" KHÔNG được công bố: có dữ liệu cá nhân không được phép công bố. / ")
                .append("Dataset ").append(datasetId).append(" is NOT published: it holds personal data that may not be published.\n");
        for (Finding f : findings) {
            String label = f.labelVi().isEmpty() ? "" : " (" + f.labelVi() + " / " + f.labelEn() + ")";
            text.append(" - ").append(f.column()).append(label).append(": ")
                    .append(f.count()).append(" giá trị ").append(f.reason().vi).append(" / ")
                    .append(f.count()).append(" values ").append(f.reason().en).append('\n');
        }
        return text.toString();
    }
}
