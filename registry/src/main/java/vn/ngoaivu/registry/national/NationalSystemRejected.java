package vn.ngoaivu.registry.national;

/**
 * The system refused the call (401/403: our credentials or its access list are wrong) or answered with a status
 * the contract does not allow (another 4xx, a redirect, which is never followed). Not retried: a person has to act.
 */
public final class NationalSystemRejected extends NationalSystemException {

    private final int status;

    NationalSystemRejected(String system, int status, String detail) {
        super(system, "rejected the call with HTTP " + status + (detail.isEmpty() ? "" : " (" + detail + ")"),
                isAuthentication(status)
                        ? "Hệ thống quốc gia từ chối xác thực: cần kiểm tra cấu hình kết nối (mã truy cập)."
                        : "Hệ thống quốc gia từ chối yêu cầu (HTTP " + status + ").",
                null);
        this.status = status;
    }

    /** The HTTP status the system answered with. */
    public int status() {
        return status;
    }

    /** True for 401/403: the connection's configuration (token, access list) needs fixing, not the data. */
    public boolean configurationError() {
        return isAuthentication(status);
    }

    private static boolean isAuthentication(int status) {
        return status == 401 || status == 403;
    }
}
