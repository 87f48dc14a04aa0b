package vn.ngoaivu.opendata.dataset;

/** How often a dataset is updated, as a concept of the EU frequency vocabulary (what DCAT-AP checks). */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY, QUARTERLY, ANNUAL,
    /** Irregularly, when the department changes the data (EU code IRREG). */
    IRREGULAR("IRREG");

    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/frequency/";

    private final String code;

    Frequency() {
        this.code = name();
    }

    Frequency(String code) {
        this.code = code;
    }

    public String iri() {
        return AUTHORITY + code;
    }

    /** How long a release stays current before the schedule publishes the next; empty for irregular datasets. */
    public java.util.Optional<java.time.Duration> interval() {
        return java.util.Optional.ofNullable(switch (this) {
            case DAILY -> java.time.Duration.ofDays(1);
            case WEEKLY -> java.time.Duration.ofDays(7);
            case MONTHLY -> java.time.Duration.ofDays(30);
            case QUARTERLY -> java.time.Duration.ofDays(91);
            case ANNUAL -> java.time.Duration.ofDays(365);
            case IRREGULAR -> null;
        });
    }
}
