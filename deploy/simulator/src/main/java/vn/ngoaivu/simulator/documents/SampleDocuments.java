package vn.ngoaivu.simulator.documents;

import static vn.ngoaivu.simulator.documents.SampleDocument.Signer.EXPIRED_SIGNER;
import static vn.ngoaivu.simulator.documents.SampleDocument.Signer.VALID_SIGNER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.ngoaivu.simulator.documents.SampleDocument.Status;
import vn.ngoaivu.simulator.pki.TestPki;

/** The sample documents the simulated document system serves: made up, of a made-up province ("tỉnh Mẫu"). */
public final class SampleDocuments {

    public static final String AGENCY_CODE = "000.00.32.H40";
    public static final String AGENCY_NAME = "Sở Ngoại vụ tỉnh Mẫu";

    /** Replaced by {@link #PLAN_2025_REVISED}. */
    public static final String PLAN_2025 = "000.00.32.H40,2025/03/01,600/KH-SNgV";
    public static final String PLAN_2025_REVISED = "000.00.32.H40,2025/04/02,640/KH-SNgV";
    public static final String WORKING_GROUP_DECISION = "000.00.32.H40,2025/02/14,296/QĐ-SNgV";
    public static final String CONFERENCE_NOTICE = "000.00.32.H40,2025/05/20,486/TB-SNgV";
    /** Revoked. */
    public static final String REVOKED_LETTER = "000.00.32.H40,2025/01/10,35/CV-SNgV";
    /** Signed after the signer's certificate had expired. */
    public static final String REPORT_EXPIRED_SIGNATURE = "000.00.32.H40,2025/06/30,158/BC-SNgV";

    private SampleDocuments() {
    }

    public static List<SampleDocument> all() {
        return List.of(
                document("2025-03-01", "600", "KH-SNgV", "Kế hoạch",
                        "Kế hoạch tổ chức Hội nghị kết nối chuyên gia năm 2025",
                        Status.REPLACED, Optional.of(PLAN_2025_REVISED), VALID_SIGNER),
                document("2025-04-02", "640", "KH-SNgV", "Kế hoạch",
                        "Kế hoạch tổ chức Hội nghị kết nối chuyên gia năm 2025 (thay thế Kế hoạch số 600/KH-SNgV)",
                        Status.VALID, Optional.empty(), VALID_SIGNER),
                document("2025-02-14", "296", "QĐ-SNgV", "Quyết định",
                        "Quyết định thành lập Tổ công tác kết nối chuyên gia người Việt Nam ở nước ngoài",
                        Status.VALID, Optional.empty(), VALID_SIGNER),
                document("2025-05-20", "486", "TB-SNgV", "Thông báo",
                        "Thông báo kết luận của Giám đốc Sở tại cuộc họp giao ban công tác đối ngoại tháng 5",
                        Status.VALID, Optional.empty(), VALID_SIGNER),
                document("2025-01-10", "35", "CV-SNgV", "Công văn",
                        "Về việc mời chuyên gia tham dự Diễn đàn hợp tác quốc tế (đã thu hồi)",
                        Status.REVOKED, Optional.empty(), VALID_SIGNER),
                document("2025-06-30", "158", "BC-SNgV", "Báo cáo",
                        "Báo cáo công tác đối ngoại 6 tháng đầu năm 2025",
                        Status.VALID, Optional.empty(), EXPIRED_SIGNER));
    }

    // Signed at 09:00 Hanoi time (02:00 UTC) on the day of issue.
    private static SampleDocument document(String issued, String number, String symbol, String typeName,
                                           String subject, Status status, Optional<String> replacedBy,
                                           SampleDocument.Signer signer) {
        LocalDate date = LocalDate.parse(issued);
        Instant signingTime = Instant.parse(issued + "T02:00:00Z");
        String signerName = signer == VALID_SIGNER ? TestPki.VALID_SIGNER_NAME : TestPki.EXPIRED_SIGNER_NAME;
        String position = signer == VALID_SIGNER ? "Giám đốc" : "Phó Giám đốc";
        return new SampleDocument(AGENCY_CODE, AGENCY_NAME, date, number, symbol, typeName, subject, position,
                signerName, status, replacedBy, signer, signingTime);
    }
}
