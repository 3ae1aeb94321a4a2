using Extraction.Cli.Commands;
using Extraction.Text.Segmentation;

namespace Extraction.Tests.Segmentation;

public class SegmenterTrainerTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Tiny =
    [
        ["Đảng_bộ", "huyện", "đã", "kết_nạp", "175", "đảng_viên", "mới", "."],
        ["Ông", "Nguyễn_Văn_An", "là", "đảng_viên", "."],
        ["Huyện_ủy", "Mỹ_Đức", "họp", "."],
        ["Chi_bộ", "kết_nạp", "đảng_viên", "mới", "."],
    ];

    private static readonly SegmenterLexicon TinyLexicon = new()
    {
        Words = ["đảng bộ", "kết nạp", "đảng viên", "chi bộ"],
        FamilyNames = ["nguyễn"],
        MiddleNames = ["văn"],
    };

    private static byte[] TrainBytes(IReadOnlyList<IReadOnlyList<string>> data, SegmenterLexicon lexicon)
    {
        var stream = new MemoryStream();
        SegmenterTrainer.Train(data, lexicon, new SegmenterTrainingOptions { Epochs = 3 }).Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_gives_byte_identical_models()
    {
        byte[] first = TrainBytes(Tiny, TinyLexicon);
        TrainBytes(Tiny, TinyLexicon).Should().Equal(first);
        WordSegmenter model = WordSegmenter.Load(new MemoryStream(first));
        model.SegmentToWords(["Đảng", "bộ", "huyện"]).Should().Equal("Đảng_bộ", "huyện");
    }

    [Fact]
    public void The_header_records_a_hash_of_the_training_data()
    {
        WordSegmenter a = SegmenterTrainer.Train(Tiny, TinyLexicon);
        WordSegmenter b = SegmenterTrainer.Train(Tiny.Take(3).ToList(), TinyLexicon);
        a.Header.TrainingDataHash.Should().HaveLength(64).And.NotBe(b.Header.TrainingDataHash);
        a.Header.Labels.Should().Equal("B", "I");
    }

    [SharedDataFact]
    public void Training_on_a_slice_of_VTB_is_deterministic_and_learns()
    {
        IReadOnlyList<IReadOnlyList<string>> slice = SegmenterTrainer.ReadSegmentedFile(SharedData.VtbSeg("train")).Take(300).ToList();
        SegmenterLexicon lexicon = SegmenterLexicon.LoadDirectory(SharedData.Lexicon);
        TrainBytes(slice, lexicon).Should().Equal(TrainBytes(slice, lexicon));

        IReadOnlyList<IReadOnlyList<string>> dev = SegmenterTrainer.ReadSegmentedFile(SharedData.VtbSeg("dev")).Take(200).ToList();
        SegmenterTrainer.Evaluate(SegmenterTrainer.Train(slice, lexicon), dev).F1.Should().BeGreaterThan(0.93);
    }

    [Fact]
    public void Train_command_writes_a_loadable_model()
    {
        string dir = Directory.CreateTempSubdirectory("seg-train-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "data", "seg"));
            File.WriteAllLines(Path.Combine(dir, "data", "seg", "tiny-train.seg.txt"), Tiny.Select(s => string.Join(' ', s)));
            File.WriteAllLines(Path.Combine(dir, "data", "seg", "tiny-dev.seg.txt"), Tiny.Select(s => string.Join(' ', s)));
            string model = Path.Combine(dir, "out", "seg.bin");

            int exit = TrainCommand.Create().Parse(["segmenter", "--data", Path.Combine(dir, "data"), "--out", model, "--epochs", "2"]).Invoke();

            exit.Should().Be(0);
            using FileStream stream = File.OpenRead(model);
            WordSegmenter.Load(stream).Header.FeatureSetId.Should().Be("vi-word-segmenter-bi");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
