package vn.ngoaivu.opendata.dataset;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.opendata.release.ReleaseSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The published plans and reports: document references that are valid (not replaced or revoked), confirmed by the
 * document system (linked) and of the given types. Metadata only, never the file; the signer's name is left out
 * (the position is enough to know who decided). References still missing their abstract or agency name are left
 * out until the link job has filled them, as the ontology's shape requires both.
 */
final class DocumentSource implements ReleaseSource {

    private final SourceContext context;
    private final List<String> types;

    DocumentSource(SourceContext context, List<String> types) {
        this.context = context;
        this.types = List.copyOf(types);
    }

    static List<Column> ownColumns(Iris iris) {
        return List.of(
                new Column("numberSymbol", "Số, ký hiệu", "Number and symbol", "string", Vocab.ELI_ID_LOCAL.getURI()),
                new Column("issueDate", "Ngày ban hành", "Issue date", "date", Vocab.ELI_DATE_DOCUMENT.getURI()),
                new Column("documentType", "Loại văn bản", "Document type", "string", Vocab.ELI_TYPE_DOCUMENT.getURI()),
                new Column("abstract", "Trích yếu", "Abstract", "string", DCTerms.abstract_.getURI()),
                new Column("agencyName", "Cơ quan ban hành", "Issuing agency", "string",
                        iris.property(NgvProperty.ISSUING_AGENCY_NAME).getURI()),
                new Column("signerPosition", "Chức vụ người ký", "Signer's position", "string",
                        iris.property(NgvProperty.SIGNER_POSITION).getURI()),
                new Column("sha256", "Giá trị băm SHA-256 của tệp", "SHA-256 of the file", "string",
                        iris.property(NgvProperty.SHA256).getURI()));
    }

    private record Document(UUID id, String numberSymbol, String issueDate, String type, String abstractText,
                            String agencyCode, String agencyName, String signerPosition, String sha256) {
    }

    @Override
    public void triples(StreamRDF sink) {
        Emit emit = new Emit(sink);
        Iris iris = context.iris();
        Node valid = iris.concept(Scheme.DOCUMENT_STATUS, "valid").orElseThrow();
        each(d -> {
            Node document = iris.resource("document", d.id());
            emit.type(document, iris.type(NgvClass.DOCUMENT_REFERENCE));
            emit.text(document, Vocab.ELI_ID_LOCAL, d.numberSymbol());
            emit.typed(document, Vocab.ELI_DATE_DOCUMENT, d.issueDate(), XSDDatatype.XSDdate);
            emit.iri(document, Vocab.ELI_TYPE_DOCUMENT, iris.concept(Scheme.DOCUMENT_TYPE, d.type()).orElseThrow());
            emit.lang(document, DCTerms.abstract_.asNode(), d.abstractText(), "vi");
            emit.text(document, iris.property(NgvProperty.ISSUING_AGENCY_NAME), d.agencyName());
            emit.text(document, iris.property(NgvProperty.ISSUING_AGENCY_CODE), d.agencyCode());
            emit.text(document, iris.property(NgvProperty.SIGNER_POSITION), d.signerPosition());
            emit.typed(document, iris.property(NgvProperty.SHA256), d.sha256(), XSDDatatype.XSDhexBinary);
            emit.iri(document, iris.property(NgvProperty.DOCUMENT_STATUS), valid);
        });
    }

    @Override
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(RecordSource.idColumn());
        columns.addAll(ownColumns(context.iris()));
        return columns;
    }

    @Override
    public void rows(Consumer<List<String>> sink) {
        Iris iris = context.iris();
        each(d -> sink.accept(java.util.Arrays.asList(iris.resource("document", d.id()).getURI(), d.numberSymbol(),
                d.issueDate(), d.type(), d.abstractText(), d.agencyName(), d.signerPosition(), d.sha256())));
    }

    private void each(Consumer<Document> handler) {
        String placeholders = String.join(", ", java.util.Collections.nCopies(types.size(), "?"));
        String sql = "SELECT id, number || '/' || symbol AS number_symbol, issue_date, document_type, abstract, agency_code, "
                + "agency_name, signer_position, sha256 FROM document_reference WHERE status = 'valid' "
                + "AND link_state = 'linked' AND abstract IS NOT NULL AND agency_name IS NOT NULL "
                + "AND document_type IN (" + placeholders + ") ORDER BY issue_date, id";
        Sql.stream(context.dataSource(), sql, types, row -> handler.accept(new Document(row.getObject("id", UUID.class),
                row.getString("number_symbol"), row.getString("issue_date"), row.getString("document_type"),
                row.getString("abstract"), row.getString("agency_code"), row.getString("agency_name"),
                row.getString("signer_position"), row.getString("sha256"))));
    }
}
