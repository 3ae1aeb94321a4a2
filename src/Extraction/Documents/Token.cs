namespace Extraction.Documents;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>A syllable or other run of letters: <c>Đảng</c>, <c>Covid</c>.</summary>
    Word,

    /// <summary>A number or a number pair: <c>175</c>, <c>5.699</c>, <c>1,29</c>, <c>6/5</c>.</summary>
    Number,

    /// <summary>A date: <c>21/01/2021</c>, <c>4-6/8/2020</c>, <c>14-1</c> after <c>ngày</c>.</summary>
    Date,

    /// <summary>A percentage: <c>120%</c>, <c>1,29%</c>.</summary>
    Percent,

    /// <summary>An abbreviation or code: <c>UBND</c>, <c>TP.HCM</c>, <c>KT-XH</c>, <c>đ/c</c>.</summary>
    Abbreviation,

    /// <summary>A punctuation mark or symbol.</summary>
    Punctuation,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>Facts about a token's surroundings and case.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>White space comes before the token.</summary>
    SpaceBefore = 1,

    /// <summary>The first letter is upper case.</summary>
    Capitalized = 2,

    /// <summary>Every letter is upper case (and there are at least two).</summary>
    AllCaps = 4,

    /// <summary>The token begins a paragraph.</summary>
    ParagraphStart = 8,
}

/// <summary>
/// One syllable-level token: where it is, what it is, and its matching key (NFC, one
/// tone-mark placement, lower case). The key is for rules and models; the text stays as written.
/// </summary>
/// <param name="Span">Where the token is in the document's text.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Flags">Case and spacing facts.</param>
/// <param name="Key">The normalised matching key.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, TokenFlags Flags, string Key)
{
    /// <summary>True for a word whose first letter is upper case.</summary>
    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    /// <summary>True when every letter is upper case.</summary>
    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    /// <summary>True when white space precedes the token.</summary>
    public bool HasSpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    /// <summary>True for a letter-bearing token (word or abbreviation).</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Abbreviation;
}

/// <summary>A sentence: its span and the range of its tokens.</summary>
/// <param name="Span">Where the sentence is in the text.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">How many tokens it has.</param>
/// <param name="Paragraph">Index of the paragraph it belongs to.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
