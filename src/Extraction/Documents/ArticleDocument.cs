using Extraction.Text;
using Extraction.Text.Segmentation;

namespace Extraction.Documents;

/// <summary>
/// The analysed article that every extractor reads: the cleaned text, its paragraphs and
/// their sections, sentences and syllable tokens (all as offsets into <see cref="Text"/>),
/// plus the cleaner's metadata. Immutable once built.
/// </summary>
public sealed class ArticleDocument
{
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly Lazy<bool[]> _wordStarts;
    private readonly Lazy<Token[]> _titleTokens;

    private ArticleDocument(CleanedArticle cleaned, Token[] tokens, Sentence[] sentences, WordSegmenter? segmenter)
    {
        Cleaned = cleaned;
        _tokens = tokens;
        _sentences = sentences;
        // Words are computed on first use: the rule extractors read syllables and do not need them.
        // So is the shipped model, which a run over pages in another language never loads.
        _wordStarts = new Lazy<bool[]>(() => SegmentWords(segmenter ?? WordSegmenter.Default));
        // A headline that is also a paragraph of the text is read there, once.
        _titleTokens = new Lazy<Token[]>(() => cleaned.Title is string title && !cleaned.Sections.Contains(ArticleSection.Headline) ? [.. Tokenizer.Tokenize(title)] : []);
    }

    /// <summary>The cleaner's output: metadata and paragraphs.</summary>
    public CleanedArticle Cleaned { get; }

    /// <summary>The cleaned text; every span refers to it.</summary>
    public string Text => Cleaned.Text;

    /// <summary>All tokens, in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>
    /// The headline's tokens (offsets into <see cref="CleanedArticle.Title"/>, not into <see cref="Text"/>); empty without a
    /// headline, and empty when the headline is a paragraph of the text (section <see cref="ArticleSection.Headline"/>),
    /// whose sentences carry it.
    /// </summary>
    public ReadOnlySpan<Token> TitleTokens => _titleTokens.Value;

    /// <summary>All sentences, in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences;

    /// <summary>The index of the sentence that starts at <paramref name="start"/> (where a record's evidence starts), or null.</summary>
    internal int? SentenceStartingAt(int start)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int at = _sentences[mid].Span.Start;
            if (at == start)
            {
                return mid;
            }

            (lo, hi) = at < start ? (mid + 1, hi) : (lo, mid - 1);
        }

        return null;
    }

    /// <summary>The section of a sentence's paragraph: headline, lead, body or caption.</summary>
    public ArticleSection SectionOf(Sentence sentence) => Cleaned.Sections[sentence.Paragraph];

    /// <summary>Token <paramref name="index"/>.</summary>
    public ref readonly Token Token(int index) => ref _tokens[index];

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>
    /// For each token, whether it begins a word (<c>Đảng_bộ huyện đã kết_nạp</c>: true, false, true, true, true, false),
    /// as the word segmenter decides within each sentence.
    /// </summary>
    public ReadOnlySpan<bool> WordStarts => _wordStarts.Value;

    /// <summary>The words of one sentence, as spans of the text (a word spans its syllables).</summary>
    public IReadOnlyList<TextSpan> WordsOf(Sentence sentence)
    {
        var starts = WordStarts;
        var words = new List<TextSpan>();
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (starts[i] || words.Count == 0)
            {
                words.Add(_tokens[i].Span);
            }
            else
            {
                words[^1] = TextSpan.FromBounds(words[^1].Start, _tokens[i].Span.End);
            }
        }

        return words;
    }

    /// <summary>The characters of a span.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => span.Slice(Text);

    /// <summary>The text of a span as a string.</summary>
    public string TextOf(TextSpan span) => span.ToString(Text);

    /// <summary>Tokenises the cleaned article and splits it into sentences; words come from <paramref name="segmenter"/> (default: the shipped model).</summary>
    public static ArticleDocument Analyze(CleanedArticle cleaned, CancellationToken cancellationToken = default, WordSegmenter? segmenter = null) =>
        Analyze(cleaned, null, cancellationToken, segmenter);

    /// <summary>
    /// As <see cref="Analyze(CleanedArticle, CancellationToken, WordSegmenter?)"/>, with a worker's scratch: its token
    /// key memo and its token and sentence buffers, reused from document to document (the document keeps exact copies).
    /// </summary>
    internal static ArticleDocument Analyze(CleanedArticle cleaned, AnalysisScratch? scratch, CancellationToken cancellationToken = default, WordSegmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var tokens = scratch?.Tokens ?? new List<Token>(cleaned.Text.Length / 4);
        var sentences = scratch?.Sentences ?? [];
        tokens.Clear();
        sentences.Clear();
        for (int p = 0; p < cleaned.ParagraphSpans.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = tokens.Count;
            Tokenizer.Tokenize(cleaned.Text, cleaned.ParagraphSpans[p], tokens, scratch?.Keys);
            SentenceSplitter.Split(cleaned.Text, tokens, first, tokens.Count, p, sentences);
        }

        var document = new ArticleDocument(cleaned, [.. tokens], [.. sentences], segmenter);
        scratch?.Trim();
        return document;
    }

    /// <summary>The document of a text that is not analysed (no tokens, no sentences): every extractor finds nothing in it.</summary>
    internal static ArticleDocument Unanalysed(CleanedArticle cleaned) => new(cleaned, [], [], null);

    private bool[] SegmentWords(WordSegmenter segmenter)
    {
        var starts = new bool[_tokens.Length];
        var spans = new TextSpan[_tokens.Length];
        for (int i = 0; i < _tokens.Length; i++)
        {
            spans[i] = _tokens[i].Span;
        }

        foreach (var sentence in _sentences)
        {
            segmenter.Segment(Text, spans.AsSpan(sentence.FirstToken, sentence.TokenCount), starts.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        return starts;
    }
}

/// <summary>
/// One worker's reusable analysis buffers: the token key memo and the token and sentence lists. Not thread-safe;
/// owned by one document at a time (the pipeline pools them).
/// </summary>
internal sealed class AnalysisScratch
{
    /// <summary>Buffers grown past this many tokens by a huge document are dropped rather than kept.</summary>
    private const int MaxKeptTokens = 1 << 16;

    public TokenKeyCache Keys { get; } = new();

    public List<Token> Tokens { get; private set; } = new(4096);

    public List<Sentence> Sentences { get; private set; } = new(256);

    /// <summary>Empties the buffers, letting go of any an outsized document grew.</summary>
    public void Trim()
    {
        Tokens.Clear();
        Sentences.Clear();
        if (Tokens.Capacity > MaxKeptTokens)
        {
            Tokens = new List<Token>(4096);
        }

        if (Sentences.Capacity > MaxKeptTokens / 8)
        {
            Sentences = new List<Sentence>(256);
        }
    }
}
