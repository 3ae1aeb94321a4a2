namespace Extraction.Documents;

/// <summary>
/// Which part of the article a paragraph is: the layer of sections over the cleaned text
/// (<see cref="CleanedArticle.Sections"/>), so that every sentence knows where it stands.
/// </summary>
public enum ArticleSection : byte
{
    /// <summary>
    /// The headline (tiêu đề) as a paragraph of the text: only when the headline also carries article text, as when
    /// a scraped text glues headline and lead into its first line. A headline that is only a headline stays in
    /// <see cref="CleanedArticle.Title"/> and is not part of the text.
    /// </summary>
    Headline,

    /// <summary>The lead (sa-pô, đoạn mở đầu): the first paragraph of the body.</summary>
    Lead,

    /// <summary>The rest of the article's text.</summary>
    Body,

    /// <summary>An image caption (chú thích ảnh), in its place in the text.</summary>
    Caption,
}
