package vn.ngoaivu.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ngoaivu.gateway.Platform;
import vn.ngoaivu.gateway.TestPlatform;
import vn.ngoaivu.gateway.http.Endpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/access.md lists every route with its access rule, as the route table declares it. The table in
 * the document is checked against the code: when they differ, this test fails and writes the table the
 * code implies to target/access-table.md.
 */
@ExtendWith(TestPlatform.Extension.class)
class AccessDocIT {

    private static final String BEGIN = "<!-- access-table:begin -->";
    private static final String END = "<!-- access-table:end -->";

    @Test
    void docsListEveryRouteWithItsRule(TestPlatform platform) throws Exception {
        StringBuilder table = new StringBuilder("| method | path | who may call |\n| --- | --- | --- |\n");
        platform.platform().routes().endpoints().stream()
                .filter(endpoint -> !endpoint.path().startsWith("/__test"))
                .sorted(Comparator.comparing(Endpoint::path).thenComparing(e -> e.method().text()))
                .forEach(e -> table.append("| ").append(e.method().text()).append(" | `").append(e.path())
                        .append("` | ").append(e.access().describe()).append(" |\n"));
        for (PathAccess.Rule rule : Platform.featureAccessRules()) {
            table.append("| GET | `").append(rule.prefix()).append("` and below | ").append(rule.access().describe()).append(" |\n");
        }
        Path doc = Path.of("../docs/access.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String documented = begin < 0 || end < begin ? "" : text.substring(begin + BEGIN.length(), end).strip();
        if (!documented.equals(table.toString().strip())) {
            Files.writeString(Path.of("target/access-table.md"), table);
        }
        assertTrue(documented.equals(table.toString().strip()),
                "docs/access.md is out of date; the table the code implies is in gateway/target/access-table.md:\n" + table);
    }
}
