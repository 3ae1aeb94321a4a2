namespace Extraction.Extractors;

/// <summary>
/// One stage of fact extraction. Extractors run in order over the same
/// <see cref="ExtractionContext"/>: the article-level ones (subject, period) first, so the
/// fact extractors can resolve <c>huyện</c> and default years. An extractor keeps no state
/// between documents, so one instance serves every thread.
/// </summary>
internal interface IExtractor
{
    /// <summary>A short stable name, recorded as provenance.</summary>
    string Name { get; }

    /// <summary>Reads the context's document and adds what it finds to the context.</summary>
    void Extract(ExtractionContext context);
}
