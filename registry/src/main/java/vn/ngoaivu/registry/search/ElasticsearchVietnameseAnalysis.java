package vn.ngoaivu.registry.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** {@link VietnameseAnalysis} on Elasticsearch and OpenSearch, with their built-in filters. */
final class ElasticsearchVietnameseAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String EDGE = "vi_edge";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(VietnameseAnalysis.FOLDED).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(VietnameseAnalysis.EXACT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase");
        context.tokenFilter(EDGE).type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", VietnameseAnalysis.MAX_GRAM);
        context.analyzer(VietnameseAnalysis.PREFIX).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", EDGE);
        context.normalizer(VietnameseAnalysis.KEYWORD).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
