using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Learning;
using Extraction.Learning.Facts;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Text;

namespace Extraction.Tests.Learning;

/// <summary>
/// The learned fact classifier: it trains deterministically, learns to drop a look-alike the rules let
/// through while keeping true facts, gives confidences that are calibrated probabilities, stays out of
/// the way when learned models are switched off, and refuses a model file that is not its own.
/// </summary>
public sealed class FactClassifierTests
{
    private static readonly ExtractionOptions RulesOnly = ExtractionOptions.Default with { UseLearnedModels = false };
    private static readonly string[] Communes = ["Minh Tân", "Hòa Bình", "Quang Trung", "Tân Lập", "Đông Sơn", "Phú Xuân", "An Khánh", "Yên Lạc"];

    /// <summary>
    /// A commune's year: a true admission, then a training class for 'quần chúng ưu tú' whose count is
    /// no admission. Where the rules do not read the class as an admission themselves, one is added, as
    /// a rule that overreaches would: the classifier must learn to tell the two apart.
    /// </summary>
    private static Prepared Article(int i, int fold, bool classIsAdmission = false)
    {
        int admitted = 11 + (i * 7 % 40), trained = 50 + (i * 13 % 90);
        string commune = Communes[i % Communes.Length];
        string text = $"Năm 202{i % 5}, Đảng bộ xã {commune} đã kết nạp {admitted} đảng viên mới, đạt 110% chỉ tiêu.\n\n"
            + $"Đảng ủy xã mở lớp bồi dưỡng nhận thức về Đảng cho {trained} quần chúng ưu tú.\n\n"
            + "Công tác kiểm tra, giám sát được tăng cường.";
        var context = RunRules(text);
        if (!context.Admissions.Any(a => a.Count == trained))
        {
            var sentence = context.Document.Sentences.ToArray().First(s => context.Document.TextOf(s.Span).Contains("bồi dưỡng", StringComparison.Ordinal));
            context.Admissions.Add(new Admission { Count = trained, Status = AdmissionStatus.Achieved, Evidence = context.EvidenceOf(sentence), Confidence = 0.9 });
        }

        var gold = new JsonObject
        {
            ["admissions"] = classIsAdmission
                ? new JsonArray(new JsonObject { ["count"] = admitted, ["status"] = "achieved" }, new JsonObject { ["count"] = trained, ["status"] = "achieved" })
                : new JsonArray(new JsonObject { ["count"] = admitted, ["status"] = "achieved" }),
            ["disciplines"] = new JsonArray(),
            ["awards"] = new JsonArray(),
            ["officials"] = new JsonArray(),
        };
        return Prepared.Label(context, new TrainingText($"t{i:00}", text, gold, IsGold: true), fold);
    }

    private static ExtractionContext RunRules(string text)
    {
        var context = new ExtractionContext(ArticleDocument.Analyze(PlainTextCleaner.Clean(text)), RulesOnly, CancellationToken.None);
        foreach (var extractor in ArticlePipeline.Create(RulesOnly).Extractors)
        {
            extractor.Extract(context);
        }

        return context;
    }

    private static List<Prepared> TrainingSet() => Enumerable.Range(0, 30).Select(i => Article(i, i % FactClassifierTrainer.Folds)).ToList();

    private static byte[] Bytes(FactModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_on_the_same_candidates_writes_the_same_bytes()
    {
        var first = FactClassifierTrainer.Train(TrainingSet(), 5, 7, "data").Model;
        var second = FactClassifierTrainer.Train(TrainingSet(), 5, 7, "data").Model;
        Bytes(first).Should().Equal(Bytes(second));
        FactClassifierTrainer.Train(TrainingSet(), 5, 8, "data").Model.Header.Should().Be(first.Header, "the seed changes weights, not the header");
    }

    [Fact]
    public void Drops_a_look_alike_it_was_trained_to_drop_and_keeps_the_true_fact()
    {
        var (model, report) = FactClassifierTrainer.Train(TrainingSet(), 10, 3, "data");
        model.DropsFor(FactType.Admission).Should().BeTrue($"dropping the class counts wins in cross-validation:\n{report.Text}");

        var unseen = Article(97, 0); // numbers and commune not trained on
        var context = unseen.CopyContext(ExtractionOptions.Default);
        context.Admissions.Select(a => a.Count).Should().HaveCount(2, "the rules (or the stand-in overreaching rule) give both counts");
        new FactClassifier(model).Extract(context);

        var admission = context.Admissions.Should().ContainSingle().Subject;
        admission.Count.Should().Be(11 + (97 * 7 % 40), "the admission stays; the training class goes");
        admission.Confidence.Should().BeInRange(0.5, 1);
    }

    [Fact]
    public void Dropping_ships_only_where_it_wins_in_cross_validation()
    {
        // The same texts, but the gold counts the class as an admission too: every candidate is right, nothing to drop.
        var allRight = Enumerable.Range(0, 30).Select(i => Article(i, i % FactClassifierTrainer.Folds, classIsAdmission: true)).ToList();
        allRight.SelectMany(p => p.Keep).Should().OnlyContain(k => k != 0);
        var (model, report) = FactClassifierTrainer.Train(allRight, 10, 3, "data");
        foreach (var type in Enum.GetValues<FactType>())
        {
            model.DropsFor(type).Should().BeFalse($"no type can gain by dropping right candidates:\n{report.Text}");
            model.DropBelowFor(type).Should().Be(0);
        }

        var unseen = Article(97, 0, classIsAdmission: true);
        var context = unseen.CopyContext(ExtractionOptions.Default);
        new FactClassifier(model).Extract(context);
        context.Admissions.Should().HaveCount(unseen.Context.Admissions.Count, "the rules' records stand");
    }

    [Fact]
    public void Variant_files_of_mixed_kinds_name_the_kind_of_each_case()
    {
        string folder = Path.Combine(Path.GetTempPath(), "facts-variants-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "facts.mixed.json"), """
                [
                  { "id": "m-1", "kind": "awards", "text": "Chủ tịch nước trao Huân chương Lao động hạng Ba cho ông Lò Văn Tám.", "expected": [] },
                  { "id": "m-2", "kind": "disciplines", "text": "Huyện ủy Bản Mường kỷ luật khiển trách 2 đảng viên.", "expected": [] }
                ]
                """);
            File.WriteAllText(Path.Combine(folder, "notes.json"), "[]"); // neither a kind nor articles nor facts: not read
            var texts = FactClassifierTrainer.LoadVariants(folder);
            texts.Select(t => t.Id).Should().Equal("m-1", "m-2");
            texts[0].Expected.Select(p => p.Key).Should().Equal("awards");
            texts[1].Expected.Select(p => p.Key).Should().Equal("disciplines");

            File.WriteAllText(Path.Combine(folder, "facts.mixed.json"), """[{ "id": "m-3", "kind": "weather", "text": "Trời mưa.", "expected": [] }]""");
            FluentActions.Invoking(() => FactClassifierTrainer.LoadVariants(folder)).Should().Throw<InvalidDataException>().WithMessage("*weather*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Confidence_never_falls_as_the_score_rises_and_stays_a_probability()
    {
        var random = new DeterministicRandom(11);
        var points = Enumerable.Range(0, 400).Select(_ =>
        {
            float score = (random.Next(2000) - 1000) / 10f;
            return (score, random.Next(1000) < 500 + (int)(score * 4)); // right more often at higher scores, with noise
        }).ToList();
        var calibration = IsotonicCalibration.Fit(points);
        AssertMonotoneProbability(calibration);
        calibration.Probability(100).Should().BeGreaterThan(calibration.Probability(-100), "the data is right far more often at high scores");

        var shipped = FactModel.Default;
        shipped.Should().NotBeNull("models/facts.bin ships inside the library");
        foreach (var type in Enum.GetValues<FactType>())
        {
            AssertMonotoneProbability(shipped!.CalibrationFor(type));
        }

        var model = FactClassifierTrainer.Train(TrainingSet(), 10, 3, "data").Model;
        foreach (var prepared in TrainingSet().Take(5))
        {
            for (int i = 0; i < prepared.Candidates.Length; i++)
            {
                var type = prepared.Candidates[i].Type;
                model.Probability(type, prepared.Features[i]).Should().Be(model.CalibrationFor(type).Probability(model.Score(prepared.Features[i])));
            }
        }
    }

    [Fact]
    public void A_small_block_of_right_candidates_says_little_more_than_its_prior()
    {
        var three = Enumerable.Repeat((Score: 1f, Right: true), 3).ToList();
        IsotonicCalibration.Fit(three).Probability(1).Should().BeApproximately(0.8, 1e-6, "by default one right and one wrong are added");
        IsotonicCalibration.Fit(three, prior: 0.6, strength: 5).Probability(1).Should().BeApproximately((3 + 3) / 8.0, 1e-6);
        IsotonicCalibration.Fit([], prior: 0.7, strength: 5).Probability(0).Should().BeApproximately(0.7, 1e-6, "with no evidence the prior stands");

        var many = Enumerable.Repeat((Score: 1f, Right: true), 300).ToList();
        IsotonicCalibration.Fit(many, prior: 0.6, strength: 5).Probability(1).Should().BeGreaterThan(0.99, "enough evidence outweighs the prior");
    }

    [Fact]
    public void The_model_lowers_a_rules_confidence_but_never_raises_it()
    {
        FactModel.Confidence(0.99, 0.7).Should().Be(0.7, "evidence from the split the rules were written on cannot vouch for more than the rules claim");
        FactModel.Confidence(0.4, 0.9).Should().Be(0.4);

        // Trained where a third of the admissions are look-alikes: the look-alike's confidence falls below the rules', the true one's stays at most the rules'.
        var (model, _) = FactClassifierTrainer.Train(TrainingSet(), 10, 3, "data");
        var unseen = Article(98, 0);
        var rules = unseen.CopyContext(RulesOnly);
        var learned = unseen.CopyContext(ExtractionOptions.Default);
        new FactClassifier(model).Extract(learned);
        var kept = learned.Admissions.Should().ContainSingle().Subject;
        double rulesConfidence = rules.Admissions.Single(a => a.Count == kept.Count).Confidence;
        var candidates = new List<FactCandidate>();
        FactCandidate.Collect(rules, candidates);
        int index = candidates.FindIndex(c => c.Type == FactType.Admission && rules.Admissions[c.Index].Count == kept.Count);
        double probability = model.Probability(FactType.Admission, unseen.Features[index]);
        probability.Should().BeGreaterThan(rulesConfidence, "the true admissions were all right in training, more often than the rules claim");
        kept.Confidence.Should().Be(Math.Round(rulesConfidence, 3), "the cap holds the confidence at the rules'");
    }

    private static void AssertMonotoneProbability(IsotonicCalibration calibration)
    {
        double previous = 0;
        for (float score = -2000; score <= 2000; score += 0.5f)
        {
            double p = calibration.Probability(score);
            p.Should().BeInRange(0, 1);
            p.Should().BeGreaterThanOrEqualTo(previous, $"the confidence at {score.ToString(CultureInfo.InvariantCulture)} may not fall below the one before");
            previous = p;
        }

        calibration.Probability(float.NaN).Should().BeInRange(0, 1);
        calibration.Probability(float.PositiveInfinity).Should().BeInRange(0, 1);
    }

    [Fact]
    public void With_learned_models_off_the_records_are_exactly_the_rules()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Variants", "articles.heldout3.json"));
        string article = (string)JsonNode.Parse(text)!.AsArray()[0]!["text"]!;

        var rules = RunRules(article);
        string expected = Facts(new Article { Admissions = rules.Admissions, Disciplines = rules.Disciplines, Awards = rules.Awards, Officials = rules.Officials });
        string rulesOnly = Facts(new ArticleExtractor(RulesOnly).Extract(article));
        rulesOnly.Should().Be(expected);

        // Not vacuous: a model that drops look-alikes drops one with learned models on, and leaves it with them off.
        var model = FactClassifierTrainer.Train(TrainingSet(), 10, 3, "data").Model;
        var unseen = Article(96, 0);
        var off = unseen.CopyContext(RulesOnly);
        new FactClassifier(model).Extract(off);
        off.Admissions.Should().Equal(unseen.Context.Admissions);
        var on = unseen.CopyContext(ExtractionOptions.Default);
        new FactClassifier(model).Extract(on);
        on.Admissions.Should().HaveCount(unseen.Context.Admissions.Count - 1);
    }

    private static string Facts(Article article)
    {
        var json = JsonNode.Parse(RecordJson.Serialize(article))!.AsObject();
        return string.Join("\n", new[] { "admissions", "disciplines", "awards", "officials" }.Select(k => json[k]?.ToJsonString() ?? "[]"));
    }

    [Fact]
    public void The_embedded_model_loads_and_a_corrupted_header_is_refused()
    {
        var model = FactModel.Default!;
        model.Header.FeatureSetId.Should().Be(FactFeatures.FeatureSetId);
        model.Header.FeatureSetVersion.Should().Be(FactFeatures.FeatureSetVersion);
        model.Header.Labels.Should().Equal(FactModel.Labels);
        model.Header.TrainingDataHash.Should().MatchRegex("^[0-9a-f]{64}$");

        byte[] bytes = Bytes(model);
        FactModel.Load(new MemoryStream(bytes)).Header.Should().Be(model.Header);

        byte[] otherFeatures = Replace(bytes, FactFeatures.FeatureSetId, "fact-candidatez");
        FluentActions.Invoking(() => FactModel.Load(new MemoryStream(otherFeatures)))
            .Should().Throw<InvalidDataException>().WithMessage("*fact-candidatez*fact-candidates*");

        byte[] badMagic = (byte[])bytes.Clone();
        badMagic[0] = (byte)'X';
        FluentActions.Invoking(() => FactModel.Load(new MemoryStream(badMagic)))
            .Should().Throw<InvalidDataException>().WithMessage("Not a model file*");

        byte[] damaged = (byte[])bytes.Clone();
        damaged[^3] ^= 0xFF;
        FluentActions.Invoking(() => FactModel.Load(new MemoryStream(damaged)))
            .Should().Throw<InvalidDataException>().WithMessage("*damaged*");
    }

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        byte[] a = Encoding.UTF8.GetBytes(from), b = Encoding.UTF8.GetBytes(to);
        int at = bytes.AsSpan().IndexOf(a);
        at.Should().BeGreaterThan(0);
        var result = (byte[])bytes.Clone();
        b.CopyTo(result, at);
        return result;
    }
}
