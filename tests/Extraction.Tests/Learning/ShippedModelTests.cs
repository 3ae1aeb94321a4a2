using System.Security.Cryptography;
using Extraction.Learning;
using Extraction.Learning.Facts;
using Extraction.Tests.Segmentation;
using FluentAssertions;
using Xunit;

namespace Extraction.Tests.Learning;

/// <summary>
/// The models in the package are what the <c>train</c> verbs rebuild from the corpus and the variant sets today. The learned
/// models take the rule tables as features and train on what the rules propose, so a rule change can leave a shipped file
/// that nobody can rebuild; these tests catch that in CI (issue 11: "rebuilds it deterministically, byte for byte").
/// </summary>
public sealed class ShippedModelTests
{
    [SharedDataFact]
    public void The_shipped_officials_labeller_is_what_train_officials_rebuilds()
    {
        using var trained = new MemoryStream();
        OfficialsLabellerTrainer.Train(SharedData.Path("data", "vi-news-real"), trained, folds: 5, TextWriter.Null);

        using var shipped = new MemoryStream();
        OfficialsLabeller.Default!.Save(shipped);
        Sha256(trained).Should().Be(Sha256(shipped),
            "models/officials.bin must be retrained (vnextract train officials) after a change to the rules or tables it learns from");
    }

    [SharedDataFact]
    public void The_shipped_fact_classifier_is_what_train_facts_rebuilds()
    {
        using var trained = new MemoryStream();
        FactClassifierTrainer.Train(SharedData.Path("data", "vi-news-real"), Path.Combine(AppContext.BaseDirectory, "Variants"), trained);

        using var shipped = new MemoryStream();
        FactModel.Default!.Save(shipped);
        Sha256(trained).Should().Be(Sha256(shipped),
            "models/facts.bin must be retrained (vnextract train facts) after a change to the rules, the cases or the features");
    }

    private static string Sha256(MemoryStream stream) => Convert.ToHexString(SHA256.HashData(stream.ToArray())).ToLowerInvariant();
}
