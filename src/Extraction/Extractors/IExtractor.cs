using Extraction.Documents;

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

    /// <summary>
    /// Keys one of which a document must hold, in a sentence or its headline, for this extractor to find anything (the first
    /// syllables of the phrases every record of its starts from); the pipeline skips it over a document holding none. Null
    /// when it reads every document.
    /// </summary>
    TriggerKeys? RequiredKeys => null;

    /// <summary>Reads the context's document and adds what it finds to the context.</summary>
    void Extract(ExtractionContext context);
}
