package vn.ngoaivu.gateway.http;

import java.util.Objects;

/** A message in Vietnamese and English. */
public record Text(String vi, String en) {

    public Text {
        Objects.requireNonNull(vi);
        Objects.requireNonNull(en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : vi;
    }
}
