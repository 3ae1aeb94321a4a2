using System.CommandLine;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Extraction.Cli.Commands;
using Extraction.Cli.Sinks;
using Extraction.Pipeline;
using Extraction.Records;
using Extraction.Tests.Html;

namespace Extraction.Tests.Package;

/// <summary>
/// The documentation stands alone in a clone and keeps up with the code: its links lead to files of the
/// repository (and headings that exist), nothing sends a reader to the team's spec folder, every verb and
/// option the command line defines is described in its section of <c>docs/cli.md</c>, and every field,
/// value and column the library and the batch job write is named in <c>docs/records.md</c>. A new option or
/// field without documentation fails here.
/// </summary>
public sealed class DocumentationTests
{
    private static string Root => TestPaths.RepositoryRoot;

    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([Root, .. parts])).ReplaceLineEndings("\n");

    /// <summary>The documents a user reads: the README, docs/*.md and the package's readme.</summary>
    private static IReadOnlyList<string> UserDocuments() =>
    [
        Path.Combine(Root, "README.md"),
        Path.Combine(Root, "src", "Extraction", "PACKAGE.md"),
        .. Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void The_reference_documents_exist_and_the_readme_links_them()
    {
        File.Exists(Path.Combine(Root, "docs", "records.md")).Should().BeTrue();
        File.Exists(Path.Combine(Root, "docs", "cli.md")).Should().BeTrue();
        var readmeLinks = Markdown.Links(Read("README.md")).Select(l => l.Target).ToList();
        readmeLinks.Should().Contain(["docs/records.md", "docs/cli.md"]);
    }

    [Fact]
    public void Every_relative_link_leads_to_a_file_of_the_repository_and_every_anchor_to_a_heading()
    {
        var broken = new List<string>();
        foreach (string document in UserDocuments())
        {
            string folder = Path.GetDirectoryName(document)!;
            foreach (var link in Markdown.Links(File.ReadAllText(document)))
            {
                if (link.IsExternal)
                {
                    continue;
                }

                string where = $"{Path.GetRelativePath(Root, document)}:{link.Line}: {link.Target}";
                string target = link.Path.Length == 0 ? document : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(link.Path)));
                bool inside = target.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (!inside || !(File.Exists(target) || Directory.Exists(target)))
                {
                    broken.Add(where + " (no such file in the repository)");
                }
                else if (link.Fragment is { Length: > 0 } fragment && target.EndsWith(".md", StringComparison.Ordinal)
                    && !Markdown.Anchors(File.ReadAllText(target)).Contains(fragment))
                {
                    broken.Add(where + " (no such heading)");
                }
            }
        }

        broken.Should().BeEmpty();
    }

    [Fact]
    public void The_package_readme_has_no_relative_links_since_it_is_read_away_from_the_repository()
    {
        Markdown.Links(Read("src", "Extraction", "PACKAGE.md")).Where(l => !l.IsExternal).Select(l => l.Target).Should().BeEmpty();
    }

    [Fact]
    public void Nothing_in_the_repository_sends_a_reader_to_the_team_spec_folder()
    {
        // Built in two parts so that this file does not match itself.
        string spec = "shared" + "/spec";
        string[] kinds = [".md", ".cs", ".csproj", ".props", ".py", ".ipynb", ".json", ".yml", ".sh", ".txt"];
        var found = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is ".git" or "bin" or "obj" or "TestResults" or "BenchmarkDotNet.Artifacts")
                || !(kinds.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) || relative == ".ci/run")
                || relative.StartsWith("corpus/", StringComparison.Ordinal))
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Replace('\\', '/').Contains(spec, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"{relative}:{i + 1}");
                }
            }
        }

        found.Should().BeEmpty("a clone has no ../shared; the contract is docs/records.md and docs/cli.md");
    }

    [Fact]
    public void Every_verb_and_option_of_the_command_line_is_described_in_its_own_section_of_cli_md()
    {
        string cli = Read("docs", "cli.md");
        var commands = CommandLineTree().ToList();
        commands.Select(c => c.Path).Should().Contain(["extract", "clean", "tokenize", "eval", "train", "train segmenter", "segment"],
            "the tree is read from the CLI's own Create() methods");

        var missing = new List<string>();
        foreach (var (path, command) in commands)
        {
            string? section = Markdown.SectionOf(cli, $"`{path}`");
            if (section is null)
            {
                missing.Add($"verb '{path}' (a heading that names `{path}`)");
                continue;
            }

            foreach (var option in command.Options.Where(o => o.GetType().Name is not ("HelpOption" or "VersionOption")))
            {
                foreach (string name in option.Aliases.Prepend(option.Name).Distinct(StringComparer.Ordinal))
                {
                    if (!Markdown.NamesWord(section, name))
                    {
                        missing.Add($"option '{name}' of '{path}'");
                    }
                }
            }
        }

        missing.Should().BeEmpty("every verb and option the CLI defines is documented in docs/cli.md, in the verb's section");
        cli.Should().Contain("--rules-only").And.Contain("--help").And.Contain("--version");
    }

    [Fact]
    public void Every_json_property_of_real_articles_is_named_in_records_md_and_fact_fields_in_their_section()
    {
        string records = Read("docs", "records.md");
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        int articles = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(Root, "corpus", "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            byte[] bytes = File.ReadAllBytes(file);
            var article = ArticleExtractor.Default.Extract(bytes, new Source(Path.GetFileName(file), null, ArticleExtractor.Sha256Hex(bytes)));
            using var json = JsonDocument.Parse(RecordJson.Serialize(article));
            foreach (var top in json.RootElement.EnumerateObject())
            {
                if (!Markdown.NamesCode(records, top.Name))
                {
                    missing.Add(top.Name);
                }

                string? section = top.Value.ValueKind == JsonValueKind.Array && top.Name != "warnings" ? Markdown.SectionOf(records, top.Name) : null;
                foreach (var (parent, name) in PropertyNames(top.Value, top.Name))
                {
                    // A fact's own fields are described in the fact's section; nested shapes anywhere.
                    string scope = parent == top.Name && section is not null ? section : records;
                    if (!Markdown.NamesCode(scope, name))
                    {
                        missing.Add($"{parent}.{name}");
                    }
                }
            }

            articles++;
        }

        articles.Should().BeGreaterThan(0);
        missing.Should().BeEmpty("every JSON property the library writes is documented in docs/records.md");
    }

    [Fact]
    public void Every_property_and_enum_value_the_serializer_can_write_is_named_in_records_md()
    {
        // Real articles leave null fields out; the serializer's own metadata lists them all.
        string records = Read("docs", "records.md");
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(Article)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    string wire = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(field.Name);
                    if (!Markdown.NamesCode(records, wire))
                    {
                        missing.Add($"{type.Name}.{wire}");
                    }
                }

                continue;
            }

            var info = RecordJson.Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            foreach (var property in info.Properties.Where(p => !NeverWritten(p)))
            {
                if (!Markdown.NamesCode(records, property.Name))
                {
                    missing.Add($"{type.Name}.{property.Name}");
                }

                foreach (var inner in Inside(property.PropertyType))
                {
                    pending.Enqueue(inner);
                }
            }
        }

        seen.Should().Contain([typeof(Admission), typeof(DisciplineForms), typeof(AwardRecipients), typeof(Title), typeof(Evidence), typeof(AwardKind)]);
        missing.Should().BeEmpty("a field or value added to the records is documented in docs/records.md");
    }

    [Fact]
    public void Every_flat_column_table_and_error_kind_is_named_in_records_md()
    {
        string records = Read("docs", "records.md");
        string flat = Markdown.SectionOf(records, "Flat forms") ?? "";
        string errors = Markdown.SectionOf(records, "Error lines") ?? "";
        var missing = new List<string>();
        missing.AddRange(FactTable.Columns.Where(c => !Markdown.NamesCode(flat, c)).Select(c => "FactTable." + c));
        foreach (var table in RecordTables.All)
        {
            missing.AddRange(new[] { table.Name }.Concat(table.Columns.Select(c => c.Name))
                .Where(n => !Markdown.NamesCode(flat, n)).Select(n => $"{table.Name}.{n}"));
        }

        missing.AddRange(new[] { "doc", "seq", "schema_version", "version" }.Where(n => !Markdown.NamesCode(flat, n)));
        missing.AddRange(Enum.GetValues<ExtractionErrorKind>().Select(k => new ExtractionException(k, "").KindName)
            .Append("failed").Where(k => !Markdown.NamesCode(errors, k)).Select(k => "error kind " + k));
        missing.Should().BeEmpty();
    }

    /// <summary>A property marked <c>[JsonIgnore]</c> (always): the serializer's metadata lists it, but it is never written.</summary>
    private static bool NeverWritten(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.Always) == true;

    /// <summary>Record types and enums a property's values are made of (lists and nullables unwrapped).</summary>
    private static IEnumerable<Type> Inside(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            type = type.GetGenericArguments()[0];
        }

        if (type.Namespace == typeof(Article).Namespace)
        {
            yield return type;
        }
    }

    /// <summary>Every (parent property, property) pair below <paramref name="element"/>, walked with a stack.</summary>
    private static IEnumerable<(string Parent, string Name)> PropertyNames(JsonElement element, string parent)
    {
        var pending = new Stack<(JsonElement Element, string Parent)>([(element, parent)]);
        while (pending.TryPop(out var item))
        {
            if (item.Element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in item.Element.EnumerateArray())
                {
                    pending.Push((child, item.Parent));
                }
            }
            else if (item.Element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in item.Element.EnumerateObject())
                {
                    yield return (item.Parent, property.Name);
                    pending.Push((property.Value, property.Name));
                }
            }
        }
    }

    /// <summary>The CLI's verbs with their paths (<c>train segmenter</c>), from every <c>Create()</c> of its commands.</summary>
    private static IEnumerable<(string Path, Command Command)> CommandLineTree()
    {
        var created = typeof(ExtractCommand).Assembly.GetTypes()
            .Select(t => t.GetMethod("Create", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes))
            .Where(m => m is not null && typeof(Command).IsAssignableFrom(m.ReturnType))
            .Select(m => (Command)m!.Invoke(null, null)!)
            .ToList();
        var nested = created.SelectMany(c => c.Subcommands).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var pending = new Stack<(string Path, Command Command)>(created.Where(c => !nested.Contains(c.Name)).Select(c => (c.Name, c)));
        while (pending.TryPop(out var item))
        {
            yield return item;
            foreach (var sub in item.Command.Subcommands)
            {
                pending.Push(($"{item.Path} {sub.Name}", sub));
            }
        }
    }

    /// <summary>Just enough Markdown for these checks: links outside code, heading anchors, sections, names in code spans.</summary>
    private static class Markdown
    {
        public sealed record Link(int Line, string Target)
        {
            public bool IsExternal => Target.Contains("://", StringComparison.Ordinal) || Target.StartsWith("mailto:", StringComparison.Ordinal);

            public string Path => Target.Split('#')[0];

            public string? Fragment => Target.Contains('#', StringComparison.Ordinal) ? Target[(Target.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;
        }

        /// <summary>Inline links and images <c>[text](target)</c> and reference definitions <c>[x]: target</c>, outside code.</summary>
        public static IEnumerable<Link> Links(string markdown)
        {
            var lines = markdown.ReplaceLineEndings("\n").Split('\n');
            bool fenced = false;
            for (int n = 0; n < lines.Length; n++)
            {
                if (lines[n].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                    continue;
                }

                if (fenced)
                {
                    continue;
                }

                string line = WithoutCodeSpans(lines[n]);
                string trimmed = line.TrimStart();
                int definition = trimmed.IndexOf("]:", StringComparison.Ordinal);
                if (trimmed.StartsWith('[') && definition > 0 && !trimmed[..definition].Contains('(', StringComparison.Ordinal))
                {
                    yield return new Link(n + 1, Target(trimmed[(definition + 2)..]));
                }

                for (int at = line.IndexOf("](", StringComparison.Ordinal); at >= 0; at = line.IndexOf("](", at + 2, StringComparison.Ordinal))
                {
                    int close = line.IndexOf(')', at + 2);
                    if (close > at)
                    {
                        yield return new Link(n + 1, Target(line[(at + 2)..close]));
                    }
                }
            }
        }

        private static string Target(string text)
        {
            string target = text.Trim();
            int space = target.IndexOf(' ', StringComparison.Ordinal);
            target = space > 0 ? target[..space] : target; // drop a "title"
            return target.TrimStart('<').TrimEnd('>');
        }

        private static string WithoutCodeSpans(string line)
        {
            var kept = new StringBuilder(line.Length);
            bool code = false;
            foreach (char c in line)
            {
                if (c == '`')
                {
                    code = !code;
                }
                else if (!code)
                {
                    kept.Append(c);
                }
            }

            return kept.ToString();
        }

        /// <summary>The anchors GitHub gives the headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered.</summary>
        public static HashSet<string> Anchors(string markdown)
        {
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, _, text) in Headings(markdown))
            {
                var slug = new StringBuilder();
                foreach (char c in text.ToLowerInvariant())
                {
                    if (char.IsLetterOrDigit(c) || c is '-' or '_')
                    {
                        slug.Append(c);
                    }
                    else if (c == ' ')
                    {
                        slug.Append('-');
                    }
                }

                string anchor = slug.ToString();
                for (int i = 1; !anchors.Add(anchor); i++)
                {
                    anchor = $"{slug}-{i}";
                }
            }

            return anchors;
        }

        private static IEnumerable<(int Line, int Level, string Text)> Headings(string markdown)
        {
            var lines = markdown.ReplaceLineEndings("\n").Split('\n');
            bool fenced = false;
            for (int n = 0; n < lines.Length; n++)
            {
                if (lines[n].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    fenced = !fenced;
                }
                else if (!fenced && lines[n].StartsWith('#'))
                {
                    int level = lines[n].TakeWhile(c => c == '#').Count();
                    yield return (n, level, lines[n][level..].Trim());
                }
            }
        }

        /// <summary>The section under the first heading whose text contains <paramref name="marker"/>, up to the next heading of its level or above.</summary>
        public static string? SectionOf(string markdown, string marker)
        {
            var lines = markdown.ReplaceLineEndings("\n").Split('\n');
            var headings = Headings(markdown).ToList();
            int index = headings.FindIndex(h => h.Text.Contains(marker, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var (start, level, _) = headings[index];
            int end = headings.Skip(index + 1).FirstOrDefault(h => h.Level <= level) is { Text: not null } next ? next.Line : lines.Length;
            return string.Join('\n', lines[start..end]);
        }

        /// <summary>True when <paramref name="name"/> appears as a whole word (not the start of a longer option or name).</summary>
        public static bool NamesWord(string text, string name)
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                bool before = at == 0 || !IsNameChar(text[at - 1]);
                bool after = at + name.Length == text.Length || !IsNameChar(text[at + name.Length]);
                if (before && after)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="name"/> is written as code: <c>`name`</c>, or as the first word of a code span (<c>`name PATH`</c>).</summary>
        public static bool NamesCode(string text, string name) =>
            text.Contains($"`{name}`", StringComparison.Ordinal) || text.Contains($"`{name} ", StringComparison.Ordinal);

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
    }
}
