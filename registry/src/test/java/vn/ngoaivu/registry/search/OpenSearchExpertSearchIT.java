package vn.ngoaivu.registry.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.expert.ExpertSearchRequest.Sort;
import vn.ngoaivu.registry.expert.SearchAudience;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaivu.registry.search.SearchFixture.OFFICER;
import static vn.ngoaivu.registry.search.SearchFixture.named;

/**
 * Expert search on a real OpenSearch node, through Hibernate Search's Elasticsearch backend; and what
 * happens to writes when the node goes down in the middle of them.
 */
class OpenSearchExpertSearchIT extends ExpertSearchContract {

    private OpenSearchNodeProcess node;

    @Override
    protected SearchSettings settings(Path dir) throws Exception {
        node = new OpenSearchNodeProcess(dir.resolve("opensearch")).start();
        // Changes that fail to index are retried after 1 s (5 s by default), to keep the test short.
        return SearchSettings.elasticsearch(List.of(node.uri()), "opensearch:3.4").withRetryDelay(Duration.ofSeconds(1));
    }

    @AfterAll
    void stopNode() throws InterruptedException {
        node.close();
    }

    @Test
    void writesDuringAnOutageAreKeptAndIndexedWhenTheEngineReturns() throws Exception {
        List<UUID> written = new ArrayList<>();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> writing = writer.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    Expert e = fixture.experts.create(named("Ngô Sự Cố " + i, "KR"), "hop-tac", OFFICER);
                    synchronized (written) {
                        written.add(e.id());
                    }
                    sleep(50);
                }
                return null;
            });
            sleep(600);
            node.stop();
            assertThrows(RegistryExceptions.SearchUnavailable.class, () -> fixture.search.search(
                    ExpertSearchContract.request("su co", Map.of(), Sort.NAME, 1, 10, null), SearchAudience.STAFF),
                    "search answers unavailable while the engine is down");
            writing.get();
            assertEquals(60, written.size(), "every write succeeded while the engine was down");
            assertTrue(fixture.maintenance.pendingChanges() + fixture.maintenance.abortedChanges() > 0,
                    "some changes wait in the outbox");
            node.start();
            fixture.awaitIndexed();
        } finally {
            writer.shutdownNow();
        }
        List<UUID> found = new ArrayList<>();
        String cursor = null;
        do {
            var page = fixture.search.search(ExpertSearchContract.request("ngo su co", Map.of(), Sort.NAME, 1, 100, cursor),
                    SearchAudience.STAFF);
            page.hits().forEach(h -> found.add(h.id()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        assertEquals(new java.util.HashSet<>(written), new java.util.HashSet<>(found), "every write is searchable");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
