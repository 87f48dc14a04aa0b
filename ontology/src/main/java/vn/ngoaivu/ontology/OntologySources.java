package vn.ngoaivu.ontology;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the Turtle sources are on the classpath: the one list of source files. The code lists follow
 * {@link Scheme}, so adding a scheme means adding its enum constant and its file; a test checks that
 * no .ttl file under {@link #FOLDER} is left out.
 */
final class OntologySources {

    static final String FOLDER = "ontology/";
    static final String VOCABULARY = FOLDER + "ngv.ttl";
    static final String SHAPES = FOLDER + "shapes.ttl";

    private OntologySources() {
    }

    static String scheme(Scheme scheme) {
        return FOLDER + "schemes/" + scheme.id() + ".ttl";
    }

    /** Every source file, as classpath resource names. */
    static List<String> all() {
        List<String> all = new ArrayList<>(List.of(VOCABULARY, SHAPES));
        for (Scheme scheme : Scheme.values()) {
            all.add(scheme(scheme));
        }
        return List.copyOf(all);
    }
}
