using System.Text.Json.Serialization;

namespace Extraction.Records;

/// <summary>The kind of honour.</summary>
public enum AwardKind
{
    /// <summary>Party membership badge (Huy hiệu Đảng).</summary>
    [JsonStringEnumMemberName("partyBadge")] PartyBadge,

    /// <summary>Commemorative medal (Kỷ niệm chương).</summary>
    [JsonStringEnumMemberName("commemorativeMedal")] CommemorativeMedal,

    /// <summary>Certificate of merit (Bằng khen).</summary>
    [JsonStringEnumMemberName("certificateOfMerit")] CertificateOfMerit,

    /// <summary>Certificate of commendation (Giấy khen).</summary>
    [JsonStringEnumMemberName("certificateOfCommendation")] CertificateOfCommendation,

    /// <summary>A commendation with no named form (khen thưởng).</summary>
    [JsonStringEnumMemberName("commendation")] Commendation,

    /// <summary>Emulation flag (Cờ thi đua).</summary>
    [JsonStringEnumMemberName("emulationFlag")] EmulationFlag,

    /// <summary>Order (Huân chương).</summary>
    [JsonStringEnumMemberName("order")] Order,

    /// <summary>Medal (Huy chương).</summary>
    [JsonStringEnumMemberName("medal")] Medal,
}

/// <summary>Given, or only put forward.</summary>
public enum AwardStatus
{
    /// <summary>Given (trao, tặng, khen thưởng).</summary>
    [JsonStringEnumMemberName("awarded")] Awarded,

    /// <summary>Put forward (đề nghị, xét đề nghị tặng).</summary>
    [JsonStringEnumMemberName("proposed")] Proposed,
}

/// <summary>What kind of recipient an award went to.</summary>
public enum RecipientKind
{
    /// <summary>A collective (tập thể).</summary>
    [JsonStringEnumMemberName("collective")] Collective,

    /// <summary>An individual (cá nhân).</summary>
    [JsonStringEnumMemberName("individual")] Individual,

    /// <summary>A party organisation (tổ chức đảng, tổ chức cơ sở đảng, chi bộ).</summary>
    [JsonStringEnumMemberName("partyOrganization")] PartyOrganization,

    /// <summary>A party member (đảng viên).</summary>
    [JsonStringEnumMemberName("partyMember")] PartyMember,
}

/// <summary>A counted group of recipients: <c>10 cá nhân</c> → individual, 10.</summary>
/// <param name="Kind">What the recipients are.</param>
/// <param name="Count">How many; null when the kind is named without its own number (<c>cho 68 tập thể, cá nhân</c>, <c>cho các đơn vị</c>).</param>
public sealed record AwardRecipients(RecipientKind Kind, int? Count);

/// <summary>
/// An honour given or proposed (khen thưởng): Huy hiệu Đảng, Kỷ niệm chương, Bằng khen,
/// Giấy khen …, with its recipients.
/// </summary>
public sealed record Award
{
    /// <summary>The kind of honour; serialised as <c>award</c>.</summary>
    [JsonPropertyName("award")]
    public required AwardKind Kind { get; init; }

    /// <summary>What qualifies it, as written: <c>30 năm tuổi Đảng</c>.</summary>
    public string? Detail { get; init; }

    /// <summary>Counted recipients; empty when none is counted.</summary>
    public IReadOnlyList<AwardRecipients> Recipients { get; init; } = [];

    /// <summary>A named single recipient (person or body).</summary>
    public string? RecipientName { get; init; }

    /// <summary>Who gives it, if named: <c>UBKT Trung ương</c>.</summary>
    public string? Grantor { get; init; }

    /// <summary>Given or proposed.</summary>
    public required AwardStatus Status { get; init; }

    /// <summary>The sentence this was read from.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Award {Kind} ({Status}) to {(Recipients.Count > 0 ? string.Join(" and ", Recipients.Select(r => $"{r.Count} {r.Kind}")) : RecipientName ?? "?")}{(Grantor is null ? "" : $" from {Grantor}")}";
}
