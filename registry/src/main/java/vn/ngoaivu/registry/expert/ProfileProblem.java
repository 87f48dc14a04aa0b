package vn.ngoaivu.registry.expert;

/**
 * One invalid field of a profile: an RFC 6901 pointer into the profile's JSON form ({@code /countryCode},
 * {@code /fields/1}), a stable code, and the message in Vietnamese and English.
 */
public record ProfileProblem(String pointer, String code, String messageVi, String messageEn) {
}
