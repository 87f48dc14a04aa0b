package vn.ngoaivu.simulator.documents;

/**
 * A document's metadata as the contract's edXML envelope (docs/national-systems.md): the edXML message header
 * elements plus our extensions Status, ReplacedBy and FileDigest.
 */
final class EdXmlMetadata {

    private EdXmlMetadata() {
    }

    static String render(SampleDocument document, String fileSha256Hex) {
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<edXML:edXMLEnvelope xmlns:edXML=\"urn:ngoaivu:national:edxml\">\n")
                .append("  <edXML:edXMLHeader>\n")
                .append("    <edXML:MessageHeader>\n")
                .append("      <edXML:From>\n");
        element(xml, 8, "OrganId", document.agencyCode());
        element(xml, 8, "OrganName", document.agencyName());
        xml.append("      </edXML:From>\n");
        element(xml, 6, "DocumentId", document.exchangeId());
        xml.append("      <edXML:Code>\n");
        element(xml, 8, "CodeNumber", document.number());
        element(xml, 8, "CodeNotation", document.symbol());
        xml.append("      </edXML:Code>\n")
                .append("      <edXML:PromulgationInfo>\n");
        element(xml, 8, "PromulgationDate", document.issued().toString());
        xml.append("      </edXML:PromulgationInfo>\n")
                .append("      <edXML:DocumentType>\n");
        element(xml, 8, "TypeName", document.typeName());
        xml.append("      </edXML:DocumentType>\n");
        element(xml, 6, "Subject", document.subject());
        xml.append("      <edXML:SignerInfo>\n");
        element(xml, 8, "Position", document.signerPosition());
        element(xml, 8, "FullName", document.signerName());
        xml.append("      </edXML:SignerInfo>\n");
        element(xml, 6, "Status", document.status().code());
        document.replacedBy().ifPresent(id -> element(xml, 6, "ReplacedBy", id));
        xml.append("      <edXML:FileDigest algorithm=\"SHA-256\">").append(fileSha256Hex).append("</edXML:FileDigest>\n")
                .append("    </edXML:MessageHeader>\n")
                .append("  </edXML:edXMLHeader>\n")
                .append("</edXML:edXMLEnvelope>\n");
        return xml.toString();
    }

    private static void element(StringBuilder xml, int indent, String name, String text) {
        xml.append(" ".repeat(indent)).append("<edXML:").append(name).append('>').append(escape(text))
                .append("</edXML:").append(name).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
