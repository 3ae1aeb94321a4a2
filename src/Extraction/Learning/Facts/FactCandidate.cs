using Extraction.Documents;
using Extraction.Extractors;
using Extraction.Records;

namespace Extraction.Learning.Facts;

/// <summary>The record types the fact classifier judges, in the order of the article's lists.</summary>
internal enum FactType : byte
{
    /// <summary>An <see cref="Records.Admission"/> (kết nạp).</summary>
    Admission,

    /// <summary>A <see cref="Records.Discipline"/> (kỷ luật).</summary>
    Discipline,

    /// <summary>An <see cref="Records.Award"/> (khen thưởng).</summary>
    Award,

    /// <summary>An <see cref="Records.Official"/> (cán bộ).</summary>
    Official,
}

/// <summary>
/// Whether a fact was done, planned or put forward, in one scale for admissions and awards
/// (an award's <c>awarded</c> is <see cref="Done"/>); officials have none.
/// </summary>
internal enum FactStatus : byte
{
    /// <summary>Done: <see cref="AdmissionStatus.Achieved"/>, <see cref="AwardStatus.Awarded"/>.</summary>
    Done,

    /// <summary>A plan or goal: <see cref="AdmissionStatus.Target"/>.</summary>
    Target,

    /// <summary>Put forward: <see cref="AdmissionStatus.Proposed"/>, <see cref="AwardStatus.Proposed"/>.</summary>
    Proposed,

    /// <summary>The type has no status (disciplines, officials).</summary>
    None,
}

/// <summary>
/// One record the rules produced, as the classifier sees it: its type, its index in the context's
/// list of that type, and the sentence of its evidence (for an official, of its first mention).
/// </summary>
/// <param name="Type">The record type.</param>
/// <param name="Index">Index in the context's list of that type.</param>
/// <param name="Sentence">Index of the evidence sentence in the document, or -1 when the evidence lies outside the text.</param>
internal readonly record struct FactCandidate(FactType Type, int Index, int Sentence)
{
    /// <summary>The candidates of a context, in list order: admissions, disciplines, awards, officials.</summary>
    public static void Collect(ExtractionContext context, List<FactCandidate> output)
    {
        var sentences = context.Document.Sentences;
        for (int i = 0; i < context.Admissions.Count; i++)
        {
            output.Add(new(FactType.Admission, i, SentenceAt(sentences, context.Admissions[i].Evidence.Start)));
        }

        for (int i = 0; i < context.Disciplines.Count; i++)
        {
            output.Add(new(FactType.Discipline, i, SentenceAt(sentences, context.Disciplines[i].Evidence.Start)));
        }

        for (int i = 0; i < context.Awards.Count; i++)
        {
            output.Add(new(FactType.Award, i, SentenceAt(sentences, context.Awards[i].Evidence.Start)));
        }

        for (int i = 0; i < context.Officials.Count; i++)
        {
            var mentions = context.Officials[i].Mentions;
            output.Add(new(FactType.Official, i, mentions.Count == 0 ? -1 : SentenceAt(sentences, mentions[0].Start)));
        }
    }

    /// <summary>The record's status on the common scale.</summary>
    public FactStatus StatusIn(ExtractionContext context) => Type switch
    {
        FactType.Admission => context.Admissions[Index].Status switch
        {
            AdmissionStatus.Target => FactStatus.Target,
            AdmissionStatus.Proposed => FactStatus.Proposed,
            _ => FactStatus.Done,
        },
        FactType.Award => context.Awards[Index].Status == AwardStatus.Proposed ? FactStatus.Proposed : FactStatus.Done,
        _ => FactStatus.None,
    };

    /// <summary>The confidence the rules gave the record.</summary>
    public double RuleConfidenceIn(ExtractionContext context) => Type switch
    {
        FactType.Admission => context.Admissions[Index].Confidence,
        FactType.Discipline => context.Disciplines[Index].Confidence,
        FactType.Award => context.Awards[Index].Confidence,
        _ => context.Officials[Index].Confidence,
    };

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    internal static int SentenceAt(ReadOnlySpan<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && offset < sentences[found].Span.End ? found : -1;
    }
}
