using Extraction.Text;

namespace Extraction.Documents;

/// <summary>
/// The analysed article that every extractor reads: the cleaned text, its paragraphs,
/// sentences and syllable tokens (all as offsets into <see cref="Text"/>), plus the
/// cleaner's metadata. Immutable once built.
/// </summary>
public sealed class ArticleDocument
{
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;

    private ArticleDocument(CleanedArticle cleaned, Token[] tokens, Sentence[] sentences)
    {
        Cleaned = cleaned;
        _tokens = tokens;
        _sentences = sentences;
    }

    /// <summary>The cleaner's output: metadata and paragraphs.</summary>
    public CleanedArticle Cleaned { get; }

    /// <summary>The cleaned text; every span refers to it.</summary>
    public string Text => Cleaned.Text;

    /// <summary>All tokens, in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>All sentences, in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences;

    /// <summary>Token <paramref name="index"/>.</summary>
    public ref readonly Token Token(int index) => ref _tokens[index];

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The characters of a span.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => span.Slice(Text);

    /// <summary>The text of a span as a string.</summary>
    public string TextOf(TextSpan span) => span.ToString(Text);

    /// <summary>Tokenises the cleaned article and splits it into sentences.</summary>
    public static ArticleDocument Analyze(CleanedArticle cleaned, CancellationToken cancellationToken = default)
    {
        var tokens = new List<Token>(cleaned.Text.Length / 4);
        var sentences = new List<Sentence>();
        for (int p = 0; p < cleaned.ParagraphSpans.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = tokens.Count;
            Tokenizer.Tokenize(cleaned.Text, cleaned.ParagraphSpans[p], tokens);
            SentenceSplitter.Split(cleaned.Text, tokens, first, tokens.Count, p, sentences);
        }

        return new ArticleDocument(cleaned, [.. tokens], [.. sentences]);
    }
}
