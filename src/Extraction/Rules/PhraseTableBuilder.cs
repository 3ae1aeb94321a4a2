namespace Extraction.Rules;

/// <summary>Helpers for writing phrase tables as data.</summary>
internal static class PhraseTableBuilder
{
    /// <summary>A table whose phrases all map to one value.</summary>
    public static PhraseTable<T> Of<T>(string name, T value, params string[] phrases) =>
        new(name, phrases.Select(p => (p, value)));

    /// <summary>A table whose phrases map to themselves (a phrase set).</summary>
    public static PhraseTable<string> Set(string name, params string[] phrases) =>
        new(name, phrases.Select(p => (p, p)));
}
