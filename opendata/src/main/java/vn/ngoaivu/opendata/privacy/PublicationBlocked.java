package vn.ngoaivu.opendata.privacy;

/** A dataset failed a gate: nothing of it is published; the report says why. */
public final class PublicationBlocked extends RuntimeException {

    private final transient PrivacyReport report;

    public PublicationBlocked(PrivacyReport report) {
        super(report.toText(), null, false, false);
        this.report = report;
    }

    public PrivacyReport report() {
        return report;
    }
}
