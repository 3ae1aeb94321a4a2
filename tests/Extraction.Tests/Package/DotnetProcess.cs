using System.Diagnostics;
using System.Text;

namespace Extraction.Tests.Package;

/// <summary>Runs the <c>dotnet</c> command line as a child process, with a time limit, and collects its output.</summary>
internal static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Output, string Error, TimeSpan Elapsed)
    {
        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(workingDirectory, timeout, keepPackagesFolder: true, arguments);

    /// <summary>
    /// Runs <c>dotnet</c> in a folder whose own <c>nuget.config</c> names its packages folder: NUGET_PACKAGES (set by CI
    /// for a fresh, empty cache) would override that setting, so the child does not inherit it.
    /// </summary>
    public static Result RunWithOwnPackagesFolder(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(workingDirectory, timeout, keepPackagesFolder: false, arguments);

    private static Result Run(string workingDirectory, TimeSpan timeout, bool keepPackagesFolder, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's and the test platform's variables; a child build must not inherit them.
        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        if (!keepPackagesFolder)
        {
            start.Environment.Remove("NUGET_PACKAGES");
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took longer than {timeout}:\n{output.Result}\n{error.Result}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result, watch.Elapsed);
    }
}
