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
}
