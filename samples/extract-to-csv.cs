// Every article of a folder into one CSV table, one row per fact (admission, discipline, award, official title).
//   dotnet run samples/extract-to-csv.cs -- corpus/seeds > facts.csv
#:project ../src/Extraction/Extraction.csproj
#:property PublishAot=false
// A sample app pins nothing of its own: the library project's lock file pins its packages.
#:property RestorePackagesWithLockFile=false
#:property RestoreLockedMode=false

using Extraction.Pipeline;
using Extraction.Records;

string folder = args.Length > 0 ? args[0] : "corpus/seeds";
var results = await ArticleExtractor.Default
    .ExtractAllAsync(DocumentInput.FromDirectory(folder), maxParallelism: Environment.ProcessorCount)
    .ToListAsync();

foreach (var failed in results.Where(r => !r.Succeeded))
{
    Console.Error.WriteLine($"skipped {failed}");   // a bad page is reported, the batch goes on
}

var table = FactTable.From(results);
table.WriteCsv(Console.Out);
Console.Error.WriteLine(table);
