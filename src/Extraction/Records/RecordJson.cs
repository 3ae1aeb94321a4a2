using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Records;

/// <summary>
/// The JSON wire form of the records (camelCase names, enums as the strings of
/// <c>docs/records.md</c>, dates as <c>yyyy-MM-dd</c>, absent fields omitted, Vietnamese
/// kept readable rather than \u-escaped).
/// </summary>
public static class RecordJson
{
    private static readonly RecordJsonContext Context = new(CreateOptions());

    /// <summary>Serializer options for the records; read-only.</summary>
    public static JsonSerializerOptions Options => Context.Options;

    /// <summary>One article as a single line of JSON.</summary>
    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Context.Article);

    /// <summary>Reads an article written by <see cref="Serialize"/> (or a gold file of the same shape).</summary>
    public static Article? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Article);

    /// <summary>Writes one article as JSON to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Article article) => JsonSerializer.Serialize(writer, article, Context.Article);

    private static JsonSerializerOptions CreateOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Relaxed escaping keeps Vietnamese letters as they are in the output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new JsonStringEnumConverter<AdmissionStatus>(),
            new JsonStringEnumConverter<DisciplineSubject>(),
            new JsonStringEnumConverter<AwardKind>(),
            new JsonStringEnumConverter<AwardStatus>(),
            new JsonStringEnumConverter<RecipientKind>(),
        },
    };
}

[JsonSerializable(typeof(Article))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
