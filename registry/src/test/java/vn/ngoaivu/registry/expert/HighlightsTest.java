package vn.ngoaivu.registry.expert;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HighlightsTest {

    @Test
    void marksWordsAsTheFoldedAnalyzerMatchesThem() {
        Highlights h = Highlights.of("nguyen VAN a");
        assertEquals(Optional.of("<mark>Nguyễn</mark> <mark>Văn</mark> <mark>Á</mark>"), h.mark("Nguyễn Văn Á"));
        assertEquals(Optional.of("<mark>Đặng</mark> Thị Hoa"), Highlights.of("dang").mark("Đặng Thị Hoa"));
        assertEquals(Optional.empty(), h.mark("Trần Thị Bình"), "no match, no highlight");
    }

    @Test
    void prefixesPhrasesAndExclusions() {
        assertEquals(Optional.of("<mark>Siemens</mark> Energy"), Highlights.of("siem*").mark("Siemens Energy"));
        assertEquals(Optional.of("Đại học <mark>Tokyo</mark>"), Highlights.of("\"tokyo\" -dai").mark("Đại học Tokyo"));
        assertEquals(Optional.of("<mark>Vật</mark> <mark>lý</mark> / Physical sciences"),
                Highlights.of("vat ly | hoa").markFirst(List.of("Toán học / Mathematics", "Vật lý / Physical sciences")));
    }

    @Test
    void textIsEscapedForHtml() {
        assertEquals(Optional.of("&lt;b&gt;R&amp;D&lt;/b&gt; <mark>lab</mark> &quot;x&quot;"),
                Highlights.of("lab").mark("<b>R&D</b> lab \"x\""));
    }
}
