using System.CommandLine;
using System.Text;
using System.Text.Json;
using Extraction.Text;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>train gazetteer --data DIR --out FILE</c>: compiles the district → province table that the library ships
/// (<c>models/districts.tsv</c>) from the administrative-units data (63-province structure, in force until
/// 30 June 2025, which is what most archived articles name). Deterministic: rows sorted ordinally.
/// </summary>
internal static class TrainGazetteerCommand
{
    private static readonly string[] DistrictTypes = ["Thị xã", "Thành phố", "Quận", "Huyện"];
    private static readonly string[] ProvinceTypes = ["Thành phố", "Tỉnh"];

    public static Command Create()
    {
        var data = new Option<string>("--data") { Required = true, Description = "Folder with vn_units_2025-03_63provinces.json." };
        var output = new Option<string>("--out") { Required = true, Description = "The table to write (models/districts.tsv)." };
        var command = new Command("gazetteer", "Compile the district → province table from administrative-units data.") { data, output };
        command.SetAction(parse =>
        {
            string source = Path.Combine(parse.GetValue(data)!, "vn_units_2025-03_63provinces.json");
            if (!File.Exists(source))
            {
                Console.Error.WriteLine($"No {source}.");
                return 1;
            }

            var rows = new SortedSet<string>(StringComparer.Ordinal);
            using (var json = JsonDocument.Parse(File.ReadAllBytes(source)))
            {
                foreach (var province in json.RootElement.EnumerateArray())
                {
                    string provinceName = Strip(province.GetProperty("FullName").GetString()!, ProvinceTypes, out _);
                    foreach (var district in province.GetProperty("District").EnumerateArray())
                    {
                        string name = Strip(district.GetProperty("FullName").GetString()!, DistrictTypes, out string level);
                        rows.Add($"{level.ToLowerInvariant()}\t{VietnameseOrthography.Key(name)}\t{provinceName}");
                    }
                }
            }

            var text = new StringBuilder();
            text.Append("# district → province; from vietnamese-provinces-database (MIT, Thang Le Quoc), 63-province structure\n");
            foreach (string row in rows)
            {
                text.Append(row).Append('\n');
            }

            File.WriteAllText(parse.GetValue(output)!, text.ToString(), new UTF8Encoding(false));
            Console.WriteLine($"wrote {rows.Count} districts to {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }

    private static string Strip(string fullName, string[] types, out string type)
    {
        foreach (string candidate in types)
        {
            if (fullName.StartsWith(candidate + " ", StringComparison.Ordinal))
            {
                type = candidate;
                return fullName[(candidate.Length + 1)..];
            }
        }

        type = "";
        return fullName;
    }
}
