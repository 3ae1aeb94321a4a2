using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Extraction.Pipeline;
using Extraction.Tests.Html;
using Xunit.Abstractions;

namespace Extraction.Tests.Package;

/// <summary>
/// The NuGet package works on its own: it is packed into a folder feed, and a fresh console app outside
/// the repository, restoring only from that feed and the machine's global packages folder (no network),
/// reads a sample article through it.
/// </summary>
[Collection(DotnetProcessCollection.Name)]
public sealed class PackageTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("package-test-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Root => TestPaths.RepositoryRoot;

    private static string GlobalPackagesFolder => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    [Fact]
    public void The_packed_library_restores_from_a_folder_feed_into_a_fresh_app_and_reads_an_article()
    {
        string feed = Directory.CreateDirectory(Path.Combine(_temp, "feed")).FullName;
        var pack = DotnetProcess.Run(Root, TimeSpan.FromMinutes(5),
            "pack", Path.Combine("src", "Extraction", "Extraction.csproj"), "-c", "Release", "-o", feed, "-nodeReuse:false");
        log.WriteLine($"pack: {pack.Elapsed.TotalSeconds:0.0} s");
        pack.ExitCode.Should().Be(0, pack.ToString());

        // The version comes from Directory.Build.props, and the symbols package sits beside the package.
        string version = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        string nupkg = Path.Combine(feed, $"VietNews.Extraction.{version}.nupkg");
        File.Exists(nupkg).Should().BeTrue($"pack should write {Path.GetFileName(nupkg)}; it wrote {string.Join(", ", Directory.GetFiles(feed).Select(Path.GetFileName))}");
        File.Exists(Path.ChangeExtension(nupkg, ".snupkg")).Should().BeTrue();
        Directory.GetFiles(feed, "*.nupkg").Should().ContainSingle("only the library is packable");
        CheckPackageContents(nupkg, version);

        // A fresh app in a temporary folder, far from the repository and its Directory.Build.props.
        string app = Directory.CreateDirectory(Path.Combine(_temp, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <!-- A private packages folder, so the package under test is never taken from (or left in) the machine's cache. -->
                <add key="globalPackagesFolder" value="packages" />
              </config>
              <packageSources>
                <clear />
                <add key="under-test" value="{feed}" />
                <add key="machine-cache" value="{GlobalPackagesFolder}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="VietNews.Extraction" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Extraction.Pipeline;
            using Extraction.Records;

            var article = ArticleExtractor.Default.Extract(File.ReadAllBytes(args[0]), new Source(Path.GetFileName(args[0]), null, null));
            Console.WriteLine(RecordJson.Serialize(article));
            Console.Write(FactTable.From(article).ToCsv());
            """);
        string sample = Path.Combine(app, "004_b0ee8182aae32fab.txt");
        File.Copy(Path.Combine(Root, "corpus", "seeds", "004_b0ee8182aae32fab.txt"), sample);

        var run = DotnetProcess.RunWithOwnPackagesFolder(app, TimeSpan.FromMinutes(5), "run", "-c", "Release", "--", sample);
        log.WriteLine($"restore, build and run: {run.Elapsed.TotalSeconds:0.0} s");
        run.ExitCode.Should().Be(0, run.ToString());
        Directory.Exists(Path.Combine(app, "packages", "vietnews.extraction", version)).Should().BeTrue("the package came from the folder feed");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var record = JsonNode.Parse(lines[0])!.AsObject();
        ((string?)record["source"]!["path"]).Should().Be("004_b0ee8182aae32fab.txt");
        ((int)record["period"]!).Should().Be(2021);
        ((int)record["admissions"]![0]!["count"]!).Should().Be(51);
        ((int)record["disciplines"]![0]!["total"]!).Should().Be(36);
        ((string?)record["awards"]![0]!["award"]).Should().Be("partyBadge");
        record["officials"]!.AsArray().Select(o => (string?)o!["name"]).Should().Contain("Trần Quốc Lập");
        lines[1].Should().StartWith("articleId,path,factType,");
        lines.Should().Contain(l => l.StartsWith("004_b0ee8182aae32fab,004_b0ee8182aae32fab.txt,admission,,51,achieved,2021,"));
    }

    private static void CheckPackageContents(string nupkg, string version)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain(["README.md", "lib/net10.0/Extraction.dll", "lib/net10.0/Extraction.xml"]);

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Field("id").Should().Be("VietNews.Extraction");
        Field("version").Should().Be(version);
        Field("license").Should().Be("MIT");
        Field("description").Should().NotBeEmpty();
        Field("tags").Should().Contain("vietnamese");
        Field("projectUrl").Should().NotBeEmpty();
        Field("readme").Should().Be("README.md");
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id"))
            .Should().Equal("AngleSharp");

        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        readme.ReadToEnd().Should().Contain("dotnet add package VietNews.Extraction").And.Contain("ArticleExtractor.Default");
    }

    [Fact]
    public void Every_model_file_is_embedded_and_only_the_library_is_packable()
    {
        var resources = typeof(ArticleExtractor).Assembly.GetManifestResourceNames();
        var models = Directory.GetFiles(Path.Combine(Root, "models"), "*.bin").Select(f => "Extraction.Models." + Path.GetFileName(f)).ToList();
        models.Should().NotBeEmpty();
        resources.Should().Contain(models);

        File.ReadAllText(Path.Combine(Root, "Directory.Build.props")).Should().Contain("<IsPackable>false</IsPackable>");
        var packable = Directory.GetFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f));
        packable.Should().Equal("Extraction.csproj");
    }
}
