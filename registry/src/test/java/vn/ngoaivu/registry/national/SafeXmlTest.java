package vn.ngoaivu.registry.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The parser's own settings, past the DOCTYPE scan in front of it (which cannot see UTF-16). */
class SafeXmlTest {

    final SafeXml xml = new SafeXml("test-system");

    @Test
    void readsUtf16WhenThereIsNoDoctype() {
        Element root = xml.parse(utf16("<r xmlns='urn:x'><a>bình thường</a></r>")).getDocumentElement();
        assertEquals("bình thường", xml.requiredText(root, "a"));
    }

    @Test
    void parserItselfRefusesAnExternalEntity(@TempDir Path dir) throws Exception {
        String secret = "SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("secret.txt"), secret);
        byte[] hostile = utf16("<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]><r><a>&xxe;</a></r>");
        var e = assertThrows(MalformedAnswer.class, () -> xml.parse(hostile));
        assertEquals(MalformedAnswer.Kind.UNPARSEABLE, e.kind(), "refused by the parser, not the scan");
        DocumentSystemConnectorTest.assertSecretAbsent(secret, e);
    }

    @Test
    void parserItselfRefusesAnInternalEntity() {
        byte[] hostile = utf16("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">]><r><a>&a;</a></r>");
        assertThrows(MalformedAnswer.class, () -> xml.parse(hostile));
    }

    @Test
    void refusesXInclude() {
        // XInclude off: the include element stays an ordinary element and nothing is fetched.
        Element root = xml.parse(("<r xmlns:xi='http://www.w3.org/2001/XInclude'><a>x</a>"
                + "<xi:include href='file:///etc/passwd' parse='text'/></r>").getBytes(StandardCharsets.UTF_8))
                .getDocumentElement();
        assertEquals("include", xml.children(root, "include").getFirst().getLocalName());
        assertEquals("x", root.getTextContent());
    }

    @Test
    void repeatedElementIsASchemaMismatch() {
        Element root = xml.parse("<r><a>1</a><a>2</a></r>".getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals(MalformedAnswer.Kind.SCHEMA,
                assertThrows(MalformedAnswer.class, () -> xml.requiredText(root, "a")).kind());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a>".repeat(200) + "</a>".repeat(200);
        assertThrows(MalformedAnswer.class, () -> xml.parse(deep.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] utf16(String document) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + document).getBytes(StandardCharsets.UTF_16);
    }
}
