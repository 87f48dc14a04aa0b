package vn.ngoaivu.simulator.portal;

import java.util.Arrays;
import java.util.Optional;

/** A dossier's status on the public-service portal, with the contract's code. */
public enum DossierStatus {
    RECEIVED("received"),
    PROCESSING("processing"),
    SUPPLEMENT_REQUESTED("supplement-requested"),
    COMPLETED("completed"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    private final String code;

    DossierStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Completed, rejected and withdrawn dossiers are finished: they carry a completedAt. */
    public boolean isFinished() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN;
    }

    public static Optional<DossierStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
