package vn.ngoaivu.registry.expert.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void tagsAreNormalised() {
        assertEquals(Optional.of("en"), Languages.resolve("EN"));
        assertEquals(Optional.of("pt-BR"), Languages.resolve("pt_br"));
        assertEquals(Optional.of("zh-Hans"), Languages.resolve("zh-hans"));
        assertEquals(Optional.of("en"), Languages.resolve("eng"), "ISO 639-2");
        assertEquals(Optional.empty(), Languages.resolve("xx"));
        assertEquals(Optional.empty(), Languages.resolve("Klingon"));
    }

    @Test
    void vietnameseNamesWithOrWithoutTiengAndEnglishNamesResolve() {
        assertEquals(Optional.of("en"), Languages.resolve("Tiếng Anh"));
        assertEquals(Optional.of("en"), Languages.resolve("tieng anh"));
        assertEquals(Optional.of("en"), Languages.resolve("Anh"));
        assertEquals(Optional.of("zh"), Languages.resolve("Tiếng Hoa"));
        assertEquals(Optional.of("zh"), Languages.resolve("Trung"));
        assertEquals(Optional.of("ko"), Languages.resolve("Hàn Quốc"));
        assertEquals(Optional.of("it"), Languages.resolve("Tiếng Ý"));
        assertEquals(Optional.of("ru"), Languages.resolve("Nga"));
        assertEquals(Optional.of("de"), Languages.resolve("Đức"));
        assertEquals(Optional.of("ja"), Languages.resolve("Japanese"));
    }

    @Test
    void theCommonLanguagesOfTheGuideResolveByEveryNameShown() {
        List<String> failures = new ArrayList<>();
        for (String tag : Languages.COMMON) {
            String vi = Languages.nameVi(tag);
            for (String name : List.of(vi, Languages.nameEn(tag), vi.replaceFirst("^Tiếng ", ""))) {
                if (!Languages.resolve(name).equals(Optional.of(tag))) {
                    failures.add(tag + " '" + name + "' -> " + Languages.resolve(name));
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
