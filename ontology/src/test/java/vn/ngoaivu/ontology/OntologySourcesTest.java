package vn.ngoaivu.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class OntologySourcesTest {

    @Test
    void everyTurtleFileOfTheFolderIsASourceAndEverySourceExists() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource(OntologySources.FOLDER);
        Path root = Path.of(folder.toURI()).getParent();
        Set<String> onDisk;
        try (Stream<Path> files = Files.walk(root.resolve(OntologySources.FOLDER))) {
            onDisk = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".ttl"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(OntologySources.all()),
                "every .ttl under ontology/ must be a source (add a Scheme constant for a new code list), "
                        + "and every source must exist");
    }
}
