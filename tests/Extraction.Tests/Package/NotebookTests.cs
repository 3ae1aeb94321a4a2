using System.Collections;
using System.Text.Json.Nodes;
using Extraction.Pipeline;
using Extraction.Tests.Html;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Extraction.Tests.Package;

/// <summary>
/// <c>samples/experiment.ipynb</c> runs: its C# cells are executed in order with Roslyn scripting, state
/// carried from cell to cell, and <c>#r "nuget: VietNews.Extraction"</c> replaced by a reference to the
/// library as built. Run with <c>UPDATE_NOTEBOOK_OUTPUTS=1</c> to store each cell's value in the notebook
/// as its output, for readers who open it without running it.
/// </summary>
public sealed class NotebookTests
{
    private static string NotebookPath => Path.Combine(TestPaths.RepositoryRoot, "samples", "experiment.ipynb");

    [Fact]
    public async Task The_notebook_runs_cell_by_cell_and_shows_facts_a_table_and_a_score()
    {
        var notebook = JsonNode.Parse(await File.ReadAllTextAsync(NotebookPath))!.AsObject();
        var cells = notebook["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => (string?)c["cell_type"] == "code").ToList();
        var outputs = await Run(cells.Select(c => string.Concat(c["source"]!.AsArray().Select(l => (string?)l))).ToList());

        outputs.Should().HaveCount(cells.Count);
        outputs[0].Should().BeNull("the first cell only loads the package");
        outputs[1].Should().Be("5", "the corpus is found from the working folder");
        outputs[2].Should().Be("Huyện Mỹ Đức: Một năm nhiều dấu ấn trong công tác xây dựng Đảng: 1 admissions, 0 disciplines, 2 awards, 5 officials");
        outputs[3].Should().StartWith("Huyện Mỹ Đức: Một năm nhiều dấu ấn trong công tác xây dựng Đảng — 2021-01-21, Văn Mạnh\n")
            .And.Contain("admissions (1)").And.Contain("    « ");
        outputs[4].Should().MatchRegex(@"^\d+ Achieved in 20\d\d: «.+» at \d+\.\.\d+$");
        outputs[5]!.Split('\n').Should().HaveCount(5);
        outputs[6].Should().StartWith("30 facts from 5 articles");
        outputs[7]!.Split('\n').Should().Contain(l => l.StartsWith("004_b0ee8182aae32fab discipline 36  2021 "));
        outputs[8].Should().Be(string.Join(',', Extraction.Records.FactTable.Columns));
        outputs[9].Should().Contain("facts micro P").And.MatchRegex(@"\nF1 [01]\.\d{3}\n");

        if (Environment.GetEnvironmentVariable("UPDATE_NOTEBOOK_OUTPUTS") == "1")
        {
            for (int i = 0; i < cells.Count; i++)
            {
                cells[i]["execution_count"] = i + 1;
                cells[i]["outputs"] = outputs[i] is null ? new JsonArray() : new JsonArray(new JsonObject
                {
                    ["output_type"] = "execute_result",
                    ["execution_count"] = i + 1,
                    ["metadata"] = new JsonObject(),
                    ["data"] = new JsonObject { ["text/plain"] = Lines(outputs[i]!) },
                });
            }

            var options = new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            await File.WriteAllTextAsync(NotebookPath, notebook.ToJsonString(options) + "\n");
        }
    }

    /// <summary>Runs the cells as one chain of script submissions; each cell's value is its last expression, as a notebook shows it.</summary>
    private static async Task<List<string?>> Run(IReadOnlyList<string> cells)
    {
        var options = ScriptOptions.Default
            .WithReferences(
                typeof(ArticleExtractor).Assembly,             // what #r "nuget: VietNews.Extraction" brings
                typeof(AngleSharp.Dom.IDocument).Assembly,     // and its dependency
                typeof(Enumerable).Assembly,
                typeof(System.Linq.AsyncEnumerable).Assembly,
                typeof(JsonNode).Assembly,
                typeof(File).Assembly)
            .WithImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks")
            .WithEmitDebugInformation(false);

        var outputs = new List<string?>();
        ScriptState<object>? state = null;
        foreach (string cell in cells)
        {
            string code = string.Join('\n', cell.Split('\n').Select(line =>
                line.TrimStart().StartsWith("#r \"nuget:", StringComparison.Ordinal) ? "// " + line : line));
            state = state is null
                ? await CSharpScript.RunAsync(code, options)
                : await state.ContinueWithAsync(code, options);
            outputs.Add(Show(state.ReturnValue));
        }

        return outputs;
    }

    private static JsonArray Lines(string text)
    {
        var lines = text.Split('\n');
        return new JsonArray(lines.Select((line, k) => (JsonNode?)JsonValue.Create(k < lines.Length - 1 ? line + "\n" : line)).ToArray());
    }

    private static string? Show(object? value) => value switch
    {
        null => null,
        string text => text,
        IEnumerable items => string.Join('\n', items.Cast<object?>().Select(i => i?.ToString())),
        _ => value.ToString(),
    };
}
