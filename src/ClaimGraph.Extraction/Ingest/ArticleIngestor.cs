namespace ClaimGraph.Extraction.Ingest;

// ArticleIngestor lands here: it reads files, runs the extraction pipeline, writes each article as
// one store transaction and then calls every IIngestListener.ArticleCommitted.
