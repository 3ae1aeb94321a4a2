using Extraction.Documents;
using Extraction.Learning;
using Extraction.Text;
using Extraction.Text.Segmentation;
using Extraction.Tests.Fuzz;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Segmentation;

public class WordSegmenterTests
{
    private static IReadOnlyList<string> Words(string sentence, WordSegmenter? segmenter = null) =>
        (segmenter ?? WordSegmenter.Default).SegmentToWords(sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Đảng bộ huyện đã kết nạp 175 đảng viên mới", "Đảng_bộ huyện đã kết_nạp 175 đảng_viên mới")]
    [InlineData("ĐẢNG BỘ HUYỆN ĐÃ KẾT NẠP 175 ĐẢNG VIÊN MỚI", "ĐẢNG_BỘ HUYỆN ĐÃ KẾT_NẠP 175 ĐẢNG_VIÊN MỚI")]
    [InlineData("Ông Nguyễn Ngọc Việt phát biểu", "Ông Nguyễn_Ngọc_Việt phát_biểu")]
    public void Segments_news_sentences(string input, string expected) =>
        string.Join(' ', Words(input)).Should().Be(expected);

    [Fact]
    public void Segment_writes_one_flag_per_syllable_and_the_first_begins_a_word()
    {
        const string text = "  Đảng bộ huyện   đã kết nạp ";
        TextSpan[] spans = [new(2, 4), new(7, 2), new(10, 5), new(18, 2), new(21, 3), new(25, 3)];
        var begins = new bool[spans.Length];
        WordSegmenter.Default.Segment(text, spans, begins);
        begins.Should().Equal(true, false, true, true, true, false);
        WordSegmenter.Default.Segment(text, [], []);
    }

    [Fact]
    public void Custom_lexicon_changes_the_result_and_leaves_the_original_alone()
    {
        const string sentence = "họ trồng bưởi da xanh ở Mỹ Đức";
        WordSegmenter custom = WordSegmenter.Default.WithLexicon(["bưởi da xanh", "Mỹ_Đức"]);

        Words(sentence, custom).Should().Contain("bưởi_da_xanh").And.Contain("Mỹ_Đức");
        Words(sentence).Should().NotContain("bưởi_da_xanh");
        Words("BƯỞI DA XANH", custom).Should().Equal("BƯỞI_DA_XANH");
        custom.UserWordCount.Should().Be(2);
        WordSegmenter.Default.UserWordCount.Should().Be(0);
    }

    [Fact]
    public void Segmentation_never_changes_the_syllables()
    {
        Gen<string> syllable = Gen.Elements("đảng", "bộ", "Huyện", "ủy", "175", ",", ".", "NGUYỄN", "hoà", "hòa", "x", "A5", "kết", "nạp", "-", "…", "viên")
            .Or(ArbMap.Default.GeneratorFor<NonWhiteSpaceString>().Select(s => s.Get.Replace("_", string.Empty)).Where(s => s.Length > 0));
        Prop.ForAll(
            Gen.ListOf(syllable).Select(list => list.ToArray()).ToArbitrary(),
            (string[] syllables) =>
            {
                IReadOnlyList<string> words = WordSegmenter.Default.SegmentToWords(syllables);
                return words.SelectMany(w => w.Split('_')).SequenceEqual(syllables);
            }).CheckReproducibly();
    }

    [Fact]
    public void One_instance_gives_the_same_results_from_many_threads()
    {
        string[][] sentences = Enumerable.Range(0, 200)
            .Select(i => $"Đảng bộ huyện {i} đã kết nạp {i * 7} đảng viên mới , ông Nguyễn Văn {(char)('A' + (i % 26))} nói".Split(' '))
            .Concat([Enumerable.Repeat("đảng viên", 200).SelectMany(s => s.Split(' ')).ToArray()]) // longer than the stack buffers
            .ToArray();
        WordSegmenter segmenter = WordSegmenter.Default.WithLexicon(["huyện đã"]);
        string[] expected = sentences.Select(s => string.Join(' ', segmenter.SegmentToWords(s))).ToArray();
        string[][] actual = new string[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
            actual[t] = sentences.Select(s => string.Join(' ', segmenter.SegmentToWords(s))).ToArray());
        actual.Should().OnlyContain(run => run.SequenceEqual(expected));
    }

    [Fact]
    public void Default_model_round_trips_and_refuses_a_wrong_header()
    {
        var stream = new MemoryStream();
        WordSegmenter.Default.Save(stream);
        byte[] bytes = stream.ToArray();
        WordSegmenter copy = WordSegmenter.Load(new MemoryStream(bytes));
        copy.Header.Should().Be(WordSegmenter.Default.Header);
        string.Join(' ', Words("Đảng bộ huyện đã kết nạp", copy)).Should().Be("Đảng_bộ huyện đã kết_nạp");

        var wrong = new MemoryStream();
        ModelFile.Write(wrong, WordSegmenter.Default.Header with { FeatureSetVersion = 999 }, _ => { });
        FluentActions.Invoking(() => WordSegmenter.Load(new MemoryStream(wrong.ToArray())))
            .Should().Throw<InvalidDataException>().WithMessage("*v999*");

        var relabelled = new MemoryStream();
        ModelFile.Write(relabelled, WordSegmenter.Default.Header with { Labels = ["B", "M", "E", "S"] }, _ => { });
        FluentActions.Invoking(() => WordSegmenter.Load(new MemoryStream(relabelled.ToArray()))).Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("Hoà")]
    [InlineData("THUỶ")]
    [InlineData("khoẻ")]
    [InlineData("Ðảng")]
    [InlineData("TP.HCM")]
    [InlineData("quý")]
    [InlineData("giữ")]
    [InlineData("naïve")]
    [InlineData("Phnom")]
    [InlineData("10-3")]
    public void Fast_keys_equal_the_orthography_keys(string token)
    {
        SyllableKeys.Key(token).Should().Be(VietnameseOrthography.Key(token));
        SyllableKeys.Hash(token).Should().Be(FeatureHash.Of(VietnameseOrthography.Key(token)));
    }

    [Fact]
    public void Fast_keys_equal_the_orthography_keys_on_arbitrary_strings()
    {
        const string alphabet = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝĐđÐqgnhctpmkx0. -\u0301\u0300";
        Prop.ForAll(
            Gen.Elements(alphabet.ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary(),
            (string token) => SyllableKeys.Hash(token) == FeatureHash.Of(VietnameseOrthography.Key(token)))
            .CheckReproducibly();
    }

    [SharedDataFact]
    public void Fast_keys_equal_the_orthography_keys_on_every_training_syllable()
    {
        string[] syllables = File.ReadAllText(SharedData.VtbRaw("train")).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        syllables.Where(s => SyllableKeys.Key(s) != VietnameseOrthography.Key(s)).Should().BeEmpty();
    }

    [SharedDataFact]
    public void Default_model_scores_well_on_dev()
    {
        SegmentationScore score = SegmenterTrainer.Evaluate(WordSegmenter.Default, SegmenterTrainer.ReadSegmentedFile(SharedData.VtbSeg("dev")));
        score.F1.Should().BeGreaterThan(0.97);
    }

    [Fact]
    public void Whitespace_syllables_are_the_runs_between_any_whitespace_however_many()
    {
        const string line = "  Đảng\tbộ  xã\u00A0A ";
        WhitespaceSyllables.Split(line).Select(span => line[span.Start..span.End]).Should().Equal("Đảng", "bộ", "xã", "A");

        string longLine = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"s{i}"));
        var spans = new TextSpan[1];
        WhitespaceSyllables.Split(longLine, ref spans).Should().Be(40);
        longLine[spans[39].Start..spans[39].End].Should().Be("s39");
    }

    private static int ScoreDifferences(string sentence) =>
        WordSegmenter.Default.Model.CountScoreDifferences(sentence, WhitespaceSyllables.Split(sentence));

    [Fact]
    public void Tabled_scores_equal_the_feature_by_feature_scores_bit_for_bit()
    {
        // Names, capitals, numbers, punctuation, lexicon words of every length, sentence-initial words, countries.
        ScoreDifferences("Ông Nguyễn Ngọc Việt , Phó Bí thư Tỉnh ủy , Chủ tịch UBND tỉnh Nghệ An đã trao 175 Huy hiệu 30 năm tuổi Đảng cho các đảng viên .").Should().Be(0);
        ScoreDifferences("Tuy nhiên HỘI ĐỒNG NHÂN DÂN thành phố Hồ Chí Minh và Trung Quốc , Hoa Kỳ , Samsung , A5 10-3 TP.HCM … naïve").Should().Be(0);
        Gen<string> syllable = Gen.Elements(
            "đảng", "bộ", "Huyện", "ủy", "175", ",", ".", "NGUYỄN", "Nguyễn", "Văn", "Thị", "hoà", "hòa", "x", "A5", "kết", "nạp", "-",
            "…", "viên", "Việt", "Nam", "Hà", "Nội", "Trung", "Quốc", "Tuy", "nhiên", "TP", "ủy", "ban", "nhân", "dân", "Google", "2024");
        Prop.ForAll(
            Gen.ListOf(syllable).Select(list => string.Join(' ', list)).ToArbitrary(),
            (string sentence) => ScoreDifferences(sentence) == 0)
            .CheckReproducibly();
    }

    [SharedDataFact]
    public void Tabled_scores_equal_the_feature_by_feature_scores_on_every_vtb_sentence()
    {
        foreach (string split in new[] { "train", "dev", "test" })
        {
            File.ReadLines(SharedData.VtbRaw(split)).Sum(ScoreDifferences).Should().Be(0, split);
        }
    }
}
