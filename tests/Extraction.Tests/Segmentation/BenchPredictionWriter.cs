using Extraction.Cli.Commands;
using Extraction.Text.Segmentation;

namespace Extraction.Tests.Segmentation;

/// <summary>
/// Opt-in helper that writes the default model's segmentation of the UD-VTB dev and test raw
/// files, for scoring with <c>../shared/bench/score_segmentation.py</c>:
/// <code>
/// VNX_SEG_PRED_DIR=/tmp/seg dotnet test tests/Extraction.Tests --filter FullyQualifiedName~BenchPredictionWriter
/// python3 ../shared/bench/score_segmentation.py ../shared/data/ud-vi-vtb/seg/vi_vtb-ud-test.seg.txt /tmp/seg/vi_vtb-ud-test.pred.txt
/// </code>
/// </summary>
public class BenchPredictionWriter
{
    [EnvironmentFact("VNX_SEG_PRED_DIR")]
    public void Writes_dev_and_test_predictions()
    {
        string outDir = Environment.GetEnvironmentVariable("VNX_SEG_PRED_DIR")!;
        Directory.CreateDirectory(outDir);
        foreach (string split in new[] { "dev", "test" })
        {
            string output = Path.Combine(outDir, $"vi_vtb-ud-{split}.pred.txt");
            SegmentCommand.SegmentFile(WordSegmenter.Default, SharedData.VtbRaw(split), output);
            File.ReadLines(output).Count().Should().Be(File.ReadLines(SharedData.VtbRaw(split)).Count());
        }
    }
}
