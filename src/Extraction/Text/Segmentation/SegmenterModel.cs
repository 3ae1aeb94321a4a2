using System.Buffers;
using System.Runtime.CompilerServices;
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
/// The per-syllable methods here, in <see cref="SyllableKeys"/>, <see cref="HashLexicon"/> and
/// <see cref="PerceptronModel.PackedWeights"/> are compiled optimised from the first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>): a run of the segment verb lasts about a second, and
/// their first-tier code took a tenth of it.
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

    private readonly InferenceTables? _tables;

    public SegmenterModel(PerceptronModel? weights, HashLexicon words, HashLexicon syllables)
    {
        Weights = weights;
        Words = words;
        Syllables = syllables;
        _tables = weights is { HasPackedWeights: true } ? new InferenceTables(weights) : null;
    }

    public PerceptronModel? Weights { get; }

    public HashLexicon Words { get; }

    public HashLexicon Syllables { get; }

    /// <summary>
    /// Tags each syllable. With a <paramref name="trainer"/>, scores with its current weights and
    /// updates it towards <paramref name="gold"/> at every decision (training); otherwise scores with
    /// <see cref="Weights"/> (through the tables of <see cref="InferenceTables"/> when the model has two labels).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

            Prepare(text, syllables, keys, shapes, classes, starts, lmLength, lmBegins);
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

                int predicted;
                if (trainer is null && _tables is not null)
                {
                    Score(i, n, keys, shapes, classes, starts, lmLength, lmBegins, beginsWord[i - 1], wordLength, features, kept, out float b, out float c);
                    predicted = c > b ? 1 : 0;
                }
                else if (trainer is null)
                {
                    int count = Extract(i, n, keys, shapes, classes, starts, lmLength, lmBegins, beginsWord[i - 1], wordLength, features);
                    Weights!.Score(features[..count], scores);
                    predicted = scores[1] > scores[0] ? 1 : 0;
                }
                else
                {
                    int count = Extract(i, n, keys, shapes, classes, starts, lmLength, lmBegins, beginsWord[i - 1], wordLength, features);
                    ReadOnlySpan<ulong> active = features[..count];
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

    /// <summary>What the features read, per syllable: key hashes, shapes, classes and lexicon matches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Prepare(
        ReadOnlySpan<char> text,
        ReadOnlySpan<TextSpan> syllables,
        Span<ulong> keys,
        Span<byte> shapes,
        Span<byte> classes,
        Span<byte> starts,
        Span<byte> lmLength,
        Span<byte> lmBegins)
    {
        int n = syllables.Length;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> token = text.Slice(syllables[i].Start, syllables[i].Length);
            keys[i] = SyllableKeys.Hash(token);
            shapes[i] = (byte)SyllableKeys.Shape(token);
            classes[i] = Syllables.Lookup(keys[i]);
        }

        // The lexicon words starting at each syllable, looked up for 16 syllables (up to 80 candidates) at a time
        // so that the table's cache misses overlap (see HashLexicon.Lookup).
        Span<ulong> candidates = stackalloc ulong[16 * (MaxWordLength - 1)];
        Span<byte> found = stackalloc byte[16 * (MaxWordLength - 1)];
        for (int from = 0; from < n; from += 16)
        {
            int to = Math.Min(n, from + 16);
            int m = 0;
            for (int i = from; i < to; i++)
            {
                ulong h = HashLexicon.Start(keys[i]);
                int max = Math.Min(MaxWordLength, n - i);
                for (int length = 2; length <= max; length++)
                {
                    h = HashLexicon.Extend(h, keys[i + length - 1]);
                    candidates[m++] = h;
                }
            }

            Words.Lookup(candidates[..m], found);
            m = 0;
            for (int i = from; i < to; i++)
            {
                int mask = 0;
                int max = Math.Min(MaxWordLength, n - i);
                for (int length = 2; length <= max; length++)
                {
                    if (found[m++] != 0)
                    {
                        mask |= 1 << length;
                    }
                }

                starts[i] = (byte)mask;
            }
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
    }

    /// <summary>
    /// For tests: at how many (syllable, previous decision, word length) states of the sentence the scores of the fast
    /// path differ, in any bit, from those of <see cref="Extract"/> and <see cref="PerceptronModel.Score"/>.
    /// </summary>
    internal int CountScoreDifferences(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> syllables)
    {
        int n = syllables.Length;
        var keys = new ulong[n];
        var bytes = new byte[n * 5];
        Span<byte> shapes = bytes.AsSpan(0, n), classes = bytes.AsSpan(n, n), starts = bytes.AsSpan(2 * n, n);
        Span<byte> lmLength = bytes.AsSpan(3 * n, n), lmBegins = bytes.AsSpan(4 * n, n);
        Prepare(text, syllables, keys, shapes, classes, starts, lmLength, lmBegins);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<ulong> packed = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[2];
        int differences = 0;
        for (int i = 1; i < n; i++)
        {
            foreach (bool previousBegins in (ReadOnlySpan<bool>)[false, true])
            {
                for (int wordLength = 1; wordLength <= 5; wordLength++)
                {
                    int count = Extract(i, n, keys, shapes, classes, starts, lmLength, lmBegins, previousBegins, wordLength, features);
                    Weights!.Score(features[..count], scores);
                    Score(i, n, keys, shapes, classes, starts, lmLength, lmBegins, previousBegins, wordLength, features, packed, out float b, out float c);
                    if (BitConverter.SingleToInt32Bits(b) != BitConverter.SingleToInt32Bits(scores[0])
                        || BitConverter.SingleToInt32Bits(c) != BitConverter.SingleToInt32Bits(scores[1]))
                    {
                        differences++;
                    }
                }
            }
        }

        return differences;
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

        Context x = Context.At(i, shapes, classes, starts);
        int cover = x.Cover, spanBits = x.SpanBits, startHere = x.StartHere, endBefore = x.EndBefore;
        bool bigramHere = x.BigramHere, bigramBefore = x.BigramBefore, bigramAfter = x.BigramAfter;
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
        int capitalRun = x.CapitalRun;
        ulong runStartClass = x.RunStartClass;
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

    /// <summary>
    /// The B/I decision at syllable <paramref name="i"/> with the model's weights: the features of <see cref="Extract"/>
    /// and the sum of <see cref="PerceptronModel.Score"/>, in the same order, so the same floats and the same result.
    /// Only the 19 features that read syllable keys are hashed and looked up here (all at once, see
    /// <see cref="PerceptronModel.PackedWeights"/>); the 18 whose values come from small sets (shapes, classes, lexicon
    /// lengths and flags) take their weights from <see cref="InferenceTables"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Score(
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
        Span<ulong> h,
        Span<ulong> w,
        out float b,
        out float c)
    {
        InferenceTables t = _tables!;
        ulong k0 = keys[i];
        ulong kp = keys[i - 1];
        ulong kpp = i >= 2 ? keys[i - 2] : Bos;
        ulong kn = i + 1 < n ? keys[i + 1] : Eos;
        ulong knn = i + 2 < n ? keys[i + 2] : Eos;
        int s0 = shapes[i];
        int sp = shapes[i - 1];
        int spp = i >= 2 ? shapes[i - 2] : 0;
        int sn = i + 1 < n ? shapes[i + 1] : 0;
        int c0 = classes[i];
        int cp = classes[i - 1];
        int previous = previousBegins ? 1 : 0;
        int lmB = lmBegins[i];
        Context x = Context.At(i, shapes, classes, starts);
        int bigramHere = x.BigramHere ? 1 : 0;
        int spS0 = (sp * InferenceTables.Shapes) + s0;

        h[0] = FeatureHash.Combine(2, k0);
        h[1] = FeatureHash.Combine(3, kp);
        h[2] = FeatureHash.Combine(4, kp, k0);
        h[3] = FeatureHash.Combine(5, kn);
        h[4] = FeatureHash.Combine(6, k0, kn);
        h[5] = FeatureHash.Combine(7, kpp, kp);
        h[6] = FeatureHash.Combine(8, kpp, kp, k0);
        h[7] = FeatureHash.Combine(9, kp, k0, kn);
        h[8] = FeatureHash.Combine(10, kpp);
        h[9] = FeatureHash.Combine(11, kn, knn);
        h[10] = FeatureHash.Combine(t.Prefix15[previous], kp, k0);
        h[11] = FeatureHash.Combine(t.Prefix27[lmB], k0);
        h[12] = FeatureHash.Combine(t.Prefix28[lmB], kp);
        h[13] = FeatureHash.Combine(t.Prefix35[(x.CapitalRun * InferenceTables.Shapes) + s0], kp);
        h[14] = FeatureHash.Combine(t.Prefix40[bigramHere], kp);
        h[15] = FeatureHash.Combine(t.Prefix41[bigramHere], k0);
        h[16] = FeatureHash.Combine(42, kpp, (ulong)sp, (ulong)s0);
        h[17] = FeatureHash.Combine(44, kp, (ulong)sp, (ulong)s0);
        h[18] = FeatureHash.Combine(t.Prefix45[spS0], k0);
        Weights!.PackedWeights(h[..19], w);

        // Classes outside the named ones (bits a model file could carry but training never sets) leave the table.
        const int otherBits = ~(int)(SyllableClasses.FamilyName | SyllableClasses.MiddleName | SyllableClasses.InVocabulary) & 0xFF;
        ulong f34 = ((cp | c0) & 0xC0) == 0
            ? t.Classes34[(((InferenceTables.OtherClassIndex(cp) * 8) + InferenceTables.OtherClassIndex(c0)) * InferenceTables.Shapes) + s0]
            : t.Weight(FeatureHash.Combine(34, (ulong)(cp & otherBits), (ulong)(c0 & otherBits), (ulong)s0));

        b = 0; // the scores of B (label 0) and I (label 1), summed in Extract's order
        c = 0;
        Add(ref b, ref c, t.Bias);
        for (int k = 0; k < 10; k++)
        {
            Add(ref b, ref c, w[k]);
        }

        Add(ref b, ref c, t.Shapes12[spS0]);
        Add(ref b, ref c, t.Shapes13[(((((spp * InferenceTables.Shapes) + sp) * InferenceTables.Shapes) + s0) * InferenceTables.Shapes) + sn]);
        Add(ref b, ref c, t.Word14[(previous * 5) + Math.Min(wordLength, 4)]);
        Add(ref b, ref c, w[10]);
        Add(ref b, ref c, t.Spans20[x.SpanBits]);
        Add(ref b, ref c, t.Cover21[x.Cover]);
        Add(ref b, ref c, t.Lengths22[(((x.Cover * 7) + x.StartHere) * 7) + x.EndBefore]);
        Add(ref b, ref c, t.Bigrams23[((x.BigramBefore ? 4 : 0) | (bigramHere * 2)) + (x.BigramAfter ? 1 : 0)]);
        Add(ref b, ref c, t.Match24[(lmB * 5) + lmLength[i]]);
        Add(ref b, ref c, t.Match25[(lmB * InferenceTables.Shapes * InferenceTables.Shapes) + spS0]);
        Add(ref b, ref c, t.Cover26[(x.Cover * InferenceTables.Shapes * InferenceTables.Shapes) + spS0]);
        Add(ref b, ref c, w[11]);
        Add(ref b, ref c, w[12]);
        Add(ref b, ref c, t.Spans29[(x.SpanBits * 2) + previous]);
        int names = ((cp & 3) * 4) + (c0 & 3);
        Add(ref b, ref c, t.Names30[(names * InferenceTables.Shapes * InferenceTables.Shapes) + spS0]);
        Add(ref b, ref c, t.Run31[(((x.CapitalRun * InferenceTables.Shapes) + s0) * 4) + (int)x.RunStartClass]);
        int vocabulary = (((cp >> 3) & 1) * 2) + ((c0 >> 3) & 1);
        Add(ref b, ref c, t.Vocabulary32[(vocabulary * InferenceTables.Shapes * InferenceTables.Shapes) + spS0]);
        int initial = ((i == 1 ? 1 : 0) * 2) + ((cp >> 2) & 1);
        Add(ref b, ref c, t.Initial33[(initial * InferenceTables.Shapes * InferenceTables.Shapes) + spS0]);
        Add(ref b, ref c, f34);
        for (int k = 13; k < 19; k++)
        {
            Add(ref b, ref c, w[k]);
        }

        Add(ref b, ref c, t.Lengths43[(((((x.StartHere * 7) + x.EndBefore) * 7) + x.Cover) * 2) + lmB]);
    }

    // A feature's packed weights added to the two scores; an unknown feature's 0 adds +0, which changes no sum (a sum
    // that starts at +0 is never -0), just as skipping it does.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref float b, ref float c, ulong packed)
    {
        b += BitConverter.Int32BitsToSingle((int)(uint)packed);
        c += BitConverter.Int32BitsToSingle((int)(uint)(packed >> 32));
    }

    /// <summary>
    /// The weights, packed as in <see cref="PerceptronModel.PackedWeights"/>, of every value the small-set features of
    /// <see cref="Extract"/> can take, looked up once when the model is made (7,255 lookups); and the hash prefixes
    /// (template and small values) of the features that end in a syllable key.
    /// </summary>
    private sealed class InferenceTables
    {
        public const int Shapes = 7; // 0 (beyond the sentence) and the six TokenShape values

        private readonly PerceptronModel _weights;

        public InferenceTables(PerceptronModel weights)
        {
            _weights = weights;
            const int s = Shapes;
            Bias = Weight(1);
            for (int a = 0; a < s; a++)
            {
                for (int z = 0; z < s; z++)
                {
                    int az = (a * s) + z;
                    Shapes12[az] = Weight(FeatureHash.Combine(12, (ulong)a, (ulong)z));
                    Prefix45[az] = FeatureHash.Combine(45, (ulong)a, (ulong)z);
                    for (int p = 0; p < s; p++)
                    {
                        for (int q = 0; q < s; q++)
                        {
                            Shapes13[(((((p * s) + a) * s) + z) * s) + q] = Weight(FeatureHash.Combine(13, (ulong)p, (ulong)a, (ulong)z, (ulong)q));
                        }
                    }

                    for (int v = 0; v < 2; v++)
                    {
                        Match25[(v * s * s) + az] = Weight(FeatureHash.Combine(25, (ulong)v, (ulong)a, (ulong)z));
                        for (int u = 0; u < 2; u++)
                        {
                            Vocabulary32[(((u * 2) + v) * s * s) + az] = Weight(FeatureHash.Combine(32, (ulong)(u * 8), (ulong)(v * 8), (ulong)a, (ulong)z));
                            Initial33[(((u * 2) + v) * s * s) + az] = Weight(FeatureHash.Combine(33, (ulong)u, (ulong)(v * 4), (ulong)a, (ulong)z));
                        }
                    }

                    for (int v = 0; v < 7; v++)
                    {
                        Cover26[(v * s * s) + az] = Weight(FeatureHash.Combine(26, (ulong)v, (ulong)a, (ulong)z));
                    }

                    for (int u = 0; u < 4; u++)
                    {
                        for (int v = 0; v < 4; v++)
                        {
                            Names30[(((u * 4) + v) * s * s) + az] = Weight(FeatureHash.Combine(30, (ulong)u, (ulong)v, (ulong)a, (ulong)z));
                        }
                    }
                }
            }

            for (int v = 0; v < 2; v++)
            {
                Prefix15[v] = FeatureHash.Combine(15, (ulong)v);
                Prefix27[v] = FeatureHash.Combine(27, (ulong)v);
                Prefix28[v] = FeatureHash.Combine(28, (ulong)v);
                Prefix40[v] = FeatureHash.Combine(40, (ulong)v);
                Prefix41[v] = FeatureHash.Combine(41, (ulong)v);
                for (int l = 0; l < 5; l++)
                {
                    Word14[(v * 5) + l] = Weight(FeatureHash.Combine(14, (ulong)v, (ulong)l));
                    Match24[(v * 5) + l] = Weight(FeatureHash.Combine(24, (ulong)v, (ulong)l));
                }
            }

            for (int bits = 0; bits < 512; bits++)
            {
                Spans20[bits] = Weight(FeatureHash.Combine(20, (ulong)bits));
                Spans29[bits * 2] = Weight(FeatureHash.Combine(29, (ulong)bits, 0UL));
                Spans29[(bits * 2) + 1] = Weight(FeatureHash.Combine(29, (ulong)bits, 1UL));
            }

            for (int bits = 0; bits < 8; bits++)
            {
                Bigrams23[bits] = Weight(FeatureHash.Combine(23, (ulong)(bits >> 2), (ulong)((bits >> 1) & 1), (ulong)(bits & 1)));
            }

            for (int cover = 0; cover < 7; cover++)
            {
                Cover21[cover] = Weight(FeatureHash.Combine(21, (ulong)cover));
                for (int u = 0; u < 7; u++)
                {
                    for (int v = 0; v < 7; v++)
                    {
                        Lengths22[(((cover * 7) + u) * 7) + v] = Weight(FeatureHash.Combine(22, (ulong)cover, (ulong)u, (ulong)v));
                        for (int m = 0; m < 2; m++)
                        {
                            // Template 43 reads (start here, end before, cover, match begins).
                            Lengths43[(((((u * 7) + v) * 7) + cover) * 2) + m] = Weight(FeatureHash.Combine(43, (ulong)u, (ulong)v, (ulong)cover, (ulong)m));
                        }
                    }
                }
            }

            for (int run = 0; run < 5; run++)
            {
                for (int z = 0; z < s; z++)
                {
                    Prefix35[(run * s) + z] = FeatureHash.Combine(35, (ulong)run, (ulong)z);
                    for (int r = 0; r < 4; r++)
                    {
                        Run31[(((run * s) + z) * 4) + r] = Weight(FeatureHash.Combine(31, (ulong)run, (ulong)z, (ulong)r));
                    }
                }
            }

            for (int u = 0; u < 8; u++)
            {
                for (int v = 0; v < 8; v++)
                {
                    for (int z = 0; z < s; z++)
                    {
                        Classes34[(((u * 8) + v) * s) + z] = Weight(FeatureHash.Combine(34, OtherClasses(u), OtherClasses(v), (ulong)z));
                    }
                }
            }
        }

        public ulong Bias { get; }

        public ulong[] Shapes12 { get; } = new ulong[Shapes * Shapes];

        public ulong[] Shapes13 { get; } = new ulong[Shapes * Shapes * Shapes * Shapes];

        public ulong[] Word14 { get; } = new ulong[2 * 5];

        public ulong[] Spans20 { get; } = new ulong[512];

        public ulong[] Cover21 { get; } = new ulong[7];

        public ulong[] Lengths22 { get; } = new ulong[7 * 7 * 7];

        public ulong[] Bigrams23 { get; } = new ulong[8];

        public ulong[] Match24 { get; } = new ulong[2 * 5];

        public ulong[] Match25 { get; } = new ulong[2 * Shapes * Shapes];

        public ulong[] Cover26 { get; } = new ulong[7 * Shapes * Shapes];

        public ulong[] Spans29 { get; } = new ulong[512 * 2];

        public ulong[] Names30 { get; } = new ulong[4 * 4 * Shapes * Shapes];

        public ulong[] Run31 { get; } = new ulong[5 * Shapes * 4];

        public ulong[] Vocabulary32 { get; } = new ulong[2 * 2 * Shapes * Shapes];

        public ulong[] Initial33 { get; } = new ulong[2 * 2 * Shapes * Shapes];

        public ulong[] Classes34 { get; } = new ulong[8 * 8 * Shapes];

        public ulong[] Lengths43 { get; } = new ulong[7 * 7 * 7 * 2];

        public ulong[] Prefix15 { get; } = new ulong[2];

        public ulong[] Prefix27 { get; } = new ulong[2];

        public ulong[] Prefix28 { get; } = new ulong[2];

        public ulong[] Prefix35 { get; } = new ulong[5 * Shapes];

        public ulong[] Prefix40 { get; } = new ulong[2];

        public ulong[] Prefix41 { get; } = new ulong[2];

        public ulong[] Prefix45 { get; } = new ulong[Shapes * Shapes];

        /// <summary>Template 34's value for a syllable's classes (bits 0x40 and 0x80 clear): SentenceInitial, Country, Company as 0..7.</summary>
        public static int OtherClassIndex(int classes) => ((classes >> 2) & 1) | ((classes >> 3) & 6);

        public ulong Weight(ulong feature)
        {
            Span<ulong> packed = [0];
            _weights.PackedWeights([feature], packed);
            return packed[0];
        }

        private static ulong OtherClasses(int index) =>
            (ulong)(((index & 1) != 0 ? (int)SyllableClasses.SentenceInitial : 0)
                | ((index & 2) != 0 ? (int)SyllableClasses.Country : 0)
                | ((index & 4) != 0 ? (int)SyllableClasses.Company : 0));
    }

    /// <summary>What the features read from the lexicon matches and the capitalisation around a decision.</summary>
    private readonly struct Context
    {
        public int Cover { get; init; }          // longest lexicon word containing both i-1 and i

        public int SpanBits { get; init; }       // (offset, length) of covering words of 2..4 syllables

        public int StartHere { get; init; }      // longest lexicon word starting at i

        public int EndBefore { get; init; }      // longest lexicon word ending at i-1

        public bool BigramBefore { get; init; }

        public bool BigramHere { get; init; }

        public bool BigramAfter { get; init; }

        public int CapitalRun { get; init; }     // capitalised syllables just before i, at most 4

        public ulong RunStartClass { get; init; } // name classes of the run's first syllable

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Context At(int i, ReadOnlySpan<byte> shapes, ReadOnlySpan<byte> classes, ReadOnlySpan<byte> starts)
        {
            // Lexicon: which dictionary words cover the boundary, start or end at it.
            int cover = 1;
            int spanBits = 0;
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

            int endBefore = 1;
            for (int s = Math.Max(0, i - MaxWordLength); s < i - 1; s++)
            {
                if ((starts[s] & (1 << (i - s))) != 0)
                {
                    endBefore = Math.Max(endBefore, i - s);
                }
            }

            int capitalRun = 0;
            for (int s = i - 1; s >= 0 && capitalRun < 4 && IsCapitalised(shapes[s]); s--)
            {
                capitalRun++;
            }

            return new Context
            {
                Cover = cover,
                SpanBits = spanBits,
                StartHere = starts[i] == 0 ? 1 : 31 - int.LeadingZeroCount(starts[i]),
                EndBefore = endBefore,
                BigramBefore = i >= 2 && (starts[i - 2] & 4) != 0,
                BigramHere = (starts[i - 1] & 4) != 0,
                BigramAfter = (starts[i] & 4) != 0,
                CapitalRun = capitalRun,
                RunStartClass = capitalRun > 0 ? classes[i - capitalRun] & (ulong)(SyllableClasses.FamilyName | SyllableClasses.MiddleName) : 0UL,
            };
        }
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
