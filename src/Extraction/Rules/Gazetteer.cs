using Extraction.Text;

namespace Extraction.Rules;

/// <summary>
/// Which province a district (huyện, quận, thị xã, thành phố thuộc tỉnh) belongs to, from the compiled table
/// <c>models/districts.tsv</c> (built by <c>train gazetteer</c> from MIT-licensed administrative-units data; see
/// <c>models/districts.md</c>). Names shared by districts of several provinces (Châu Thành) give no answer.
/// </summary>
internal sealed class Gazetteer
{
    private const string Resource = "Extraction.Models.districts.tsv";

    private static readonly Lazy<Gazetteer> Shipped = new(Load);

    private readonly Dictionary<string, string?> _provinceOf;

    private Gazetteer(Dictionary<string, string?> provinceOf) => _provinceOf = provinceOf;

    /// <summary>The table shipped in the library.</summary>
    public static Gazetteer Default => Shipped.Value;

    /// <summary>The province of the district <paramref name="name"/> at <paramref name="level"/>, when exactly one exists.</summary>
    public string? ProvinceOf(string level, string name) =>
        _provinceOf.TryGetValue($"{VietnameseOrthography.Key(level)}\t{VietnameseOrthography.Key(name)}", out string? province) ? province : null;

    /// <summary>True when a district named <paramref name="name"/> exists at <paramref name="level"/>, in one province or several.</summary>
    public bool Contains(string level, string name) =>
        _provinceOf.ContainsKey($"{VietnameseOrthography.Key(level)}\t{VietnameseOrthography.Key(name)}");

    /// <summary>True when a district of any level (huyện, quận, thị xã, thành phố thuộc tỉnh) is named <paramref name="name"/>.</summary>
    public bool IsDistrict(string name) =>
        Contains("huyện", name) || Contains("quận", name) || Contains("thị xã", name) || Contains("thành phố", name);

    private static Gazetteer Load()
    {
        var provinceOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return new Gazetteer(provinceOf);
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is string line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [string level, string key, string province])
            {
                continue;
            }

            string entry = $"{level}\t{key}";
            // A name two provinces share answers nothing.
            provinceOf[entry] = provinceOf.TryGetValue(entry, out string? existing) && existing != province ? null : province;
        }

        return new Gazetteer(provinceOf);
    }
}
