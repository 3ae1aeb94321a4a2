using System.Buffers;
using Extraction.Documents;
using Extraction.Learning;

namespace Extraction.Text.Segmentation;

/// <summary>Kinds of multi-syllable lexicon entries (flags of a word hash).</summary>
[Flags]
internal enum WordKinds : byte
{
    None = 0,
    Vocabulary = 1,
    Location = 2,
    Country = 4,
    Company = 8,
}

/// <summary>Classes of single syllables (flags of a syllable key hash).</summary>
[Flags]
internal enum SyllableClasses : byte
{
    None = 0,
    FamilyName = 1,
    MiddleName = 2,
    SentenceInitial = 4,
    InVocabulary = 8,
    Country = 16,
    Company = 32,
}

/// <summary>
/// The segmenter's features and greedy left-to-right B/I decoder, shared by training (scoring with
/// the trainer's current weights) and inference (scoring with the immutable averaged model).
/// Immutable; every per-call buffer lives on the stack or is rented from the shared array pool.
/// </summary>
internal sealed class SegmenterModel
{
    /// <summary>Feature-set id written into model headers.</summary>
    public const string FeatureSetId = "vi-word-segmenter-bi";

    /// <summary>Bump when any feature below changes meaning.</summary>
    public const int FeatureSetVersion = 2;

    /// <summary>Label 0: the syllable begins a word; label 1: it continues one.</summary>
    public static readonly IReadOnlyList<string> Labels = ["B", "I"];

    /// <summary>Longest lexicon word (in syllables) the features look for.</summary>
    public const int MaxWordLength = 6;

    private const int StackLimit = 256;
    private const int FirstIdentityFeature = 1;
    private const int LastIdentityFeature = 10;
    private const int MaxFeatures = 64;

    private static readonly ulong Bos = FeatureHash.Of("<s>");
    private static readonly ulong Eos = FeatureHash.Of("</s>");

    public SegmenterModel(PerceptronModel? weights, HashLexicon words, HashLexicon syllables)
    {
        Weights = weights;
        Words = words;
        Syllables = syllables;
    }

    public PerceptronModel? Weights { get; }

    public HashLexicon Words { get; }

    public HashLexicon Syllables { get; }

    /// <summary>
    /// Tags each syllable. With a <paramref name="trainer"/>, scores with its current weights and
    /// updates it towards <paramref name="gold"/> at every decision (training); otherwise scores with
    /// <see cref="Weights"/>.
    /// </summary>
    public void Decode(
        ReadOnlySpan<char> text,
        ReadOnlySpan<TextSpan> syllables,
        Span<bool> beginsWord,
        AveragedPerceptronTrainer? trainer = null,
        ReadOnlySpan<bool> gold = default,
        DeterministicRandom? dropout = null,
        double dropoutRate = 0)
    {
        int n = syllables.Length;
        if (beginsWord.Length < n)
        {
            throw new ArgumentException("The output span is shorter than the syllable list.", nameof(beginsWord));
        }

        if (n == 0)
        {
            return;
        }

        ulong[]? rentedKeys = null;
        byte[]? rentedBytes = null;
        Span<ulong> keys = n <= StackLimit ? stackalloc ulong[StackLimit] : (rentedKeys = ArrayPool<ulong>.Shared.Rent(n));
        Span<byte> bytes = n <= StackLimit ? stackalloc byte[StackLimit * 5] : (rentedBytes = ArrayPool<byte>.Shared.Rent(n * 5));
        try
        {
            keys = keys[..n];
            Span<byte> shapes = bytes.Slice(0, n);
            Span<byte> classes = bytes.Slice(n, n);
            Span<byte> starts = bytes.Slice(2 * n, n);      // bit L: a lexicon word of L syllables starts here
            Span<byte> lmLength = bytes.Slice(3 * n, n);    // length of the greedy longest-match word holding this syllable
            Span<byte> lmBegins = bytes.Slice(4 * n, n);    // 1 when greedy longest match starts a word here

            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<char> token = text.Slice(syllables[i].Start, syllables[i].Length);
                keys[i] = SyllableKeys.Hash(token);
                shapes[i] = (byte)SyllableKeys.Shape(token);
                classes[i] = Syllables.Lookup(keys[i]);
            }

            for (int i = 0; i < n; i++)
            {
                int mask = 0;
                ulong h = HashLexicon.Start(keys[i]);
                int max = Math.Min(MaxWordLength, n - i);
                for (int length = 2; length <= max; length++)
                {
                    h = HashLexicon.Extend(h, keys[i + length - 1]);
                    if (Words.Lookup(h) != 0)
                    {
                        mask |= 1 << length;
                    }
                }

                starts[i] = (byte)mask;
            }

            for (int i = 0; i < n;)
            {
                int length = starts[i] == 0 ? 1 : 31 - int.LeadingZeroCount(starts[i]);
                length = Math.Min(length, 4);
                while (length > 1 && (starts[i] & (1 << length)) == 0)
                {
                    length--;
                }

                for (int k = 0; k < length; k++)
                {
                    lmLength[i + k] = (byte)length;
                    lmBegins[i + k] = (byte)(k == 0 ? 1 : 0);
                }

                i += length;
            }

            Span<ulong> features = stackalloc ulong[MaxFeatures];
            Span<ulong> kept = stackalloc ulong[MaxFeatures];
            Span<float> scores = stackalloc float[2];
            beginsWord[0] = true;
            int wordLength = 1;
            for (int i = 1; i < n; i++)
            {
                if (shapes[i] == (byte)TokenShape.Punctuation || shapes[i - 1] == (byte)TokenShape.Punctuation)
                {
                    // Punctuation is a word of its own (the UD-VTB dev and test convention; a few
                    // training sentences join "10 - 15", which is noise we do not learn from).
                    beginsWord[i] = true;
                    wordLength = 1;
                    continue;
                }

                int count = Extract(i, n, keys, shapes, classes, starts, lmLength, lmBegins, beginsWord[i - 1], wordLength, features);
                ReadOnlySpan<ulong> active = features[..count];
                int predicted;
                if (trainer is null)
                {
                    Weights!.Score(active, scores);
                    predicted = scores[1] > scores[0] ? 1 : 0;
                }
                else
                {
                    if (dropout is not null)
                    {
                        // Hide some syllable-identity features so the model also learns to rely on
                        // the lexicon and shape features, which generalise to unseen words.
                        int m = 0;
                        for (int j = 0; j < count; j++)
                        {
                            if (j is < FirstIdentityFeature or > LastIdentityFeature || (dropout.NextUInt64() >> 11) * (1.0 / (1UL << 53)) >= dropoutRate)
                            {
                                kept[m++] = active[j];
                            }
                        }

                        active = kept[..m];
                    }

                    trainer.Score(active, scores);
                    predicted = scores[1] > scores[0] ? 1 : 0;
                    trainer.Update(active, gold[i] ? 0 : 1, predicted);
                }

                bool begins = predicted == 0;
                beginsWord[i] = begins;
                wordLength = begins ? 1 : wordLength + 1;
            }
        }
        finally
        {
            if (rentedKeys is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedKeys);
            }

            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }
        }
    }

    private static int Extract(
        int i,
        int n,
        ReadOnlySpan<ulong> keys,
        ReadOnlySpan<byte> shapes,
        ReadOnlySpan<byte> classes,
        ReadOnlySpan<byte> starts,
        ReadOnlySpan<byte> lmLength,
        ReadOnlySpan<byte> lmBegins,
        bool previousBegins,
        int wordLength,
        Span<ulong> f)
    {
        // The decision: is there a word boundary between syllable i-1 and syllable i?
        ulong k0 = keys[i];
        ulong kp = keys[i - 1];
        ulong kpp = i >= 2 ? keys[i - 2] : Bos;
        ulong kn = i + 1 < n ? keys[i + 1] : Eos;
        ulong knn = i + 2 < n ? keys[i + 2] : Eos;
        ulong s0 = shapes[i];
        ulong sp = shapes[i - 1];
        ulong spp = i >= 2 ? shapes[i - 2] : 0UL;
        ulong sn = i + 1 < n ? shapes[i + 1] : 0UL;
        ulong c0 = classes[i];
        ulong cp = classes[i - 1];
        int c = 0;

        f[c++] = 1;
        f[c++] = FeatureHash.Combine(2, k0);
        f[c++] = FeatureHash.Combine(3, kp);
        f[c++] = FeatureHash.Combine(4, kp, k0);
        f[c++] = FeatureHash.Combine(5, kn);
        f[c++] = FeatureHash.Combine(6, k0, kn);
        f[c++] = FeatureHash.Combine(7, kpp, kp);
        f[c++] = FeatureHash.Combine(8, kpp, kp, k0);
        f[c++] = FeatureHash.Combine(9, kp, k0, kn);
        f[c++] = FeatureHash.Combine(10, kpp);
        f[c++] = FeatureHash.Combine(11, kn, knn);
        f[c++] = FeatureHash.Combine(12, sp, s0);
        f[c++] = FeatureHash.Combine(13, spp, sp, s0, sn);
        f[c++] = FeatureHash.Combine(14, previousBegins ? 1UL : 0UL, (ulong)Math.Min(wordLength, 4));
        f[c++] = FeatureHash.Combine(15, previousBegins ? 1UL : 0UL, kp, k0);

        // Lexicon: which dictionary words cover the boundary, start or end at it.
        int cover = 1;       // longest lexicon word containing both i-1 and i
        int spanBits = 0;    // (offset, length) of covering words of 2..4 syllables
        for (int s = Math.Max(0, i - MaxWordLength + 1); s < i; s++)
        {
            int mask = starts[s];
            for (int length = i - s + 1; length <= MaxWordLength; length++)
            {
                if ((mask & (1 << length)) != 0)
                {
                    cover = Math.Max(cover, length);
                    if (length <= 4)
                    {
                        spanBits |= 1 << (((length - 2) * 3) + (i - s - 1));
                    }
                }
            }
        }

        int startHere = starts[i] == 0 ? 1 : 31 - int.LeadingZeroCount(starts[i]);
        int endBefore = 1; // longest lexicon word ending at i-1
        for (int s = Math.Max(0, i - MaxWordLength); s < i - 1; s++)
        {
            if ((starts[s] & (1 << (i - s))) != 0)
            {
                endBefore = Math.Max(endBefore, i - s);
            }
        }

        bool bigramHere = (starts[i - 1] & 4) != 0;
        bool bigramBefore = i >= 2 && (starts[i - 2] & 4) != 0;
        bool bigramAfter = (starts[i] & 4) != 0;
        f[c++] = FeatureHash.Combine(20, (ulong)spanBits);
        f[c++] = FeatureHash.Combine(21, (ulong)cover);
        f[c++] = FeatureHash.Combine(22, (ulong)cover, (ulong)startHere, (ulong)endBefore);
        f[c++] = FeatureHash.Combine(23, bigramBefore ? 1UL : 0UL, bigramHere ? 1UL : 0UL, bigramAfter ? 1UL : 0UL);
        f[c++] = FeatureHash.Combine(24, (ulong)lmBegins[i], (ulong)lmLength[i]);
        f[c++] = FeatureHash.Combine(25, (ulong)lmBegins[i], sp, s0);
        f[c++] = FeatureHash.Combine(26, (ulong)cover, sp, s0);
        f[c++] = FeatureHash.Combine(27, (ulong)lmBegins[i], k0);
        f[c++] = FeatureHash.Combine(28, (ulong)lmBegins[i], kp);
        f[c++] = FeatureHash.Combine(29, (ulong)spanBits, previousBegins ? 1UL : 0UL);

        // Names: capitalised sequences and family / middle names.
        const ulong nameBits = (ulong)(SyllableClasses.FamilyName | SyllableClasses.MiddleName);
        int capitalRun = 0;
        for (int s = i - 1; s >= 0 && capitalRun < 4 && IsCapitalised(shapes[s]); s--)
        {
            capitalRun++;
        }

        ulong runStartClass = capitalRun > 0 ? classes[i - capitalRun] & nameBits : 0UL;
        f[c++] = FeatureHash.Combine(30, cp & nameBits, c0 & nameBits, sp, s0);
        f[c++] = FeatureHash.Combine(31, (ulong)capitalRun, s0, runStartClass);
        f[c++] = FeatureHash.Combine(32, cp & (ulong)SyllableClasses.InVocabulary, c0 & (ulong)SyllableClasses.InVocabulary, sp, s0);
        f[c++] = FeatureHash.Combine(33, i == 1 ? 1UL : 0UL, cp & (ulong)SyllableClasses.SentenceInitial, sp, s0);
        f[c++] = FeatureHash.Combine(34, cp & ~nameBits & ~(ulong)SyllableClasses.InVocabulary, c0 & ~nameBits & ~(ulong)SyllableClasses.InVocabulary, s0);
        f[c++] = FeatureHash.Combine(35, (ulong)capitalRun, s0, kp);
        f[c++] = FeatureHash.Combine(40, bigramHere ? 1UL : 0UL, kp);
        f[c++] = FeatureHash.Combine(41, bigramHere ? 1UL : 0UL, k0);
        f[c++] = FeatureHash.Combine(42, kpp, sp, s0);
        f[c++] = FeatureHash.Combine(44, kp, sp, s0);
        f[c++] = FeatureHash.Combine(45, sp, s0, k0);
        f[c++] = FeatureHash.Combine(43, (ulong)startHere, (ulong)endBefore, (ulong)cover, (ulong)lmBegins[i]);
        return c;
    }

    private static bool IsCapitalised(byte shape) => shape is (byte)TokenShape.Title or (byte)TokenShape.Upper;

    public void WriteTo(BinaryWriter writer)
    {
        Weights!.WriteTo(writer);
        Words.WriteTo(writer);
        Syllables.WriteTo(writer);
    }

    public static SegmenterModel ReadFrom(BinaryReader reader)
    {
        PerceptronModel weights = PerceptronModel.ReadFrom(reader);
        if (weights.LabelCount != 2)
        {
            throw new InvalidDataException($"The segmenter needs 2 labels; the weights have {weights.LabelCount}.");
        }

        HashLexicon words = HashLexicon.ReadFrom(reader);
        HashLexicon syllables = HashLexicon.ReadFrom(reader);
        return new SegmenterModel(weights, words, syllables);
    }
}
