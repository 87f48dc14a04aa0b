package vn.ngoaivu.gateway.config;

import vn.ngoaivu.opendata.dataset.Department;

import java.text.Normalizer;
import java.util.Optional;

/** The department as publisher of the open data, from {@code platform.department.*} and the province. */
final class DepartmentSettings {

    private DepartmentSettings() {
    }

    static Department read(SettingsReader read, String provinceCode, String provinceName, String baseUri, boolean production) {
        String email = read.string("platform.department.email", "");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidSettingException("platform.department.email", "the open data's contact address, e.g. songoaivu@thanhhoa.gov.vn");
        }
        if (production && email.endsWith("@example.gov.vn")) {
            throw new InvalidSettingException("platform.department.email", "set the department's real contact address in production");
        }
        String ascii = Normalizer.normalize(provinceName, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
        return new Department(
                read.optionalString("platform.department.name-vi").orElse("Sở Ngoại vụ tỉnh " + provinceName),
                read.optionalString("platform.department.name-en").orElse(ascii + " Department of Foreign Affairs"),
                provinceName, provinceCode, baseUri,
                read.optionalString("platform.department.homepage").orElse(baseUri),
                email, read.optionalString("platform.department.telephone"));
    }
}
