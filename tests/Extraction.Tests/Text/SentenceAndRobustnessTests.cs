using System.Diagnostics;
using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Tests.Text;

public sealed class SentenceAndRobustnessTests
{
    private static string[] Sentences(string paragraph)
    {
        var document = ArticleDocument.Analyze(new CleanedArticle([paragraph]));
        return document.Sentences.ToArray().Select(s => document.TextOf(s.Span)).ToArray();
    }

    [Theory]
    [InlineData("Th.S Nguyễn Văn An trình bày. PGS.TS. Lê Văn Bình góp ý.", 2)]
    [InlineData("Ông nói: “Phải làm ngay.” Sau đó hội nghị bế mạc.", 2)]
    [InlineData("Các xã đã cố gắng... nhưng vẫn còn khó khăn. Năm tới sẽ tốt hơn!", 2)]
    [InlineData("Xem tại https://huyenuy.vn/a.html. Liên hệ ban@huyenuy.vn.", 2)]
    [InlineData("Ngày 21/01/2021, huyện có 5.699 đảng viên, đạt 1,29%. Kết thúc./.", 2)]
    [InlineData("Ông Nguyễn V. An phát biểu. Bà Lê Thị Hoa kết luận.", 2)]
    public void Sentences_survive_vietnamese_news_punctuation(string paragraph, int count) =>
        Sentences(paragraph).Should().HaveCount(count);

    [Fact]
    public void A_closing_quote_stays_with_its_sentence() =>
        Sentences("Ông nói: “Phải làm ngay.” Sau đó hội nghị bế mạc.")[0].Should().EndWith("”");

    [Fact]
    public void The_document_carries_words_from_the_segmenter()
    {
        var document = ArticleDocument.Analyze(new CleanedArticle(["Đảng bộ huyện đã kết nạp 175 đảng viên mới."]));
        document.WordsOf(document.Sentences[0]).Select(w => document.TextOf(w))
            .Should().Equal("Đảng bộ", "huyện", "đã", "kết nạp", "175", "đảng viên", "mới", ".");
    }

    [Fact]
    public void Pathological_input_is_tokenized_in_bounded_time()
    {
        var clock = Stopwatch.StartNew();
        Tokenizer.Tokenize(new string('a', 20_000_000)).Should().ContainSingle();
        Tokenizer.Tokenize(new string('!', 1_000_000)).Should().HaveCount(1_000_000);
        Tokenizer.Tokenize(string.Concat(Enumerable.Repeat("\uD800x\u0001 中文 русский 🙂 ", 100_000)));
        Tokenizer.Tokenize(string.Concat(Enumerable.Repeat("1.", 1_000_000)));
        // A guard against super-linear scans, not a speed target (these take well under a second each).
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Tokenizing_from_many_threads_gives_what_one_thread_gives()
    {
        string text = string.Join(' ', Enumerable.Repeat("Năm 2020, Đảng bộ huyện đã kết nạp 175 đảng viên mới; Đ/c. Lê Văn An, TUV - Bí thư HU.", 200));
        var expected = Tokenizer.Tokenize(text);
        var results = new List<Token>[16];
        Parallel.For(0, results.Length, i => results[i] = Tokenizer.Tokenize(text));
        results.Should().OnlyContain(r => r.SequenceEqual(expected));
    }
}
