package vn.ngoaivu.registry.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The identifier of a document in the electronic document exchange: {@code {agencyCode},{yyyy/MM/dd},{number}/{symbol}},
 * e.g. {@code 000.00.32.H40,2025/03/01,600/KH-SNgV}.
 */
public final class ExchangeId {

    /**
     * The electronic identifier code of an agency (mã định danh, Decision 20/2020/QĐ-TTg): four dot-separated levels,
     * e.g. {@code 000.00.32.H40}.
     */
    public static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private ExchangeId() {
    }

    public static String of(String agencyCode, LocalDate issueDate, DocumentNumber number) {
        return agencyCode + "," + DATE.format(issueDate) + "," + number.text();
    }
}
