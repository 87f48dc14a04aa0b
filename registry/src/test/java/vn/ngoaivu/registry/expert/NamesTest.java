package vn.ngoaivu.registry.expert;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesTest {

    @Test
    void foldsCaseDiacriticsDAndSpaces() {
        assertEquals("nguyen van a", Names.fold("  Nguyễn   Văn Á "));
        assertEquals("dang thi hoa", Names.fold("ĐẶNG\tThị\nHoa"));
        assertEquals("nguyen", Names.fold(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD)));
        assertEquals("", Names.fold("   "));
    }
}
