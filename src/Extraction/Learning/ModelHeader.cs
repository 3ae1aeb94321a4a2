namespace Extraction.Learning;

/// <summary>
/// What a model file says about itself. A model is only meaningful with the feature extractor
/// that trained it, so loaders check <see cref="FeatureSetId"/>, <see cref="FeatureSetVersion"/>
/// and <see cref="Labels"/> against the code and refuse a mismatch.
/// </summary>
/// <param name="FeatureSetId">Names the feature extractor, e.g. <c>vi-word-segmenter</c>.</param>
/// <param name="FeatureSetVersion">Bumped whenever the extractor's features change meaning.</param>
/// <param name="TrainingDataHash">A hash of the training data (hex), for provenance and reproducibility checks.</param>
/// <param name="Labels">The label names, in the order of the model's label indices.</param>
public sealed record ModelHeader(string FeatureSetId, int FeatureSetVersion, string TrainingDataHash, IReadOnlyList<string> Labels)
{
    /// <summary>True when both headers have the same fields and the same labels in the same order.</summary>
    public bool Equals(ModelHeader? other) =>
        other is not null
        && FeatureSetId == other.FeatureSetId
        && FeatureSetVersion == other.FeatureSetVersion
        && TrainingDataHash == other.TrainingDataHash
        && Labels.SequenceEqual(other.Labels, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FeatureSetId, FeatureSetVersion, TrainingDataHash, Labels.Count);
}
