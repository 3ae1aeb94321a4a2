using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Html;

namespace Extraction.Tests.Package;

/// <summary>
/// The library needs no initialisation and never writes to the console. Console output is
/// process-wide, so this runs alone, after the tests that may run in parallel.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleSilenceTests
{
    private static string Seeds => Path.Combine(TestPaths.RepositoryRoot, "corpus", "seeds");

    [Fact]
    public void The_library_writes_nothing_to_the_console_and_needs_no_initialisation()
    {
        var outWriter = new StringWriter();
        var errorWriter = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        try
        {
            Console.SetOut(outWriter);
            Console.SetError(errorWriter);
            var fresh = new ArticleExtractor(ExtractionOptions.Default with { MaxDocumentBytes = 5_000_000 });
            foreach (string file in Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal))
            {
                var article = fresh.Extract(File.ReadAllBytes(file), new Source(file, null, null));
                _ = article.Explain();
                _ = RecordJson.Serialize(article);
                _ = FactTable.From(article).ToCsv();
            }

            foreach (string page in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "corpus", "html"), "*.html").Order(StringComparer.Ordinal))
            {
                fresh.TryExtract(DocumentInput.FromFile(page));
            }

            fresh.TryExtract(DocumentInput.FromBytes(new byte[] { 0, 0, 1 })).Succeeded.Should().BeFalse();
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }

        outWriter.ToString().Should().BeEmpty();
        errorWriter.ToString().Should().BeEmpty();
    }
}

/// <summary>Tests that redirect <see cref="Console"/>: never in parallel with anything else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
