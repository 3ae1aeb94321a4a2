using System.Text.Json.Serialization;

namespace Extraction.Records;

/// <summary>Whether admissions were done, planned or only put forward.</summary>
public enum AdmissionStatus
{
    /// <summary>Reported as done (đã kết nạp).</summary>
    [JsonStringEnumMemberName("achieved")] Achieved,

    /// <summary>A plan or goal (phấn đấu, chỉ tiêu, kết nạp … trở lên).</summary>
    [JsonStringEnumMemberName("target")] Target,

    /// <summary>Put forward for approval, not yet admitted (đề nghị kết nạp).</summary>
    [JsonStringEnumMemberName("proposed")] Proposed,
}

/// <summary>
/// New party members admitted (kết nạp đảng viên mới): <c>kết nạp 175 đảng viên mới</c> → 175.
/// </summary>
public sealed record Admission
{
    /// <summary>How many people were admitted (or are to be).</summary>
    public required int Count { get; init; }

    /// <summary>Done, planned or proposed.</summary>
    public required AdmissionStatus Status { get; init; }

    /// <summary>The target stated beside the count (<c>6/5</c> → 5).</summary>
    public int? Target { get; init; }

    /// <summary>Percent of target as written (<c>đạt 120%</c> → 120).</summary>
    public decimal? PercentOfTarget { get; init; }

    /// <summary>The admitting organisation named in the sentence, else the article's subject.</summary>
    public string? Organization { get; init; }

    /// <summary>The year the admissions belong to.</summary>
    public int? Year { get; init; }

    /// <summary>The sentence this was read from.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Admission {Count} ({Status}{(Target is int t ? $", target {t}" : "")}{(PercentOfTarget is decimal p ? $", {p}%" : "")}){(Organization is null ? "" : $" by {Organization}")}{(Year is int y ? $" in {y}" : "")}";
}
