package vn.ngoaivu.registry;

/**
 * One invalid field of a profile or record: an RFC 6901 pointer into its JSON form ({@code /countryCode},
 * {@code /fields/1}), a stable code, and the message in Vietnamese and English.
 */
public record FieldProblem(String pointer, String code, String messageVi, String messageEn) {
}
