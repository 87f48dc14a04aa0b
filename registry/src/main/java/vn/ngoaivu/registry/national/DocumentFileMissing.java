package vn.ngoaivu.registry.national;

/** The document system does not hold a signed file for this exchange identifier (404). */
public final class DocumentFileMissing extends NationalSystemException {

    private final String exchangeId;

    DocumentFileMissing(String system, String exchangeId) {
        super(system, "no signed file for document " + exchangeId,
                "Không tìm thấy tệp văn bản đã ký số " + exchangeId + " trên hệ thống quản lý văn bản.", null);
        this.exchangeId = exchangeId;
    }

    public String exchangeId() {
        return exchangeId;
    }
}
