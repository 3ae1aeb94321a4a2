using System.Text;
using Extraction.Cli.Commands;
using Extraction.Text.Segmentation;

namespace Extraction.Tests.Segmentation;

/// <summary>
/// The <c>segment</c> verb reads its input in blocks, not line by line: it must still cut lines exactly where
/// <see cref="File.ReadLines(string)"/> does and write what segmenting each line on its own gives.
/// </summary>
public class SegmentCommandTests
{
    /// <summary>What the verb promises: each line as File.ReadLines reads it, NFC, segmented on its own.</summary>
    private static string Expected(string path)
    {
        var output = new StringBuilder();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            var syllables = line.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            output.Append(string.Join(' ', syllables.Length == 0 ? [] : WordSegmenter.Default.SegmentToWords(syllables))).Append('\n');
        }

        return output.ToString();
    }

    private static string Segment(string content)
    {
        string input = Path.GetTempFileName(), output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, content, new UTF8Encoding(false));
            SegmentCommand.SegmentFile(WordSegmenter.Default, input, output);
            string actual = File.ReadAllText(output, Encoding.UTF8);
            actual.Should().Be(Expected(input));
            return actual;
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public void Lines_end_at_lf_crlf_and_cr_and_the_last_line_needs_no_break() =>
        Segment("Đảng bộ huyện đã kết nạp\r\nđảng viên mới\rÔng Nguyễn Ngọc Việt phát biểu\n\n  \nkết nạp đảng viên")
            .Should().Be("Đảng_bộ huyện đã kết_nạp\nđảng_viên mới\nÔng Nguyễn_Ngọc_Việt phát_biểu\n\n\nkết_nạp đảng_viên\n");

    [Fact]
    public void A_line_in_decomposed_form_is_segmented_as_its_nfc_form() =>
        Segment("Đảng bộ huyện đã kết nạp".Normalize(NormalizationForm.FormD) + "\n").Should().Be("Đảng_bộ huyện đã kết_nạp\n");

    [Fact]
    public void Lines_longer_than_the_read_block_and_breaks_across_blocks_are_cut_in_the_same_places()
    {
        // 64 KB blocks: a line of ~300 K characters, then many short lines whose CRLFs fall on every offset.
        var content = new StringBuilder();
        content.Append(string.Join(' ', Enumerable.Repeat("đảng viên mới", 25_000))).Append("\r\n");
        for (int i = 0; i < 20_000; i++)
        {
            content.Append("kết nạp ").Append(new string('a', i % 7)).Append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\r" : "\n");
        }

        Segment(content.ToString());
    }
}
