package vn.ngoaivu.simulator.portal;

import java.time.Instant;
import java.util.List;

/** The sample dossiers of the simulated portal: made up, filed with the made-up Department (000.00.32.H40). */
public final class SampleDossiers {

    public static final String CONFERENCE_PERMIT = "000.00.32.H40-250301-0001";
    public static final String ABTC_CARD = "000.00.32.H40-250305-0002";
    public static final String FOREIGN_PRESS_VISIT = "000.00.32.H40-250312-0003";
    public static final String INTERNATIONAL_CONFERENCE_REPORT = "000.00.32.H40-250320-0004";

    private SampleDossiers() {
    }

    public static List<Dossier> all() {
        return List.of(
                new Dossier(CONFERENCE_PERMIT, "1.001234", "Cho phép tổ chức hội nghị, hội thảo quốc tế",
                        DossierStatus.PROCESSING, at("2025-03-01T02:15:00Z"), at("2025-03-16T10:00:00Z"), null,
                        at("2025-03-02T08:00:00Z")),
                new Dossier(ABTC_CARD, "1.002345",
                        "Cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC (ABTC)",
                        DossierStatus.COMPLETED, at("2025-03-05T01:30:00Z"), at("2025-03-15T10:00:00Z"),
                        at("2025-03-12T09:00:00Z"), at("2025-03-12T09:00:00Z")),
                new Dossier(FOREIGN_PRESS_VISIT, "1.003456",
                        "Cho phép phóng viên nước ngoài hoạt động báo chí tại địa phương",
                        DossierStatus.SUPPLEMENT_REQUESTED, at("2025-03-12T03:00:00Z"), at("2025-03-22T10:00:00Z"),
                        null, at("2025-03-14T07:45:00Z")),
                new Dossier(INTERNATIONAL_CONFERENCE_REPORT, "1.001235",
                        "Báo cáo kết quả tổ chức hội nghị, hội thảo quốc tế",
                        DossierStatus.RECEIVED, at("2025-03-20T04:10:00Z"), at("2025-04-04T10:00:00Z"), null,
                        at("2025-03-20T04:10:00Z")));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
