package vn.ngoaivu.registry.national;

/** Whether a document still stands: on the wire {@code valid}, {@code replaced} or {@code revoked}. */
public enum DocumentState { VALID, REPLACED, REVOKED }
