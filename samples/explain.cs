// One article, explained: every fact with the sentence it was read from.
//   dotnet run samples/explain.cs -- corpus/seeds/004_b0ee8182aae32fab.txt
#:project ../src/Extraction/Extraction.csproj
#:property PublishAot=false
// A sample app pins nothing of its own: the library project's lock file pins its packages.
#:property RestorePackagesWithLockFile=false
#:property RestoreLockedMode=false

using Extraction.Pipeline;
using Extraction.Records;

string path = args.Length > 0 ? args[0] : "corpus/seeds/004_b0ee8182aae32fab.txt";
try
{
    var article = ArticleExtractor.Default.Extract(File.ReadAllBytes(path), new Source(path, null, null));
    Console.WriteLine(article.Explain());
}
catch (ExtractionException e)
{
    Console.Error.WriteLine($"{path}: {e.KindName}: {e.Message}");
    return 1;
}

return 0;
