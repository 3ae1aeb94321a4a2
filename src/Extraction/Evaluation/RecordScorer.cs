using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Extraction.Text;

namespace Extraction.Evaluation;

/// <summary>
/// Scores predicted articles against gold articles exactly as <c>score_records.py</c> does:
/// facts are paired one to one on a key (admission count; discipline subject, total and
/// forms; award kind with recipient counts or name; official name folded for case and
/// tone-mark placement), gold facts marked <c>optional</c> are never missed, and
/// titles are scored as positions of matched people. Works on JSON so that gold files
/// and predictions of any origin can be compared.
/// </summary>
public static class RecordScorer
{
    private static readonly string[] Kinds = ["admissions", "disciplines", "awards", "officials"];
    private static readonly string[] Metadata = ["title", "publishedAt", "author", "period"];
    private static readonly Dictionary<string, string[]> Attributes = new()
    {
        ["admissions"] = ["status", "target", "percentOfTarget", "year"],
        ["awards"] = ["status"],
    };

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>Scores the gold folder (one <c>NAME.json</c> per article) against a JSON Lines predictions file.</summary>
    public static ScoreReport Score(string goldDirectory, string predictionsPath, bool verbose = false)
    {
        var predictions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(predictionsPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = JsonNode.Parse(line)!.AsObject();
            string path = (string?)record["source"]?["path"] ?? (string?)record["id"] ?? "";
            predictions[Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1])] = record;
        }

        var gold = Directory.GetFiles(goldDirectory, "*.json")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (Id: Path.GetFileNameWithoutExtension(f), Article: JsonNode.Parse(File.ReadAllText(f))!.AsObject()));
        return Score(gold, predictions, verbose);
    }

    /// <summary>Scores gold articles (with their ids) against predictions keyed by the same ids.</summary>
    public static ScoreReport Score(IEnumerable<(string Id, JsonObject Article)> gold, IReadOnlyDictionary<string, JsonObject> predictions, bool verbose = false)
    {
        var totals = Kinds.ToDictionary(k => k, _ => new Counts());
        var titles = new Counts();
        var attributes = new SortedDictionary<string, (int Hit, int Total)>(StringComparer.Ordinal);
        var metadata = new Dictionary<string, (int Hit, int Total)>();
        var missing = new List<string>();
        var details = new StringBuilder();

        foreach (var (id, goldArticle) in gold)
        {
            if (!predictions.TryGetValue(id, out var predicted))
            {
                missing.Add(id);
                predicted = [];
            }

            foreach (string field in Metadata)
            {
                if (!goldArticle.ContainsKey(field))
                {
                    continue;
                }

                var g = goldArticle[field];
                var p = predicted[field];
                bool ok = g is JsonValue gv && gv.TryGetValue(out string? gs) || p is JsonValue pv && pv.TryGetValue(out string? _)
                    ? Fold(AsString(g)) == Fold(AsString(p))
                    : JsonEquals(g, p);
                var (hit, total) = metadata.GetValueOrDefault(field);
                metadata[field] = (hit + (ok ? 1 : 0), total + 1);
                if (verbose && !ok)
                {
                    details.AppendLine($"  {id} {field}: gold={g?.ToJsonString(Readable)} pred={p?.ToJsonString(Readable)}");
                }
            }

            foreach (string kind in Kinds)
            {
                var (pairs, missed, wrong) = Match(Facts(goldArticle, kind), Facts(predicted, kind), kind);
                totals[kind].Add(pairs.Count, wrong.Count, missed.Count);
                if (verbose)
                {
                    missed.ForEach(g => details.AppendLine($"  {id} missed {kind}: {g.ToJsonString(Readable)}"));
                    wrong.ForEach(p => details.AppendLine($"  {id} wrong  {kind}: {p.ToJsonString(Readable)}"));
                }

                foreach (var (g, p) in pairs)
                {
                    foreach (string attribute in Attributes.GetValueOrDefault(kind, []))
                    {
                        if (!g.ContainsKey(attribute))
                        {
                            continue;
                        }

                        string key = $"{kind}.{attribute}";
                        var (hit, total) = attributes.GetValueOrDefault(key);
                        attributes[key] = (hit + (JsonEquals(g[attribute], p[attribute]) ? 1 : 0), total + 1);
                    }

                    if (kind == "officials")
                    {
                        var gp = Positions(g);
                        var pp = Positions(p);
                        int hit = gp.Sum(kv => Math.Min(kv.Value, pp.GetValueOrDefault(kv.Key)));
                        titles.Add(hit, pp.Values.Sum() - hit, gp.Values.Sum() - hit);
                    }
                }
            }
        }

        return new ScoreReport(totals, titles, attributes, metadata, missing, details.ToString());
    }

    /// <summary>Case-folded NFC text whose tone marks are compared per syllable, not by placement.</summary>
    public static string? Fold(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var syllables = new List<string>();
        foreach (string syllable in UnicodeNormalization.Normalize(text, NormalizationForm.FormD).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var tones = syllable.Where(c => Tones.Contains(c)).OrderBy(c => c).ToArray();
            string bare = new(syllable.Where(c => !Tones.Contains(c)).ToArray());
            syllables.Add(UnicodeNormalization.Normalize(bare).ToLowerInvariant() + new string(tones));
        }

        return string.Join(' ', syllables);
    }

    /// <summary>
    /// For each predicted fact of <paramref name="kind"/>, whether the scorer pairs it with a gold fact
    /// (true, with that fact), counts it wrong (false), or ignores it for want of a key (null): the
    /// labels of the learned fact classifier.
    /// </summary>
    internal static (bool? Right, JsonObject? Gold)[] PairedPredictions(List<JsonObject> gold, List<JsonObject> predicted, string kind)
    {
        var (pairs, _, _) = Match(gold, predicted, kind);
        var paired = new Dictionary<JsonObject, JsonObject>(ReferenceEqualityComparer.Instance);
        foreach (var (g, p) in pairs)
        {
            paired[p] = g;
        }

        return predicted.Select(p => Key(p, kind) is null ? (null, null) : ((bool?)paired.ContainsKey(p), paired.GetValueOrDefault(p))).ToArray();
    }

    /// <summary>
    /// Whether <paramref name="have"/> states every field <paramref name="want"/> states (names folded;
    /// recipients, forms and positions as multisets): how written variant specifications are matched.
    /// </summary>
    internal static bool MatchesExpected(string kind, JsonObject want, JsonObject have)
    {
        foreach (var (field, value) in want)
        {
            bool ok = (kind, field) switch
            {
                ("officials", "name") => Fold(AsString(value)) == Fold(AsString(have["name"])),
                ("officials", "positions") => SameMultiset(
                    (value as JsonArray ?? []).Select(v => Fold(AsString(v))),
                    (have["titles"] as JsonArray ?? []).Select(t => Fold(AsString(t?["position"])))),
                // Positions with their organisations, which the scorer itself leaves unchecked.
                ("officials", "titles") => SameMultiset(
                    (value as JsonArray ?? []).Select(t => Fold($"{AsString(t?["position"])} | {AsString(t?["organization"])}")),
                    (have["titles"] as JsonArray ?? []).Select(t => Fold($"{AsString(t?["position"])} | {AsString(t?["organization"])}"))),
                ("officials", "former") => (value?.GetValue<bool>() ?? false) == (have["former"]?.GetValue<bool>() ?? false),
                ("awards", "recipients") => SameMultiset(
                    (value as JsonArray ?? []).Select(r => $"{r?["kind"]}:{r?["count"]}"),
                    (have["recipients"] as JsonArray ?? []).Select(r => $"{r?["kind"]}:{r?["count"]}")),
                ("disciplines", "forms") => SameMultiset(
                    (value as JsonObject ?? []).Select(f => $"{f.Key}:{f.Value}"),
                    (have["forms"] as JsonObject ?? []).Select(f => $"{f.Key}:{f.Value}")),
                ("awards", "recipientName") => Fold(AsString(value)) == Fold(AsString(have[field])),
                _ => JsonEquals(value, have[field]),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameMultiset(IEnumerable<string?> a, IEnumerable<string?> b) =>
        a.OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(b.OrderBy(x => x, StringComparer.Ordinal));

    private static List<JsonObject> Facts(JsonObject article, string kind) =>
        article[kind] is JsonArray array ? array.OfType<JsonObject>().ToList() : [];

    private static (List<(JsonObject Gold, JsonObject Predicted)> Pairs, List<JsonObject> Missed, List<JsonObject> Wrong) Match(
        List<JsonObject> gold, List<JsonObject> predicted, string kind)
    {
        var pool = new Dictionary<string, Queue<JsonObject>>(StringComparer.Ordinal);
        var poolOrder = new List<string>();
        foreach (var p in predicted)
        {
            if (Key(p, kind) is not string k)
            {
                continue;
            }

            if (!pool.TryGetValue(k, out var queue))
            {
                pool[k] = queue = new Queue<JsonObject>();
                poolOrder.Add(k);
            }

            queue.Enqueue(p);
        }

        var pairs = new List<(JsonObject, JsonObject)>();
        var missed = new List<JsonObject>();
        foreach (var g in gold)
        {
            if (Key(g, kind) is not string k)
            {
                continue;
            }

            if (pool.TryGetValue(k, out var queue) && queue.Count > 0)
            {
                pairs.Add((g, queue.Dequeue()));
            }
            else if (!(g["optional"] is JsonValue optional && optional.TryGetValue(out bool isOptional) && isOptional))
            {
                missed.Add(g);
            }
        }

        var wrong = poolOrder.SelectMany(k => pool[k]).ToList();
        return (pairs, missed, wrong);
    }

    private static string? Key(JsonObject fact, string kind) => kind switch
    {
        "admissions" => $"admission|{Canonical(fact["count"])}",
        "disciplines" => $"discipline|{AsString(fact["subject"]) ?? "member"}|{Canonical(fact["total"])}|" + string.Join(",",
            (fact["forms"] as JsonObject ?? []).Where(kv => Truthy(kv.Value)).Select(kv => $"{kv.Key}={Canonical(kv.Value)}").OrderBy(s => s, StringComparer.Ordinal)),
        "awards" => AwardKey(fact),
        "officials" => $"official|{Fold(AsString(fact["name"]))}",
        _ => null,
    };

    private static string? AwardKey(JsonObject fact)
    {
        var recipients = (fact["recipients"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(r => $"{AsString(r["kind"])}:{Canonical(r["count"])}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (recipients.Count > 0)
        {
            return $"award|{AsString(fact["award"])}|{string.Join(",", recipients)}";
        }

        string? name = AsString(fact["recipientName"]);
        return string.IsNullOrEmpty(name) ? null : $"award|{AsString(fact["award"])}|name={Fold(name)}";
    }

    private static Dictionary<string, int> Positions(JsonObject official)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var title in (official["titles"] as JsonArray ?? []).OfType<JsonObject>())
        {
            string key = Fold(AsString(title["position"])) ?? "";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue(out decimal d) => d != 0,
        JsonValue v when v.TryGetValue(out bool b) => b,
        JsonValue v when v.TryGetValue(out string? s) => !string.IsNullOrEmpty(s),
        _ => true,
    };

    private static string Canonical(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.TryGetValue(out decimal d) => d.ToString("G29", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static string? AsString(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : node?.ToJsonString();

    /// <summary>JSON values equal as Python compares them: numbers by value (120 == 120.0), null equal only to null.</summary>
    internal static bool JsonEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is JsonValue av && b is JsonValue bv && av.TryGetValue(out decimal ad) && bv.TryGetValue(out decimal bd))
        {
            return ad == bd;
        }

        return JsonNode.DeepEquals(a, b);
    }

    internal sealed class Counts
    {
        public int TruePositives { get; private set; }

        public int FalsePositives { get; private set; }

        public int FalseNegatives { get; private set; }

        public void Add(int tp, int fp, int fn)
        {
            TruePositives += tp;
            FalsePositives += fp;
            FalseNegatives += fn;
        }
    }
}

/// <summary>The figures of one scoring run; <see cref="Format"/> prints them as <c>score_records.py</c> does.</summary>
public sealed class ScoreReport
{
    private readonly Dictionary<string, RecordScorer.Counts> _totals;
    private readonly RecordScorer.Counts _titles;
    private readonly SortedDictionary<string, (int Hit, int Total)> _attributes;
    private readonly Dictionary<string, (int Hit, int Total)> _metadata;
    private readonly List<string> _missing;

    internal ScoreReport(Dictionary<string, RecordScorer.Counts> totals, RecordScorer.Counts titles, SortedDictionary<string, (int, int)> attributes,
        Dictionary<string, (int, int)> metadata, List<string> missing, string details)
    {
        _totals = totals;
        _titles = titles;
        _attributes = attributes;
        _metadata = metadata;
        _missing = missing;
        Details = details;
        int tp = totals.Values.Sum(c => c.TruePositives), fp = totals.Values.Sum(c => c.FalsePositives), fn = totals.Values.Sum(c => c.FalseNegatives);
        (Precision, Recall, F1) = Prf(tp, fp, fn);
    }

    /// <summary>Micro precision over all four fact types.</summary>
    public double Precision { get; }

    /// <summary>Micro recall over all four fact types.</summary>
    public double Recall { get; }

    /// <summary>Micro F1 over all four fact types.</summary>
    public double F1 { get; }

    /// <summary>True positives, false positives and false negatives of one fact type.</summary>
    internal (int Tp, int Fp, int Fn) CountsOf(string kind)
    {
        var c = _totals[kind];
        return (c.TruePositives, c.FalsePositives, c.FalseNegatives);
    }

    /// <summary>The verbose listing of missed and wrong facts (empty unless asked for).</summary>
    public string Details { get; }

    /// <summary>F1 of one fact type: <c>admissions</c>, <c>disciplines</c>, <c>awards</c>, <c>officials</c>.</summary>
    public double F1Of(string kind)
    {
        var c = _totals[kind];
        return Prf(c.TruePositives, c.FalsePositives, c.FalseNegatives).F1;
    }

    /// <summary>The report, line for line as <c>score_records.py</c> prints it.</summary>
    public string Format()
    {
        var output = new StringBuilder(Details);
        output.AppendLine($"{"facts",-12} {"P",6} {"R",6} {"F1",6}  tp fp fn");
        foreach (var (kind, c) in _totals)
        {
            var (p, r, f) = Prf(c.TruePositives, c.FalsePositives, c.FalseNegatives);
            output.AppendLine($"{kind,-12} {F(p)} {F(r)} {F(f)}  {c.TruePositives} {c.FalsePositives} {c.FalseNegatives}");
        }

        var (tp2, tr, tf) = Prf(_titles.TruePositives, _titles.FalsePositives, _titles.FalseNegatives);
        output.AppendLine($"{"titles",-12} {F(tp2)} {F(tr)} {F(tf)}  {_titles.TruePositives} {_titles.FalsePositives} {_titles.FalseNegatives}");
        foreach (var (key, (hit, total)) in _attributes)
        {
            output.AppendLine($"attribute {key}: {hit}/{total}");
        }

        foreach (string field in new[] { "title", "publishedAt", "author", "period" })
        {
            if (_metadata.TryGetValue(field, out var m) && m.Total > 0)
            {
                output.AppendLine($"metadata {field}: {m.Hit}/{m.Total}");
            }
        }

        if (_missing.Count > 0)
        {
            output.AppendLine($"articles with no prediction: {_missing.Count} ({string.Join(", ", _missing.Take(5))})");
        }

        output.AppendLine($"facts micro P {Precision.ToString("0.000", CultureInfo.InvariantCulture)} R {Recall.ToString("0.000", CultureInfo.InvariantCulture)}");
        output.AppendLine($"F1 {F1.ToString("0.000", CultureInfo.InvariantCulture)}");
        return output.ToString();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture).PadLeft(6);

    private static (double P, double R, double F1) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 1.0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }
}
