package vn.ngoaivu.registry.national;

/**
 * Where a dossier stands at the public-service portal: on the wire {@code received}, {@code processing},
 * {@code supplement-requested}, {@code completed}, {@code rejected}, {@code withdrawn}.
 */
public enum DossierState { RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, COMPLETED, REJECTED, WITHDRAWN }
