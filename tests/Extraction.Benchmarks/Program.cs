using BenchmarkDotNet.Running;
using Extraction.Benchmarks;

// Run with: dotnet run -c Release --project tests/Extraction.Benchmarks -- --filter '*'
// Stage profile of the whole extraction: dotnet run -c Release --project tests/Extraction.Benchmarks -- extract-stages [FOLDER] [PASSES]
// Stage profile over a folder: dotnet run -c Release --project tests/Extraction.Benchmarks -- stages [FOLDER] [PASSES]
if (args.Length > 0 && args[0] == "stages")
{
    string folder = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "bench", "article-extraction", "html");
    StageProfile.Run(folder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args.Length > 0 && args[0] == "analyze-ab")
{
    AnalyzeAb.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "bench", "article-extraction", "html"), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 0 && args[0] == "extract-stages")
{
    string folder = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "bench", "article-extraction", "html");
    ExtractStageProfile.Run(folder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
