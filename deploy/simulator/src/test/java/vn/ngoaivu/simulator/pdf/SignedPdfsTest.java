package vn.ngoaivu.simulator.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.ngoaivu.simulator.pki.TestPki;

class SignedPdfsTest {

    private static final Instant SIGNED_AT = Instant.parse("2025-03-01T02:00:00Z");
    private static TestPki pki;
    private static byte[] signed;

    @BeforeAll
    static void sign() {
        pki = TestPki.generate();
        signed = SignedPdfs.signed(pki.validSigner(), SIGNED_AT, "Kế hoạch 600/KH-SNgV",
                List.of("Sở Ngoại vụ tỉnh Mẫu (test)"));
    }

    @Test
    void signsTheWholeFileWithADetachedCmsCarryingTheChosenSigningTime() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertEquals(1, document.getSignatureDictionaries().size());
            PDSignature signature = document.getSignatureDictionaries().getFirst();
            assertEquals("adbe.pkcs7.detached", signature.getSubFilter());
            assertEquals(TestPki.VALID_SIGNER_NAME, signature.getName());
            int[] range = signature.getByteRange();
            assertEquals(signed.length, range[2] + range[3]);
            assertEquals(SIGNED_AT, signature.getSignDate().toInstant());

            CMSSignedData cms = new CMSSignedData(signature.getContents(signed));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID());   // SHA-256
            Time signingTime = Time.getInstance(signer.getSignedAttributes().get(CMSAttributes.signingTime)
                    .getAttrValues().getObjectAt(0));
            assertEquals(SIGNED_AT, signingTime.getDate().toInstant());
            assertEquals(2, cms.getCertificates().getMatches(null).size());   // signer and CA

            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(SignedPdfs.BANNER), text);
            assertTrue(text.contains("Ke hoach 600/KH-SNgV"), text);
        }
    }

    @Test
    void theTamperedCopyStillParsesButReadsDifferently() throws Exception {
        byte[] tampered = SignedPdfs.tampered(signed);
        assertEquals(signed.length, tampered.length);
        assertNotEquals(Arrays.hashCode(signed), Arrays.hashCode(tampered));
        try (PDDocument document = Loader.loadPDF(tampered)) {
            assertTrue(new PDFTextStripper().getText(document).contains("REAL DOCUMENT"));
        }
        assertThrows(IllegalArgumentException.class, () -> SignedPdfs.replaceOnce(signed, "TEST", "REAL!"));
    }

    @Test
    void anIncrementalUpdateKeepsTheSignedBytesAndAddsAPage() throws Exception {
        byte[] updated = SignedPdfs.withIncrementalUpdate(signed);
        assertTrue(updated.length > signed.length);
        assertArrayEquals(signed, Arrays.copyOf(updated, signed.length));
        try (PDDocument document = Loader.loadPDF(updated)) {
            assertEquals(2, document.getNumberOfPages());
            assertEquals(1, document.getSignatureDictionaries().size());
        }
    }

    @Test
    void foldsVietnameseToAscii() {
        assertEquals("So Ngoai vu tinh Mau - QD", SignedPdfs.ascii("Sở Ngoại vụ tỉnh Mẫu - QĐ"));
    }
}
