namespace Extraction.Records;

/// <summary>
/// Where a fact was read (bằng chứng): the sentence as it stands in the cleaned text and
/// that sentence's character offsets in the cleaned text.
/// </summary>
/// <param name="Sentence">The sentence the fact came from.</param>
/// <param name="Start">Offset of the sentence's first character in the cleaned text.</param>
/// <param name="End">Offset one past the sentence's last character.</param>
public sealed record Evidence(string Sentence, int Start, int End)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End}) {Sentence}";
}
