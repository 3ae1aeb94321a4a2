using System.Text;
using Extraction.Html;
using Extraction.Pipeline;
using Extraction.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Fuzz;

/// <summary>
/// A document that can be decoded never fails because of Unicode normalisation: what normalisation
/// refuses is replaced (one U+FFFD per refused UTF-16 unit) and the rest of the document is read.
/// </summary>
public sealed class UnicodeTotalityTests
{
    // The smallest input the fuzzing found failing: '1', a combining minus sign below, an unassigned code
    // point of plane 7, a precomposed Vietnamese capital, a CJK extension-B ideograph. Valid UTF-8; matching
    // code cut a span through the last surrogate pair and normalisation threw on the half.
    private const string FiveCharacters = "1\u0320\U00072840\u1EA8\U0002B67E";

    private const string Fact = "Năm 2023, Đảng bộ xã Mỹ Đức đã kết nạp 5 đảng viên mới.";

    [Fact]
    public void The_five_character_input_that_failed_gives_an_article()
    {
        var fromString = ArticleExtractor.Default.Extract(FiveCharacters);
        var fromBytes = ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(FiveCharacters));
        fromString.Admissions.Should().BeEmpty();
        fromBytes.Admissions.Should().BeEmpty();
    }

    [Fact]
    public void Facts_next_to_the_five_characters_are_read_with_their_offsets()
    {
        string text = FiveCharacters + " " + FiveCharacters + "\n\n" + Fact + " " + FiveCharacters + FiveCharacters + ".";
        var admission = ArticleExtractor.Default.Extract(text).Admissions.Should().ContainSingle().Subject;
        admission.Count.Should().Be(5);
        admission.Evidence.Sentence.Should().Contain("kết nạp 5 đảng viên");

        string page = $"<html><body><h1>{FiveCharacters}</h1><p>{FiveCharacters} {Fact}</p><p>{FiveCharacters}</p></body></html>";
        ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes(page)).Admissions.Should().ContainSingle().Which.Count.Should().Be(5);
    }

    [Fact]
    public void Every_slice_of_the_five_characters_has_a_key_even_through_a_surrogate_pair()
    {
        for (int start = 0; start < FiveCharacters.Length; start++)
        {
            for (int end = start; end <= FiveCharacters.Length; end++)
            {
                string slice = FiveCharacters[start..end];
                FluentActions.Invoking(() => VietnameseOrthography.Key(slice)).Should().NotThrow();
            }
        }

        // The half of a pair becomes U+FFFD in the key, one unit for one.
        VietnameseOrthography.Key(FiveCharacters.AsSpan(0, FiveCharacters.Length - 1)).Should().EndWith("\uFFFD");
    }

    // Found by the property below: a capital with no precomposed form with its mark ("T" + U+0308) stays decomposed
    // in NFC, but lower-cased the pair composes ("ẗ", U+1E97); the key must be the composed one the first time.
    [Theory]
    [InlineData("T\u0308", "\u1E97")]
    [InlineData("xT\u0308\u0363y", "x\u1E97\u0363y")]
    public void A_key_is_composed_after_lower_casing_so_keys_are_stable(string text, string expected)
    {
        string key = VietnameseOrthography.Key(text);
        key.Should().Be(expected);
        VietnameseOrthography.Key(key).Should().Be(key);
    }

    [Fact]
    public void Refused_units_are_replaced_one_for_one_and_counted()
    {
        string text = "a\uD800b\uFFFEc\uDC00";
        string normalized = UnicodeNormalization.Normalize(text, NormalizationForm.FormC, out int replaced);
        normalized.Should().Be("a\uFFFDb\uFFFDc\uFFFD");
        replaced.Should().Be(3);
        UnicodeNormalization.IsNormalized(text).Should().BeFalse();
        UnicodeNormalization.Normalize("ho\u0300a", NormalizationForm.FormC, out int none).Should().Be("hòa");
        none.Should().Be(0);
    }

    [Fact]
    public void Html_and_plain_text_with_noncharacters_and_lone_surrogates_are_read()
    {
        string junk = "\uFFFE\uD800\uFFFF\U0010FFFF\U000E0080\uFDD0";
        string text = junk + " " + Fact + " " + junk;
        ArticleExtractor.Default.Extract(text).Admissions.Should().ContainSingle().Which.Count.Should().Be(5);
        string page = $"<html><body><p>{junk}&#xFFFE;&#xD800; {Fact}</p></body></html>";
        ArticleExtractor.Default.Extract(page).Admissions.Should().ContainSingle().Which.Count.Should().Be(5);
        HtmlCleaner.Default.Clean(Encoding.UTF8.GetBytes(page)).Paragraphs.Should().NotBeEmpty();
    }

    // The HTML parser takes U+FFFF for the end of its input: the property test below found a page whose first
    // paragraph held one, and everything after it (the fact included) was lost without a word.
    [Theory]
    [InlineData("\uFFFF")]
    [InlineData("trước \uFFFF sau")]
    [InlineData("\uFFFF\uFFFF")]
    public void A_paragraph_holding_U_FFFF_does_not_end_the_page(string first)
    {
        string page = $"<html><body><p>{first}</p><p>{Fact}</p><p>Đoạn cuối vẫn được đọc.</p></body></html>";
        var cleaned = HtmlCleaner.Default.Clean(Encoding.UTF8.GetBytes(page));
        cleaned.Paragraphs.Should().Contain(p => p.Contains("kết nạp 5 đảng viên")).And.Contain("Đoạn cuối vẫn được đọc.");
        cleaned.Text.Should().NotContain("\uFFFF");
        cleaned.Warnings.Should().ContainSingle(w => w.Contains("U+FFFF"));
        ArticleExtractor.Default.Extract(page).Admissions.Should().ContainSingle().Which.Count.Should().Be(5);
    }

    [Fact]
    public void Normalisation_is_total_and_agrees_with_the_platform_where_the_platform_answers() =>
        Prop.ForAll(ScalarText.ToArbitrary(), text =>
        {
            foreach (var form in new[] { NormalizationForm.FormC, NormalizationForm.FormD })
            {
                string ours = UnicodeNormalization.Normalize(text, form);
                string? platform = TryPlatform(text, form);
                if (platform is not null && ours != platform)
                {
                    return false;
                }

                if (UnicodeNormalization.Normalize(ours, form) != ours)
                {
                    return false;
                }
            }

            return true;
        }).CheckReproducibly();

    // Normalisation decides text of Latin letters (below U+0300), precomposed Vietnamese letters (U+1E00–U+1EFF) and
    // typographic punctuation (U+2002–U+20CF) without the platform: the shortcut must answer as the platform does, for
    // any order of such characters.
    [Fact]
    public void Text_of_precomposed_letters_alone_is_already_composed_as_the_platform_says() =>
        Prop.ForAll(PrecomposedText.ToArbitrary(), text =>
            text.IsNormalized(NormalizationForm.FormC) &&
            UnicodeNormalization.IsNormalized(text) &&
            ReferenceEquals(UnicodeNormalization.Normalize(text), text) &&
            UnicodeNormalization.Normalize(text, NormalizationForm.FormD) == text.Normalize(NormalizationForm.FormD)).CheckReproducibly();

    // U+2000 and U+2001 (en and em quad) stand just before that range and decompose to U+2002 and U+2003: the shortcut
    // must leave them to the platform.
    [Fact]
    public void Quads_before_the_punctuation_range_are_normalised_as_the_platform_does() =>
        Prop.ForAll(PrecomposedText.ToArbitrary(), Gen.Elements('\u2000', '\u2001').ToArbitrary(), (text, quad) =>
        {
            string withQuad = text + quad + text;
            return UnicodeNormalization.Normalize(withQuad) == withQuad.Normalize(NormalizationForm.FormC) &&
                   !UnicodeNormalization.IsNormalized(withQuad);
        }).CheckReproducibly();

    // Tone placement reads syllables of precomposed letters from two tables instead of the normaliser: for any run of
    // letters (Vietnamese, other Latin, with stray marks and two tones) it must give exactly what normalisation gives.
    [Fact]
    public void Tone_placement_by_table_agrees_with_placement_by_normalisation() =>
        Prop.ForAll(SyllableRun.ToArbitrary(), run =>
        {
            string syllable = run.Normalize(NormalizationForm.FormC);
            return VietnameseOrthography.PlaceToneMark(syllable) == VietnameseOrthography.PlaceToneMarkByNormalization(syllable);
        }).CheckReproducibly(2000);

    // Keys are lower-cased by table for Latin text: the same as the platform's invariant lower case for any text.
    [Fact]
    public void Lower_case_by_table_is_the_invariant_lower_case() =>
        Prop.ForAll(Gen.OneOf(PrecomposedText, ScalarText, SyllableRun).ToArbitrary(), text =>
            VietnameseOrthography.LatinCase.ToLower(text) == text.ToLowerInvariant()).CheckReproducibly(1000);

    [Fact]
    public void Arbitrary_utf16_units_normalise_as_the_text_with_each_refused_unit_replaced() =>
        Prop.ForAll(Utf16Units.ToArbitrary(), text =>
        {
            var reference = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pair)
                {
                    reference.Append(text, i++, 2);
                }
                else
                {
                    reference.Append(char.IsSurrogate(text[i]) || text[i] == '\uFFFE' ? '\uFFFD' : text[i]);
                }
            }

            return UnicodeNormalization.Normalize(text) == reference.ToString().Normalize(NormalizationForm.FormC);
        }).CheckReproducibly();

    [Fact]
    public void Keys_and_tone_placement_never_throw_on_any_slice_of_arbitrary_scalar_values() =>
        Prop.ForAll(ScalarText.ToArbitrary(), Gen.Choose(0, 64).ToArbitrary(), Gen.Choose(0, 64).ToArbitrary(), (text, a, b) =>
        {
            int start = Math.Min(a, text.Length);
            int length = Math.Min(b, text.Length - start);
            string slice = text.Substring(start, length);
            string key = VietnameseOrthography.Key(slice);
            VietnameseOrthography.PlaceToneMarks(slice);
            return VietnameseOrthography.Key(key) == key && UnicodeNormalization.FirstRefused(key) < 0;
        }).CheckReproducibly();

    [Fact]
    public void The_extractor_reads_arbitrary_scalar_values_around_a_fact() =>
        Prop.ForAll(ScalarText.ToArbitrary(), ScalarText.ToArbitrary(), (before, after) =>
        {
            string text = before + "\n\n" + Fact + "\n\n" + after;
            var article = ArticleExtractor.Default.Extract(text);
            var page = ArticleExtractor.Default.Extract(Encoding.UTF8.GetBytes($"<html><body><p>{before}</p><p>{Fact}</p><p>{after}</p></body></html>"));
            return article.Admissions.Any(a => a.Count == 5) && page.Admissions.Any(a => a.Count == 5);
        }).CheckReproducibly(60);

    /// <summary>
    /// Unicode scalar values from every region that has tripped normalisation or could: ASCII, Vietnamese
    /// letters, combining marks, the whole BMP, unassigned planes 3–13, noncharacters (U+FDD0…, U+xFFFE/F),
    /// private use, and CJK extensions.
    /// </summary>
    internal static Gen<string> ScalarText { get; } =
        Gen.Frequency(
                (3, Gen.Choose(0x20, 0x7E)),
                (3, Gen.Elements("ạảãàáâậầấẩẫăắằặẳẵđĐêềếểễệôồốổỗộơờớởỡợưừứửữựỳýỷỹỵ".Select(c => (int)c).ToArray())),
                (2, Gen.Choose(0x0300, 0x036F)),
                (2, Gen.Choose(0x0080, 0xD7FF)),
                (1, Gen.Choose(0xE000, 0xFFFF)),
                (2, Gen.Choose(0x10000, 0x2FFFF)),
                (2, Gen.Choose(0x30000, 0xDFFFF)),
                (1, Gen.Choose(0xE0000, 0x10FFFF)),
                (1, Gen.Choose(0, 16).Select(plane => (plane << 16) | 0xFFFE)),
                (1, Gen.Choose(0xFDD0, 0xFDEF)))
            .ArrayOf()
            .Select(cps => string.Concat(cps.Select(char.ConvertFromUtf32)));

    /// <summary>
    /// Characters below the combining marks, precomposed letters of Latin Extended Additional, and punctuation and
    /// currency signs from U+2002 to U+20CF, in any order.
    /// </summary>
    internal static Gen<string> PrecomposedText { get; } =
        Gen.Frequency((2, Gen.Choose(0x00, 0x02FF)), (1, Gen.Choose(0x1E00, 0x1EFF)), (1, Gen.Choose(0x2002, 0x20CF)))
            .ArrayOf()
            .Select(cps => string.Concat(cps.Select(c => (char)c)));

    /// <summary>Every Vietnamese vowel with every tone, lower and upper case.</summary>
    private static readonly string VietnameseVowels = string.Concat(
        from vowel in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
        from tone in new[] { "", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" }
        select (vowel + tone).Normalize(NormalizationForm.FormC));

    /// <summary>Runs of one to eight letters: Vietnamese consonants and toned vowels in both cases, other Latin letters, and now and then a combining mark.</summary>
    internal static Gen<string> SyllableRun { get; } =
        Gen.Frequency(
                (6, Gen.Elements("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX".ToCharArray())),
                (8, Gen.Elements(VietnameseVowels.ToCharArray())),
                (1, Gen.Choose(0x00C0, 0x024F).Select(c => (char)c)),
                (1, Gen.Choose(0x1E00, 0x1EFF).Select(c => (char)c)),
                (1, Gen.Choose(0x0300, 0x0323).Select(c => (char)c)))
            .ArrayOf()
            .Where(chars => chars.Length is > 0 and <= 8)
            .Select(chars => new string(chars));

    /// <summary>Arbitrary UTF-16 units: unpaired surrogates, U+FFFE, combining marks and letters mixed.</summary>
    internal static Gen<string> Utf16Units { get; } =
        Gen.Frequency(
                (3, Gen.Choose(0x20, 0x7E)),
                (2, Gen.Choose(0x0300, 0x036F)),
                (2, Gen.Choose(0xD800, 0xDFFF)),
                (1, Gen.Constant(0xFFFE)),
                (2, Gen.Choose(0x00C0, 0x1EFF)))
            .Select(u => (char)u)
            .ArrayOf()
            .Select(chars => new string(chars));

    private static string? TryPlatform(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
