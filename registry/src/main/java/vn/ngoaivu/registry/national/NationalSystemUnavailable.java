package vn.ngoaivu.registry.national;

/**
 * The system could not answer now (down, slow, overloaded, or our circuit breaker is open): the caller keeps the
 * link pending and tries again later.
 */
public final class NationalSystemUnavailable extends NationalSystemException {

    public enum Reason {
        TIMEOUT("did not answer in time", "hệ thống không trả lời kịp thời gian chờ"),
        CONNECTION("could not be reached or dropped the connection", "không kết nối được tới hệ thống"),
        SERVER_ERROR("answered with a server error", "hệ thống báo lỗi máy chủ"),
        THROTTLED("asked us to slow down (429)", "hệ thống yêu cầu giảm tần suất truy vấn"),
        CIRCUIT_OPEN("circuit open after repeated failures; not called", "tạm ngừng gọi do hệ thống lỗi liên tiếp");

        private final String english;
        private final String vietnamese;

        Reason(String english, String vietnamese) {
            this.english = english;
            this.vietnamese = vietnamese;
        }
    }

    private final Reason reason;

    NationalSystemUnavailable(String system, Reason reason, String detail, Throwable cause) {
        super(system, reason.english + (detail.isEmpty() ? "" : " (" + detail + ")"),
                "Hệ thống quốc gia tạm thời không sẵn sàng: " + reason.vietnamese + ".", cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
