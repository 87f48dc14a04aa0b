package vn.ngoaivu.registry.search;

import java.nio.file.Path;

/** Expert search on the embedded default: a Lucene index on local disk. */
class LuceneExpertSearchIT extends ExpertSearchContract {

    @Override
    protected SearchSettings settings(Path dir) {
        return SearchSettings.lucene(dir.resolve("index"));
    }
}
