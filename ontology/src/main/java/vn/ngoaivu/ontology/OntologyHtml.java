package vn.ngoaivu.ontology;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.shacl.vocabulary.SHACLM;

/**
 * Human-readable documentation pages of the ontology: the vocabulary, each code list and each concept.
 * Pages are HTML5 in Vietnamese with the English alongside, one inline style sheet and no script.
 * Terms are linked by their IRIs, and each term's anchor is its local name, so a hash IRI such as
 * {@code {base}def/ngv#Expert} lands on its entry in the vocabulary page.
 */
public final class OntologyHtml {

    /** Concept statements shown on a concept page, after its labels, scheme and hierarchy. */
    private record Field(Property property, String heading) {
    }

    private final Ontology ontology;
    private final PrefixMapping prefixes;
    private final List<Field> conceptFields;

    public OntologyHtml(Ontology ontology) {
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        PrefixMapping merged = PrefixMapping.Factory.create();
        merged.setNsPrefixes(ontology.vocabulary());
        for (Scheme scheme : Scheme.values()) {
            merged.withDefaultMappings(ontology.schemeModel(scheme));
        }
        this.prefixes = merged.lock();
        this.conceptFields = List.of(
                new Field(SKOS.altLabel, "Tên khác (alternative labels)"),
                new Field(SKOS.definition, "Định nghĩa (definition)"),
                new Field(SKOS.scopeNote, "Ghi chú phạm vi (scope note)"),
                new Field(ontology.property(NgvProperty.SYMBOL_ABBREVIATION), "Chữ viết tắt trong ký hiệu (symbol)"),
                new Field(SKOS.exactMatch, "Tương đương (exact match)"),
                new Field(SKOS.closeMatch, "Gần tương đương (close match)"),
                new Field(RDFS.seeAlso, "Xem thêm (see also)"));
    }

    /** The vocabulary page: the ontology's metadata, every class and property, and the list of code lists. */
    public String ontologyPage() {
        Model vocabulary = ontology.vocabulary();
        Resource ontologyResource = vocabulary.getResource(ontology.ontologyIri());
        StringBuilder body = new StringBuilder();
        String titleVi = text(ontologyResource, RDFS.label, "vi");
        body.append("<header>\n<h1>").append(Html.escape(titleVi)).append("</h1>\n")
                .append(english(text(ontologyResource, RDFS.label, "en"), "p"))
                .append("<dl>\n")
                .append(definition("IRI", Html.link(ontology.ontologyIri(), ontology.ontologyIri())))
                .append(definition("Tiền tố (prefix)", "<code>ngv: " + Html.escape(ontology.ngvNamespace()) + "</code>"))
                .append(definition("Phiên bản (version)",
                        Html.escape(LangLiterals.plain(ontologyResource, OWL.versionInfo).orElse(""))))
                .append("</dl>\n")
                .append(comments(ontologyResource, RDFS.comment))
                .append("<nav><a href=\"#classes\">Lớp (classes)</a> · <a href=\"#properties\">Thuộc tính (properties)</a>")
                .append(" · <a href=\"#schemes\">Bảng mã (code lists)</a></nav>\n</header>\n");

        body.append("<section id=\"classes\">\n<h2>Lớp <span class=\"en\">(classes)</span></h2>\n");
        for (NgvClass type : NgvClass.values()) {
            body.append(classEntry(vocabulary.getResource(ontology.termIri(type)), type));
        }
        body.append("</section>\n<section id=\"properties\">\n<h2>Thuộc tính <span class=\"en\">(properties)</span></h2>\n");
        for (NgvProperty property : NgvProperty.values()) {
            body.append(propertyEntry(vocabulary.getResource(ontology.termIri(property)), property));
        }
        body.append("</section>\n<section id=\"schemes\">\n<h2>Bảng mã <span class=\"en\">(code lists)</span></h2>\n")
                .append("<table>\n<tr><th>Bảng mã</th><th>Code list</th><th>Số khái niệm (concepts)</th></tr>\n");
        for (Scheme scheme : Scheme.values()) {
            Resource schemeResource = schemeResource(scheme);
            body.append("<tr><td>").append(Html.link(ontology.schemeIri(scheme), text(schemeResource, SKOS.prefLabel, "vi")))
                    .append("</td><td lang=\"en\">").append(Html.escape(text(schemeResource, SKOS.prefLabel, "en")))
                    .append("</td><td>").append(ontology.schemes().concepts(scheme).size()).append("</td></tr>\n");
        }
        body.append("</table>\n</section>\n");
        return Html.page(titleVi, body.toString());
    }

    /** A code list: its metadata and its concepts, narrower concepts indented under their broader one. */
    public String schemePage(Scheme scheme) {
        Resource schemeResource = schemeResource(scheme);
        CodeLists codeLists = ontology.schemes();
        boolean withSymbols = scheme == Scheme.DOCUMENT_TYPE;
        String titleVi = text(schemeResource, SKOS.prefLabel, "vi");
        StringBuilder body = new StringBuilder();
        body.append("<header>\n<h1>").append(Html.escape(titleVi)).append("</h1>\n")
                .append(english(text(schemeResource, SKOS.prefLabel, "en"), "p"))
                .append("<dl>\n")
                .append(definition("IRI", Html.link(ontology.schemeIri(scheme), ontology.schemeIri(scheme))))
                .append(definition("Phiên bản (version)",
                        Html.escape(LangLiterals.plain(schemeResource, OWL.versionInfo).orElse(""))))
                .append(definition("Số khái niệm (concepts)", String.valueOf(codeLists.concepts(scheme).size())));
        Resource source = schemeResource.getPropertyResourceValue(DCTerms.source);
        if (source != null && source.isURIResource()) {
            body.append(definition("Nguồn (source)", Html.link(source.getURI(), source.getURI())));
        }
        body.append(definition("Từ vựng (vocabulary)", Html.link(ontology.ontologyIri(), ontology.ontologyIri())))
                .append("</dl>\n")
                .append(comments(schemeResource, SKOS.definition))
                .append("</header>\n<table>\n<tr><th>Mã (notation)</th><th>Tên tiếng Việt</th><th>English</th>")
                .append(withSymbols ? "<th>Ký hiệu (symbol)</th>" : "").append("</tr>\n");
        for (Concept top : codeLists.topConcepts(scheme)) {
            conceptRows(body, top, 0, withSymbols);
        }
        body.append("</table>\n");
        return Html.page(titleVi, body.toString());
    }

    /**
     * The shapes graph: each node shape with its target class and the constraints on each property, so
     * that a data publisher can read what the publish gate checks.
     */
    public String shapesPage() {
        Model shapes = ontology.shapes();
        StringBuilder body = new StringBuilder();
        body.append("<header>\n<h1>Ràng buộc dữ liệu (SHACL)</h1>\n")
                .append(english("Data shapes (SHACL): what published data must satisfy", "p"))
                .append("<dl>\n")
                .append(definition("IRI", Html.link(ontology.shapesIri(), ontology.shapesIri())))
                .append(definition("Từ vựng (vocabulary)", Html.link(ontology.ontologyIri(), ontology.ontologyIri())))
                .append("</dl>\n</header>\n");
        List<Resource> nodeShapes = shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream()
                .filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
        for (Resource shape : nodeShapes) {
            body.append("<section class=\"term\" id=\"").append(Html.escape(shape.getLocalName())).append("\">\n<h2>")
                    .append(Html.escape(shape.getLocalName())).append("</h2>\n<dl>\n")
                    .append(definition("IRI", Html.link(shape.getURI(), shape.getURI())));
            for (RDFNode target : shape.listProperties(SHACLM.targetClass).mapWith(Statement::getObject).toList()) {
                body.append(definition("Áp dụng cho (target class)", value(target)));
            }
            body.append("</dl>\n<table>\n<tr><th>Thuộc tính (path)</th><th>Ràng buộc (constraints)</th>")
                    .append("<th>Thông báo (message)</th></tr>\n");
            for (RDFNode property : shape.listProperties(SHACLM.property).mapWith(Statement::getObject).toList()) {
                if (property.isResource()) {
                    body.append(propertyShapeRow(property.asResource()));
                }
            }
            body.append("</table>\n</section>\n");
        }
        return Html.page("Ràng buộc dữ liệu (SHACL)", body.toString());
    }

    private String propertyShapeRow(Resource propertyShape) {
        Statement path = propertyShape.getProperty(SHACLM.path);
        StringBuilder constraints = new StringBuilder();
        for (Statement statement : propertyShape.listProperties().toList()) {
            Property predicate = statement.getPredicate();
            boolean shown = SHACLM.getURI().equals(predicate.getNameSpace())
                    && !predicate.equals(SHACLM.path) && !predicate.equals(SHACLM.message) && !predicate.equals(SHACLM.name);
            if (shown) {
                constraints.append(constraints.isEmpty() ? "" : "<br/>")
                        .append("<code>sh:").append(Html.escape(predicate.getLocalName())).append("</code> ")
                        .append(statement.getObject().isAnon() ? "…" : value(statement.getObject()));
            }
        }
        return "<tr><td>" + (path == null || path.getObject().isAnon() ? "…" : value(path.getObject())) + "</td><td>"
                + constraints + "</td><td>" + Html.escape(text(propertyShape, SHACLM.message, "vi")) + "</td></tr>\n";
    }

    /** One concept: labels, code list, broader and narrower concepts, and its other statements. */
    public String conceptPage(Concept concept) {
        Objects.requireNonNull(concept, "concept");
        CodeLists codeLists = ontology.schemes();
        Resource conceptResource = ontology.schemeModel(concept.scheme()).getResource(concept.iri());
        Resource schemeResource = schemeResource(concept.scheme());
        StringBuilder body = new StringBuilder();
        body.append("<header>\n<h1>").append(Html.escape(concept.labelVi())).append("</h1>\n")
                .append(english(concept.labelEn(), "p")).append("</header>\n<dl>\n")
                .append(definition("IRI", Html.link(concept.iri(), concept.iri())))
                .append(definition("Mã (notation)", "<code>" + Html.escape(concept.notation()) + "</code>"))
                .append(definition("Bảng mã (code list)", Html.link(ontology.schemeIri(concept.scheme()),
                        text(schemeResource, SKOS.prefLabel, "vi"))));
        codeLists.broader(concept).ifPresent(broader ->
                body.append(definition("Khái niệm rộng hơn (broader)", conceptLink(broader))));
        List<Concept> narrower = codeLists.narrower(concept);
        if (!narrower.isEmpty()) {
            body.append(definition("Khái niệm hẹp hơn (narrower)",
                    String.join("<br/>", narrower.stream().map(this::conceptLink).toList())));
        }
        for (Field field : conceptFields) {
            List<String> values = values(conceptResource, field.property());
            if (!values.isEmpty()) {
                body.append(definition(field.heading(), String.join("<br/>", values)));
            }
        }
        body.append("</dl>\n");
        return Html.page(concept.labelVi() + " — " + text(schemeResource, SKOS.prefLabel, "vi"), body.toString());
    }

    private String classEntry(Resource type, NgvClass term) {
        StringBuilder entry = termHeader(type, term);
        entry.append("<dl>\n");
        optionalDefinition(entry, "Lớp cha (subclass of)", links(type, RDFS.subClassOf));
        List<String> properties = Arrays.stream(NgvProperty.values())
                .filter(p -> ontology.vocabulary().contains(
                        ontology.vocabulary().getResource(ontology.termIri(p)), RDFS.domain, type))
                .map(p -> Html.link(ontology.termIri(p), "ngv:" + p.localName()))
                .toList();
        optionalDefinition(entry, "Thuộc tính (properties)", String.join(", ", properties));
        return entry.append("</dl>\n</section>\n").toString();
    }

    private String propertyEntry(Resource property, NgvProperty term) {
        StringBuilder entry = termHeader(property, term);
        entry.append("<dl>\n")
                .append(definition("Loại (type)", links(property, RDF.type)));
        optionalDefinition(entry, "Thuộc tính cha (subproperty of)", links(property, RDFS.subPropertyOf));
        optionalDefinition(entry, "Miền (domain)", links(property, RDFS.domain));
        optionalDefinition(entry, "Miền giá trị (range)", links(property, RDFS.range));
        return entry.append("</dl>\n</section>\n").toString();
    }

    /** The anchor, name, labels and comments that open the entry of a class or property. */
    private StringBuilder termHeader(Resource resource, NgvTerm term) {
        StringBuilder header = new StringBuilder();
        header.append("<section class=\"term\" id=\"").append(Html.escape(term.localName())).append("\">\n<h3>")
                .append(Html.link(resource.getURI(), "ngv:" + term.localName())).append(" — ")
                .append(Html.escape(text(resource, RDFS.label, "vi")))
                .append(" <span class=\"en\" lang=\"en\">(").append(Html.escape(text(resource, RDFS.label, "en")))
                .append(")</span></h3>\n")
                .append(comments(resource, RDFS.comment));
        return header;
    }

    private void conceptRows(StringBuilder body, Concept concept, int depth, boolean withSymbols) {
        body.append("<tr><td style=\"padding-left:").append(0.5 + 1.5 * depth).append("em\">")
                .append(Html.link(concept.iri(), concept.notation())).append("</td><td>")
                .append(Html.escape(concept.labelVi())).append("</td><td lang=\"en\">")
                .append(Html.escape(concept.labelEn())).append("</td>");
        if (withSymbols) {
            body.append("<td>").append(Html.escape(ontology.schemes().symbolAbbreviation(concept).orElse("")))
                    .append("</td>");
        }
        body.append("</tr>\n");
        for (Concept narrower : ontology.schemes().narrower(concept)) {
            conceptRows(body, narrower, depth + 1, withSymbols);
        }
    }

    private String conceptLink(Concept concept) {
        return Html.link(concept.iri(), concept.notation() + " — " + concept.labelVi());
    }

    /** Every object of {@code property}, linked, comma-separated. */
    private String links(Resource subject, Property property) {
        return String.join(", ", values(subject, property));
    }

    /** Every object of {@code property} as HTML: Vietnamese text first, then English, then the rest by text. */
    private List<String> values(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .sorted(Comparator.comparingInt(OntologyHtml::languageRank).thenComparing(RDFNode::toString))
                .map(this::value)
                .toList();
    }

    private static int languageRank(RDFNode node) {
        String lang = node.isLiteral() ? node.asLiteral().getLanguage() : "";
        return switch (lang) {
            case "vi" -> 0;
            case "en" -> 1;
            default -> 2;
        };
    }

    /** An RDF value as HTML: a link for an IRI, the text (with its language) for a literal. */
    private String value(RDFNode node) {
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return Html.link(iri, prefixes.shortForm(iri));
        }
        if (node.isLiteral()) {
            String lang = node.asLiteral().getLanguage();
            String text = Html.escape(node.asLiteral().getLexicalForm());
            return lang.isEmpty() ? text : "<span lang=\"" + Html.escape(lang) + "\">" + text + "</span>";
        }
        return "(?)";
    }

    private Resource schemeResource(Scheme scheme) {
        return ontology.schemeModel(scheme).getResource(ontology.schemeIri(scheme));
    }

    private static String text(Resource resource, Property property, String lang) {
        return LangLiterals.text(resource, property, lang).orElse("");
    }

    /** The Vietnamese then the English values of a descriptive property, as paragraphs. */
    private static String comments(Resource resource, Property property) {
        StringBuilder out = new StringBuilder();
        for (String vi : LangLiterals.all(resource, property, "vi")) {
            out.append("<p>").append(Html.escape(vi)).append("</p>\n");
        }
        for (String en : LangLiterals.all(resource, property, "en")) {
            out.append(english(en, "p"));
        }
        return out.toString();
    }

    private static String english(String text, String element) {
        return text.isEmpty() ? ""
                : "<" + element + " class=\"en\" lang=\"en\">" + Html.escape(text) + "</" + element + ">\n";
    }

    private static String definition(String term, String html) {
        return "<dt>" + Html.escape(term) + "</dt><dd>" + html + "</dd>\n";
    }

    private static void optionalDefinition(StringBuilder out, String term, String html) {
        if (!html.isEmpty()) {
            out.append(definition(term, html));
        }
    }
}
