package vn.ngoaivu.opendata.dataset;

import java.util.Objects;
import java.util.Optional;

/**
 * The publisher of every dataset: the province's Department of Foreign Affairs, from the platform settings (each
 * province's instance has its own name, code and base URI).
 *
 * @param nameVi       e.g. "Sở Ngoại vụ tỉnh Thanh Hóa"
 * @param nameEn       e.g. "Thanh Hoa Department of Foreign Affairs"
 * @param provinceName the province's name, e.g. "Thanh Hóa"
 * @param provinceCode the province's code in the national list of administrative units (e.g. "38")
 * @param baseUri      the instance's base URI, ending with '/': published resources are {@code {baseUri}id/...}
 * @param homepage     the department's website
 * @param email        the contact point's address
 * @param telephone    the contact point's telephone, if published
 */
public record Department(String nameVi, String nameEn, String provinceName, String provinceCode, String baseUri, String homepage,
                         String email, Optional<String> telephone) {

    public Department {
        Objects.requireNonNull(nameVi);
        Objects.requireNonNull(nameEn);
        Objects.requireNonNull(provinceName);
        Objects.requireNonNull(provinceCode);
        Objects.requireNonNull(homepage);
        Objects.requireNonNull(email);
        Objects.requireNonNull(telephone);
        if (!baseUri.endsWith("/") || !(baseUri.startsWith("https://") || baseUri.startsWith("http://"))) {
            throw new IllegalArgumentException("the base URI is an http(s) URI ending with '/': " + baseUri);
        }
    }

    /** The department as an agent: {@code {baseUri}id/department}. */
    public String iri() {
        return baseUri + "id/department";
    }

    /** The province as a place: {@code {baseUri}id/province/{provinceCode}}. */
    public String provinceIri() {
        return baseUri + "id/province/" + provinceCode;
    }
}
