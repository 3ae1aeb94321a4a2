using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Extraction.Tests.Fuzz;

/// <summary>
/// How the property tests draw their cases. A test run must be reproducible, so by default every property starts
/// from one fixed seed and draws the same cases each time; exploring is a separate, deliberate act:
/// <c>PROPERTY_SEED=random dotnet test</c> draws fresh cases (and prints the seed of any failure), and
/// <c>PROPERTY_SEED=seed,gamma</c> replays one. Each failure found that way becomes a named test of its own
/// (see <see cref="UnicodeTotalityTests"/>), and the seeded harness (<c>vnfuzz</c>, <c>scripts/fuzz.py</c>) explores at scale.
/// </summary>
internal static class PropertyRuns
{
    private const ulong FixedSeed = 20261203;

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> cases, throwing on the first that fails.</summary>
    internal static void CheckReproducibly(this Property property, int cases = 100) => property.Check(Settings(cases));

    private static Config Settings(int cases)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases);
        string? seed = Environment.GetEnvironmentVariable("PROPERTY_SEED");
        if (string.Equals(seed, "random", StringComparison.OrdinalIgnoreCase))
        {
            return config;
        }

        var rnd = seed?.Split(',') is [var s, var g] ? new Rnd(ulong.Parse(s.Trim()), ulong.Parse(g.Trim())) : new Rnd(FixedSeed);
        return config.WithReplay(FSharpOption<Replay>.Some(new Replay(rnd, FSharpOption<int>.None)));
    }
}
