namespace Extraction.Tests.Html;

/// <summary>Finds the repository's folders from the test binaries, without absolute paths.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus => Path.Combine(RepositoryRoot, "corpus", "html");

    /// <summary>The shared read-only folder next to the worktree (<c>../shared</c>), if present.</summary>
    public static string? Shared
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

/// <summary>A fact that is skipped, with the reason, when the shared benchmark folder is absent.</summary>
public sealed class SharedBenchFactAttribute : FactAttribute
{
    public SharedBenchFactAttribute()
    {
        if (TestPaths.Shared is null || !Directory.Exists(Path.Combine(TestPaths.Shared, "bench", "article-extraction", "html")))
        {
            Skip = "../shared/bench/article-extraction is not present on this machine";
        }
    }
}
