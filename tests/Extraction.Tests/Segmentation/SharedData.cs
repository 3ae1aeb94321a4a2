namespace Extraction.Tests.Segmentation;

/// <summary>
/// Locates the team's read-only <c>../shared</c> folder (data, specs, scorers) next to the
/// repository. A fresh clone has none; tests that need it use <see cref="SharedDataFactAttribute"/>.
/// </summary>
internal static class SharedData
{
    public static readonly string? Root = Find();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("../shared is absent"), .. parts]);

    public static string VtbSeg(string split) => Path("data", "ud-vi-vtb", "seg", $"vi_vtb-ud-{split}.seg.txt");

    public static string VtbRaw(string split) => Path("data", "ud-vi-vtb", "seg", $"vi_vtb-ud-{split}.raw.txt");

    public static string Lexicon => Path("data", "rdrsegmenter-lexicon");

    private static string? Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Extraction.sln")))
            {
                string shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(System.IO.Path.Combine(shared, "data", "ud-vi-vtb", "seg")) ? shared : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with a reason, when <c>../shared</c> data is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = "needs ../shared/data (UD Vietnamese-VTB, RDRsegmenter lexicon), absent in this checkout";
        }
    }
}

/// <summary>A fact that runs only when an environment variable is set (opt-in tools, e.g. writing bench predictions).</summary>
public sealed class EnvironmentFactAttribute : FactAttribute
{
    public EnvironmentFactAttribute(string variable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"opt-in: set {variable} to run";
        }
        else if (SharedData.Root is null)
        {
            Skip = "needs ../shared/data, absent in this checkout";
        }
    }
}
