using Extraction.Cli.Sources;
using Extraction.Pipeline;
using Extraction.Records;

namespace Extraction.Cli.Batch;

/// <summary>What a batch does to each document.</summary>
internal enum DocumentWork
{
    /// <summary>The whole pipeline: the article and its records (<c>extract</c>).</summary>
    Extract,

    /// <summary>The first stage alone: text, title, date and byline (<c>clean</c>).</summary>
    Clean,
}

/// <summary>Names of <see cref="DocumentWork"/>.</summary>
internal static class DocumentWorks
{
    /// <summary>The command that does this work: <c>extract</c> or <c>clean</c>.</summary>
    public static string Verb(this DocumentWork work) => work == DocumentWork.Clean ? "clean" : "extract";

    /// <summary>What a document that did not fail became, in the run's summary: <c>records</c> or <c>cleaned</c>.</summary>
    public static string Done(this DocumentWork work) => work == DocumentWork.Clean ? "cleaned" : "records";
}

/// <summary>Turns one read document into its outcome, within the per-document time limit. Never throws.</summary>
internal sealed class DocumentProcessor(ArticleExtractor extractor, TimeSpan? timeout, DocumentWork work = DocumentWork.Extract)
{
    /// <param name="sequence">The document's ordinal.</param>
    /// <param name="document">The document read.</param>
    /// <param name="json">Serialise the article's JSON line here, on the worker (for a JSON Lines sink).</param>
    public Outcome Process(long sequence, SourceDocument document, bool json = true)
    {
        try
        {
            return ProcessCore(sequence, document, json);
        }
        finally
        {
            document.Release();
        }
    }

    private Outcome ProcessCore(long sequence, SourceDocument document, bool json)
    {
        var source = new Source(document.Path, document.Url, document.Sha256);
        if (document.Fault is { } fault)
        {
            return Outcome.Error(sequence, source, fault.Kind, fault.Message);
        }

        using var limit = timeout is { } t ? new CancellationTokenSource(t) : null;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var token = limit?.Token ?? CancellationToken.None;
            if (work == DocumentWork.Clean)
            {
                var cleaned = extractor.Clean(document.Bytes.Span, source, document.ContentType, token);
                return Late(started) ? TimedOut(sequence, source) : Outcome.Cleaned(sequence, source, CleanedJson.ToUtf8(source, cleaned));
            }

            var article = extractor.Extract(document.Bytes.Span, source, document.ContentType, token);
            return Late(started) ? TimedOut(sequence, source) : Outcome.Success(sequence, article, json);
        }
        catch (OperationCanceledException) when (limit is not null && limit.IsCancellationRequested)
        {
            return TimedOut(sequence, source);
        }
        catch (ExtractionException e)
        {
            return Outcome.Error(sequence, source, e.KindName, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug or an input the library did not expect: this document fails, the run goes on.
            return Outcome.Error(sequence, source, "failed", $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" "));
        }
    }

    /// <summary>
    /// A stage that does not look at the token still cannot make a late document count as done in time; nor can a
    /// cancellation timer that a busy thread pool has not yet run, so the clock decides.
    /// </summary>
    private bool Late(long started) => timeout is { } allowed && System.Diagnostics.Stopwatch.GetElapsedTime(started) > allowed;

    private Outcome TimedOut(long sequence, Source source) =>
        Outcome.Error(sequence, source, "timeout", $"The document took longer than the limit of {timeout!.Value.TotalSeconds:0.###} s.");
}
