// Extract a folder of articles and score the records against hand-written gold records
// (one NAME.json per article NAME.*), as score_records.py does.
//   dotnet run samples/score.cs -- corpus/seeds corpus/gold
#:project ../src/Extraction/Extraction.csproj
#:property PublishAot=false
// A sample app pins nothing of its own: the library project's lock file pins its packages.
#:property RestorePackagesWithLockFile=false
#:property RestoreLockedMode=false

using System.Text.Json.Nodes;
using Extraction.Evaluation;
using Extraction.Pipeline;
using Extraction.Records;

string articles = args.Length > 0 ? args[0] : "corpus/seeds";
string goldFolder = args.Length > 1 ? args[1] : "corpus/gold";

var predictions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
await foreach (var result in ArticleExtractor.Default.ExtractAllAsync(DocumentInput.FromDirectory(articles), maxParallelism: 2))
{
    if (result.Article is { } article)
    {
        predictions[FactTable.ArticleIdOf(result.Source, result.Index)] = JsonNode.Parse(RecordJson.Serialize(article))!.AsObject();
    }
}

var gold = Directory.GetFiles(goldFolder, "*.json")
    .Order(StringComparer.Ordinal)
    .Select(f => (Path.GetFileNameWithoutExtension(f), JsonNode.Parse(File.ReadAllText(f))!.AsObject()));
var report = RecordScorer.Score(gold, predictions, verbose: args.Contains("--verbose"));
Console.Write(report.Format());
