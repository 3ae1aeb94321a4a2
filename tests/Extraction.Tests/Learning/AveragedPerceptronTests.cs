using Extraction.Learning;

namespace Extraction.Tests.Learning;

public class AveragedPerceptronTests
{
    // Three classes; each example has a class-specific feature, a shared bias and noise features.
    private static List<(ulong[] Features, int Label)> ToyProblem()
    {
        var examples = new List<(ulong[], int)>();
        for (int i = 0; i < 300; i++)
        {
            int label = i % 3;
            examples.Add(([FeatureHash.Of("bias"), FeatureHash.Of($"class{label}"), FeatureHash.Of($"noise{i % 7}")], label));
        }

        return examples;
    }

    [Fact]
    public void Learns_a_separable_problem()
    {
        List<(ulong[] Features, int Label)> examples = ToyProblem();
        PerceptronModel model = AveragedPerceptronTrainer.Train(examples, labelCount: 3, epochs: 5, seed: 42);

        examples.Should().OnlyContain(e => model.Predict(e.Features) == e.Label);
        model.LabelCount.Should().Be(3);
        model.WeightsOf(FeatureHash.Of("never seen")).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Training_is_deterministic_given_the_seed()
    {
        byte[] first = Bytes(AveragedPerceptronTrainer.Train(ToyProblem(), 3, 5, seed: 7));
        byte[] second = Bytes(AveragedPerceptronTrainer.Train(ToyProblem(), 3, 5, seed: 7));
        second.Should().Equal(first);
    }

    [Fact]
    public void Score_overwrites_the_buffer_and_round_trips()
    {
        PerceptronModel model = AveragedPerceptronTrainer.Train(ToyProblem(), 3, 3, seed: 1);
        PerceptronModel copy = PerceptronModel.ReadFrom(new BinaryReader(new MemoryStream(Bytes(model))));
        ulong[] features = [FeatureHash.Of("bias"), FeatureHash.Of("class2")];
        Span<float> a = [100f, 100f, 100f];
        Span<float> b = stackalloc float[3];
        model.Score(features, a);
        copy.Score(features, b);
        a.ToArray().Should().Equal(b.ToArray());
        PerceptronModel.ArgMax(a).Should().Be(2);
        copy.FeatureCount.Should().Be(model.FeatureCount);
    }

    [Fact]
    public void Pruning_drops_small_weights()
    {
        PerceptronModel all = AveragedPerceptronTrainer.Train(ToyProblem(), 3, 5, seed: 3);
        PerceptronModel pruned = AveragedPerceptronTrainer.Train(ToyProblem(), 3, 5, seed: 3, pruneBelow: 0.5f);
        pruned.FeatureCount.Should().BeLessThan(all.FeatureCount);
    }

    [Fact]
    public void Average_of_seeds_is_a_model_that_still_separates()
    {
        List<(ulong[] Features, int Label)> examples = ToyProblem();
        PerceptronModel a = AveragedPerceptronTrainer.Train(examples, 3, 3, seed: 1);
        PerceptronModel b = AveragedPerceptronTrainer.Train(examples, 3, 3, seed: 2);
        PerceptronModel mean = PerceptronModel.Average([a, b]);

        examples.Should().OnlyContain(e => mean.Predict(e.Features) == e.Label);
        ulong feature = FeatureHash.Of("class1");
        mean.WeightsOf(feature)[1].Should().BeApproximately((a.WeightsOf(feature)[1] + b.WeightsOf(feature)[1]) / 2, 1e-5f);
        Bytes(PerceptronModel.Average([a, b])).Should().Equal(Bytes(mean));
    }

    [Fact]
    public void Update_reports_mistakes()
    {
        var trainer = new AveragedPerceptronTrainer(2);
        ulong[] features = [1, 2];
        trainer.Update(features, gold: 1, predicted: 0).Should().BeTrue();
        trainer.Update(features, gold: 1, predicted: 1).Should().BeFalse();
        Span<float> scores = stackalloc float[2];
        trainer.Score(features, scores);
        scores[1].Should().BeGreaterThan(scores[0]);
        trainer.Build().Predict(features).Should().Be(1);
    }

    private static byte[] Bytes(PerceptronModel model)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.WriteTo(writer);
        }

        return stream.ToArray();
    }
}
