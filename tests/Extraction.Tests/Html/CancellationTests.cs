using Extraction.Html;
using Extraction.Pipeline;

namespace Extraction.Tests.Html;

/// <summary>A caller's time limit reaches into HTML cleaning, so a slow page cannot hold a batch worker.</summary>
public sealed class CancellationTests
{
    private static string BigPage() =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới.</p></div>", 20_000)) + "</body></html>";

    [Fact]
    public void A_cancelled_token_stops_cleaning()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        FluentActions.Invoking(() => HtmlCleaner.Default.Clean(BigPage(), null, cancelled.Token))
            .Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_pipeline_passes_its_token_to_the_cleaner()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        FluentActions.Invoking(() => ArticleExtractor.Default.Extract(System.Text.Encoding.UTF8.GetBytes(BigPage()), null, "text/html", cancelled.Token))
            .Should().Throw<OperationCanceledException>();
        ArticleExtractor.Default.Extract(System.Text.Encoding.UTF8.GetBytes(BigPage()), null, "text/html").Admissions.Should().NotBeEmpty();
    }
}
