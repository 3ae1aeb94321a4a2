using System.Collections.Frozen;
using System.Text;
using Extraction.Documents;
using Extraction.Learning;
using Extraction.Records;
using Extraction.Rules;
using Extraction.Text;

namespace Extraction.Extractors;

/// <summary>
/// People named with their titles. Reads a name after <c>đồng chí</c>/<c>đ/c</c>/<c>ông</c>/<c>bà</c>
/// with the titles that follow it (separated by <c>-</c>, <c>–</c>, <c>,</c>, in brackets or quotes,
/// <c>nguyên</c> marking a former holder), titles before a name (<c>Bí thư Huyện ủy Lê Thị B cho biết</c>),
/// and a bare name directly followed by a title. Abbreviations are expanded from
/// <see cref="Officials.Abbreviations"/> and a bare <c>Huyện ủy</c> or <c>UBND huyện</c> is resolved to
/// the article's unit. Mentions of one person are merged; people with no title are not reported.
/// </summary>
internal sealed class OfficialExtractor(OfficialsLabeller? labeller) : IExtractor
{
    private const int MaxBodyTokens = 12;

    /// <summary>How many sentences back a pronoun (<c>ông là …</c>) may find the person it stands for.</summary>
    private const int MaxAnaphorDistance = 3;

    private static readonly HashSet<string> StandingDeputies = new(StringComparer.Ordinal)
    {
        "Phó Bí thư", "Phó Chủ tịch", "Phó Trưởng ban", "Phó Chủ nhiệm",
    };

    /// <summary>A deputy's post (<c>Phó …</c>, <c>Thứ trưởng</c>), which may be the standing or the first one.</summary>
    private static bool IsDeputy(string position) => position.StartsWith("Phó ", StringComparison.Ordinal) || position == "Thứ trưởng";

    /// <summary>How many tokens of a life story (<c>sinh năm …, quê …</c>) may stand between a person and the posts said of them.</summary>
    private const int MaxCareerGap = 30;

    /// <summary>Adverbs between a list of people and the verb that gives them one post (<c>tiếp tục được bầu</c>, <c>cũng được</c>).</summary>
    private static readonly PhraseTable<bool> SharedVerbAdverbs = PhraseTableBuilder.Of("official-shared-verb-adverbs", true,
        "tiếp tục", "cũng", "đều", "đã", "vừa", "mới", "cùng");

    /// <summary>Words that open the posts of a life story after a person (<c>từng</c>, <c>giữ chức</c>, <c>là</c>, <c>được bầu</c>).</summary>
    private static readonly HashSet<string> CareerVerbs = new(StringComparer.Ordinal) { "từng", "giữ", "là", "được", "kiêm", "kinh", "nắm", "đảm", "hiện", "đang", "trở" };

    /// <summary>The verbs of holding unmistakable inside another clause (<c>tham gia cách mạng năm 1936 và đã nắm giữ …</c>).</summary>
    private static readonly HashSet<string> CareerVerbsInClause = new(StringComparer.Ordinal) { "từng", "kiêm", "kinh", "nắm", "đảm" };

    /// <summary>Last words of a verb that appoints someone, after which <c>làm</c> names the post (<c>bầu bà A làm …</c>, <c>bổ nhiệm ông B làm …</c>).</summary>
    private static readonly HashSet<string> AppointingVerbEnds = new(StringComparer.Ordinal) { "bầu", "nhiệm", "cử", "động", "công", "định" };

    /// <summary>Adverbs and a conjunction passed over before a verb of holding (<c>ông cũng từng …</c>, <c>và đã giữ …</c>).</summary>
    private static readonly HashSet<string> CareerAdverbs = new(StringComparer.Ordinal) { "cũng", "đã", "còn", "vẫn", "lại", "và", "thì" };

    /// <summary>Party committees as a body's name spells them once resolved (<c>Ban Tuyên giáo Tỉnh ủy Lạng Sơn</c>).</summary>
    private static readonly string[] PartyCommittees = ["Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy"];

    /// <summary>Words before a title that make it plural, so that a list of names shares it (<c>các Phó Thủ tướng A, B</c>).</summary>
    private static readonly HashSet<string> Plurals = new(StringComparer.Ordinal) { "các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười" };

    /// <summary>The last word of a school's level (<c>THPT</c>, <c>Tiểu học</c>, <c>Trung học cơ sở</c>, <c>Đại học</c>), by key.</summary>
    private static readonly HashSet<string> SchoolLevels = new(StringComparer.Ordinal)
    {
        "thpt", "thcs", "ptth", "ptdtnt", "ptdtbt", "th", "học", "sở", "thông", "non", "chuyên", "đẳng", "cấp", "đh", "mn", "mg", "giáo",
    };

    /// <summary>Honorifics written before a foreign name (<c>Datuk Seri</c>, <c>Tan Sri</c> in Malaysia, <c>Sir</c>), which are no part of it.</summary>
    private static readonly PhraseTable<bool> ForeignHonorifics = PhraseTableBuilder.Of("foreign-honorifics", true,
        "datuk seri", "datuk", "dato sri", "dato", "tan sri", "tun", "sir", "dame", "pehin");

    /// <summary>A school's level as it follows <c>Trường</c>, whatever its case (<c>Cao Đẳng</c>, <c>Trung Học Phổ Thông</c>).</summary>
    private static readonly PhraseTable<bool> SchoolLevelPhrases = PhraseTableBuilder.Of("school-level-phrases", true,
        "cao đẳng", "đại học", "tiểu học", "trung học cơ sở", "trung học phổ thông", "trung cấp", "mầm non", "phổ thông");

    /// <summary>Words after which a number is part of a body's name (<c>Quận 12</c>, <c>Chi bộ 4</c>, <c>Quân khu 3</c>).</summary>
    private static readonly HashSet<string> NumberedUnits = new(StringComparer.Ordinal)
    {
        "quận", "phường", "bộ", "khu", "đội", "tổ", "thôn", "xóm", "ấp", "khóm", "đoàn", "trung", "sư", "lữ", "tiểu", "số", "cục",
        "phố", // "tổ dân phố 5", "khu phố 3"
        "viện", // "Bệnh viện 108"
    };

    /// <summary>Words that open a sentence, never part of a name or a place (<c>Với</c>, <c>Theo</c>, <c>Tại</c>).</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "với", "theo", "tại", "trong", "sau", "khi", "về", "để", "ngày", "các", "những", "nhưng",
    };

    /// <summary>The initials of states' formal names, written before the country (<c>CHLB Đức</c>, <c>CHDCND Lào</c>), and what they stand for.</summary>
    private static readonly Dictionary<string, string> StateInitials = new(StringComparer.Ordinal)
    {
        ["chlb"] = "Cộng hòa Liên bang", ["chdcnd"] = "Cộng hòa Dân chủ Nhân dân", ["chnd"] = "Cộng hòa Nhân dân",
        ["chxhcn"] = "Cộng hòa xã hội chủ nghĩa", ["chdc"] = "Cộng hòa Dân chủ",
    };

    /// <summary>Keys that end <c>Trung ương</c> and its abbreviations.</summary>
    private static readonly HashSet<string> CentralKeys = new(StringComparer.Ordinal) { "ương", "tư", "t.ư", "tw", "t.w", "bchtư" };

    /// <summary>An extractor with the shipped labeller (used only when it is switched on and learned models are allowed).</summary>
    public OfficialExtractor()
        : this(OfficialsLabeller.Default)
    {
    }

    public string Name => "officials";

    public void Extract(ExtractionContext context)
    {
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var order = new List<string>();
        var document = context.Document;
        var model = context.Options.UseLearnedModels && labeller is { Enabled: true } ? labeller : null;
        var anaphors = new List<Reference>();
        var lastMention = new Dictionary<string, long>(StringComparer.Ordinal); // person key → where the latest mention is (MentionAt)
        string? lastPerson = null; // the person named last, whom a following "ông là …" refers back to
        int sinceLastPerson = int.MaxValue;
        OpenGroup? openGroup = null;
        var sentences = document.Sentences;
        for (int sentenceIndex = 0; sentenceIndex < sentences.Length; sentenceIndex++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[sentenceIndex];
            var tokens = document.TokensOf(sentence);
            if (!MayNamePeople(tokens) || WrittenInCapitals(tokens))
            {
                // Reading it would find nobody, so only what an empty reading changes is changed.
                sinceLastPerson++;
                openGroup = null;
                continue;
            }

            var reader = new SentenceReader(context, tokens, document.Text);
            anaphors.Clear();
            var found = reader.ReadPeople(anaphors);
            if (model is not null && OfficialsLabeller.Worth(tokens) && HasUnreadName(tokens, found))
            {
                AddLabelledNames(model, document, sentence, reader, found);
            }

            // "… kỷ luật 4 ủy viên Trung ương Đảng. Đó là ông A - Bộ trưởng …, ông B …": the group's title goes to the
            // people the next sentence lists, when it opens as a list and names as many as the group counts.
            // Not when the list names a post of its own first ("các Phó Thủ tướng, các Bộ trưởng …" then "Cụ thể, Phó Thủ tướng gồm các
            // ông: A, B, …").
            if (openGroup is { } group && SentenceReader.OpensList(tokens) && (group.Count > 0 ? found.Count == group.Count : found.Count >= 2) &&
                !OtherPostBefore(tokens, found.Min(f => f.At), group.Title))
            {
                SentenceReader.GiveGroupTitle(group.Title, found, 0);
            }

            SentenceReader.ShareItemTitles(tokens, found);

            // Only worth looking for when the next sentence opens a list (a rare shape: this keeps the stage cheap).
            openGroup = sentenceIndex + 1 < sentences.Length && SentenceReader.OpensList(document.TokensOf(sentences[sentenceIndex + 1]))
                ? reader.FindOpenGroup(found)
                : null;
            var evidence = context.EvidenceOf(sentence);
            sinceLastPerson++;
            // "Ông là Phó Chính ủy Quân khu 3", "bà từng giữ chức …" with no name in the sentence: the titles are those of
            // the person named last, if that was in the last few sentences (a life story, an obituary).
            if (found.Count == 0 && lastPerson is not null && sinceLastPerson <= MaxAnaphorDistance)
            {
                foreach (var reference in anaphors)
                {
                    if (reference.GivenName is null)
                    {
                        people[lastPerson].Add(reference.Titles, reference.Former, evidence, ReadPath.Anaphor);
                    }
                }
            }

            // "Đồng chí A, …, sinh ngày …; quê quán: …" then "Ủy viên Ban Chấp hành Trung ương Đảng các khóa …; Ủy viên Bộ Chính trị …":
            // an obituary's career, a sentence of posts alone a few sentences after the one that names the person.
            if (found.Count == 0 && lastPerson is not null && sinceLastPerson <= MaxAnaphorDistance && anaphors.Count == 0 && reader.ReadPostList() is var (listed, listedFormer))
            {
                people[lastPerson].Add(listed, listedFormer, evidence, ReadPath.Anaphor);
            }

            Collect(found, evidence, people, order, lastMention, sentenceIndex);
            if (found.Count > 0)
            {
                lastPerson = VietnameseOrthography.Key(found.MaxBy(f => f.At).Name);
                sinceLastPerson = 0;
            }
            else if (lastPerson is not null && sinceLastPerson <= MaxAnaphorDistance && HasSubjectPronoun(tokens))
            {
                // "Năm 1970, ông nhập ngũ. Năm 1975, ông …": a life story told sentence by sentence keeps speaking of the person
                // named before it, however many sentences it runs to.
                sinceLastPerson = 0;
            }

            // "Ông Phúc là đại tá, nguyên hiệu trưởng …": the person named earlier in full whose given name this is (the
            // one mentioned most recently, if several).
            foreach (var reference in anaphors)
            {
                if (reference.GivenName is string given && FindByGivenName(given, lastMention) is string key)
                {
                    people[key].Add(reference.Titles, reference.Former, evidence, ReadPath.Anaphor);
                    lastMention[key] = MentionAt(sentenceIndex, tokens.Length);
                }
            }
        }

        // The headline names people too ("Trao huy hiệu 50 năm tuổi Đảng cho nguyên Phó Thủ tướng Trần Văn Khải"); its
        // evidence is the headline, with empty offsets since it is not part of the cleaned text.
        if (document.Cleaned.Title is string headline && document.TitleTokens.Length > 0 && !WrittenInCapitals(document.TitleTokens))
        {
            var reader = new SentenceReader(context, document.TitleTokens, headline);
            Collect(reader.ReadPeople(), new Evidence(headline, 0, 0), people, order);
        }

        foreach (string key in order)
        {
            var person = people[key];
            if (person.Titles.Count == 0 || NamedAfterOwnPlace(person))
            {
                continue;
            }

            context.Officials.Add(new Official
            {
                Name = person.Name,
                Titles = WithoutUnitShorthands(OwnProvinceCommittee(WithoutAmbiguousMembership(person.Titles), context.Province)),
                Former = person.Former,
                Mentions = person.Mentions,
                Confidence = person.Confidence,
            });
        }
    }

    /// <summary>
    /// True when the "person" is the place one of their own titles ends with: in <c>… Trung tâm giống cây trồng Thạch Hà, Chủ
    /// tịch UBND huyện Thạch Hà, …</c> the district was read as a name before a chain of posts, and no one heads the
    /// district named after them.
    /// </summary>
    private static bool NamedAfterOwnPlace(Person person)
    {
        string name = VietnameseOrthography.Key(person.Name);
        return person.Titles.Any(t => t.Organization is string body && VietnameseOrthography.Key(body).EndsWith(" " + name, StringComparison.Ordinal));
    }

    /// <summary>
    /// A bare <c>Tỉnh ủy viên</c> was resolved to the article's province; when the person's other posts all lie in one other
    /// province (<c>Phạm Văn A, nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Tài chính tỉnh Hà Nam</c> in an article about Bến
    /// Tre), that province's committee is the one meant.
    /// </summary>
    private static IReadOnlyList<Title> OwnProvinceCommittee(IReadOnlyList<Title> titles, string? articleProvince)
    {
        if (articleProvince is null || !titles.Any(t => IsArticleCommitteeMember(t, articleProvince)))
        {
            return titles;
        }

        string? own = null;
        foreach (var title in titles)
        {
            if (title.Organization is not string organization || IsArticleCommitteeMember(title, articleProvince))
            {
                continue;
            }

            int at = organization.LastIndexOf(" tỉnh ", StringComparison.OrdinalIgnoreCase);
            string? province = at < 0 ? null : organization[(at + " tỉnh ".Length)..];
            if (province is null || !Places.Provinces.Contains(VietnameseOrthography.Key(province)))
            {
                continue;
            }

            if (own is not null && VietnameseOrthography.Key(own) != VietnameseOrthography.Key(province))
            {
                return titles;
            }

            own = province;
        }

        if (own is null || VietnameseOrthography.Key(own) == VietnameseOrthography.Key(articleProvince))
        {
            return titles;
        }

        return [.. titles.Select(t => IsArticleCommitteeMember(t, articleProvince) ? t with { Organization = $"Tỉnh ủy {own}" } : t)];
    }

    /// <summary>
    /// <c>TUV</c> stands for Tỉnh ủy viên or Thành ủy viên; when the article spells the person's membership out elsewhere
    /// (<c>đồng chí A- TUV, …</c> and <c>đồng chí A, Thành uỷ viên, …</c>), the spelled-out one is what the initials meant.
    /// </summary>
    private static IReadOnlyList<Title> WithoutAmbiguousMembership(IReadOnlyList<Title> titles)
    {
        static bool Membership(Title t) => t.Position is "Tỉnh ủy viên" or "Thành ủy viên";
        static bool Initials(Title t) => VietnameseOrthography.Key(t.Text.Replace("nguyên", "", StringComparison.OrdinalIgnoreCase).Trim()) == "tuv";
        if (!titles.Any(t => Membership(t) && !Initials(t)) || !titles.Any(t => Membership(t) && Initials(t)))
        {
            return titles;
        }

        return [.. titles.Where(t => !(Membership(t) && Initials(t)))];
    }

    /// <summary>
    /// <c>Phó Chủ tịch tỉnh X</c> beside <c>Phó Chủ tịch UBND tỉnh X</c>: the unit alone is the same post said short, one title.
    /// </summary>
    private static IReadOnlyList<Title> WithoutUnitShorthands(IReadOnlyList<Title> titles)
    {
        if (titles.Count < 2)
        {
            return titles;
        }

        // The unit is tokenised only when another title of the same post ends with it.
        var kept = titles.Where(t => !(t.Organization is string unit &&
            titles.Any(u => !ReferenceEquals(u, t) && u.Position == t.Position && u.Organization is string full && full.Length > unit.Length &&
                            (full.EndsWith(" " + unit, StringComparison.OrdinalIgnoreCase) ||
                             // "Phó Chủ tịch tỉnh" beside "Phó Chủ tịch UBND tỉnh", resolved to "… tỉnh Đắk Nông": a bare level too.
                             (!unit.Contains(' ') && full.Contains(" " + unit + " ", StringComparison.OrdinalIgnoreCase)))) &&
            Officials.UnitLevels.StartsAt(Tokenizer.Tokenize(unit).ToArray(), 0))).ToList();
        // "Bí thư quận Hà Đông" (a caption) beside "Bí thư Quận ủy Hà Đông", "Bí thư Quận ủy quận Bình Tân" beside "Bí thư Quận ủy
        // Bình Tân": the same post of the same unit's committee, written twice; the committee's shortest name stays.
        kept = kept.Where(t => !(t.Organization is string org && PlaceOfCommittee(org) is var (place, ownCommittee) &&
            kept.Any(u => !ReferenceEquals(u, t) && u.Position == t.Position && u.Organization is string other &&
                          PlaceOfCommittee(other) is (string otherPlace, true) && otherPlace == place && (!ownCommittee || other.Length < org.Length)))).ToList();
        return kept.Count == titles.Count ? titles : kept;
    }

    /// <summary>
    /// The place a unit's committee or the unit is named after (<c>Quận ủy Hà Đông</c>, <c>quận Hà Đông</c>, <c>Quận ủy quận Hà
    /// Đông</c> → <c>hà đông</c>) and whether the name is the committee's; null for any other body.
    /// </summary>
    private static (string Place, bool Committee)? PlaceOfCommittee(string organization)
    {
        var tokens = Tokenizer.Tokenize(organization).ToArray();
        int k = 0;
        bool committee = false;
        while (k < tokens.Length && (Officials.LevelCommittees.TryMatch(tokens, k, out _, out int length) || Officials.UnitLevels.TryMatch(tokens, k, out _, out length)))
        {
            committee |= Officials.LevelCommittees.StartsAt(tokens, k);
            k += length;
        }

        return k > 0 && k < tokens.Length && (committee || k == 1) && tokens[k..].All(t => t.Kind == TokenKind.Word && t.IsCapitalized)
            ? (VietnameseOrthography.Key(organization.AsSpan(tokens[k].Span.Start)), committee)
            : null;
    }

    private static bool IsArticleCommitteeMember(Title title, string articleProvince) =>
        title.Position == "Tỉnh ủy viên" && VietnameseOrthography.Key(title.Text) == "tỉnh ủy viên" && title.Organization == $"Tỉnh ủy {articleProvince}";

    /// <summary>
    /// Names the labeller marks and the rules did not read (<c>Chủ tịch Quốc hội Lào Pany Yathotou</c>, a name whose
    /// family name is not in the list), paired with the title the rules read right before or right after them.
    /// </summary>
    private static void AddLabelledNames(OfficialsLabeller model, ArticleDocument document, Sentence sentence, SentenceReader reader, List<Found> found)
    {
        var tokens = document.TokensOf(sentence);
        // Words of this sentence only: segmenting the whole document for a few sentences would cost more than the labeller.
        var spans = new TextSpan[tokens.Length];
        for (int t = 0; t < tokens.Length; t++)
        {
            spans[t] = tokens[t].Span;
        }

        var starts = new bool[tokens.Length];
        Text.Segmentation.WordSegmenter.Default.Segment(document.Text, spans, starts);
        var wordStarts = new List<int>(tokens.Length);
        for (int t = 0; t < tokens.Length; t++)
        {
            if (starts[t] || t == 0)
            {
                wordStarts.Add(t);
            }
        }

        var labels = new int[wordStarts.Count];
        var margins = new float[wordStarts.Count];
        model.Label(tokens, document.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(wordStarts), labels, margins);
        for (int w = 0; w < labels.Length; w++)
        {
            if (labels[w] != OfficialsLabeller.BeginPerson)
            {
                continue;
            }

            int last = w;
            while (last + 1 < labels.Length && labels[last + 1] == OfficialsLabeller.InsidePerson)
            {
                last++;
            }

            int at = wordStarts[w];
            int end = last + 1 < wordStarts.Count ? wordStarts[last + 1] : tokens.Length;
            w = last;
            // "Chủ tịch Cuba Fidel Castro": a country before a foreign name belongs to the title; a run right after a unit
            // level (tỉnh Luông Nặm Thà) or that is a province is a place.
            if (Officials.Countries.TryMatch(tokens, at, out _, out int country))
            {
                at += country;
            }

            if (AfterUnitLevel(tokens, at) || end - at >= 2 && Places.Provinces.Contains(VietnameseOrthography.Key(
                    document.Text.AsSpan(tokens[at].Span.Start, tokens[end - 1].Span.End - tokens[at].Span.Start))))
            {
                continue;
            }

            if (end - at is < PersonNames.MinSyllables or > PersonNames.MaxSyllables || !AllNameLike(tokens, at, end) || found.Exists(f => f.At < end && at < f.At + f.Length))
            {
                continue;
            }

            var titles = reader.TitlesAround(at, end, out bool former);
            if (titles.Count > 0)
            {
                found.Add(new Found(PersonNames.Normalize(tokens, document.Text, at, end - at), titles, former, at, end - at, ReadPath.Labeller));
            }
        }
    }

    /// <summary>
    /// The sentence is said of someone as <c>ông</c>, <c>bà</c> or <c>đồng chí</c> with no name after it, as its subject: first,
    /// or after a comma (<c>Năm 1970, ông nhập ngũ</c>); <c>gia đình đồng chí</c> speaks of someone else.
    /// </summary>
    private static bool HasSubjectPronoun(ReadOnlySpan<Token> tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && tokens[i - 1].Key != ",")
            {
                continue;
            }

            int length = tokens[i].Key is "ông" or "bà" ? 1 : TokenPatterns.At(tokens, i, "đồng", "chí") ? 2 : 0;
            if (length > 0 && !(i + length < tokens.Length && tokens[i + length].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence holds a capitalised run of two syllables that no name read by the rules covers.</summary>
    private static bool HasUnreadName(ReadOnlySpan<Token> tokens, List<Found> found)
    {
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            // A body's name (Ủy ban Kiểm tra, Bộ Chính trị) is not a name the rules missed.
            if (tokens[i].IsCapitalized && tokens[i + 1].IsCapitalized && tokens[i].Kind == TokenKind.Word && tokens[i + 1].IsWordLike &&
                !(tokens[i - 1].IsCapitalized && tokens[i - 1].Kind == TokenKind.Word) && !Officials.BodyWords.Contains(tokens[i].Key) &&
                !PersonNames.StartsTitle(tokens, i) && !AfterUnitLevel(tokens, i) && !found.Exists(f => f.At <= i && i < f.At + f.Length) && NearPost(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A run right after a unit level (<c>tỉnh Quảng Ninh</c>, <c>Huyện ủy Lục Nam</c>) is a place, not a person: the labeller's
    /// names there are dropped, and such a run alone is no reason to segment and label a sentence.
    /// </summary>
    private static bool AfterUnitLevel(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && Officials.UnitLevels.StartsAt(tokens, i - 1) || i > 1 && Officials.LevelCommittees.StartsAt(tokens, i - 2);

    /// <summary>A post starts a little before <paramref name="i"/> or right after the run there: only such names can get a title.</summary>
    private static bool NearPost(ReadOnlySpan<Token> tokens, int i)
    {
        for (int k = Math.Max(0, i - MaxBodyTokens); k < i; k++)
        {
            if (Officials.Positions.StartsAt(tokens, k))
            {
                return true;
            }
        }

        int end = i;
        while (end < tokens.Length && tokens[end].IsCapitalized && tokens[end].IsWordLike)
        {
            end++;
        }

        return end + 1 < tokens.Length && tokens[end].Key is "," or "-" or "(" && Officials.Positions.StartsAt(tokens, end + 1);
    }

    /// <summary>Every syllable capitalised and letter-bearing, the first not a post or a body.</summary>
    private static bool AllNameLike(ReadOnlySpan<Token> tokens, int at, int end)
    {
        for (int i = at; i < end; i++)
        {
            if (!tokens[i].IsCapitalized || !tokens[i].IsWordLike || tokens[i].IsAllCaps && tokens[i].Span.Length > 1 && tokens[i].Kind == TokenKind.Abbreviation)
            {
                return false;
            }
        }

        return !PersonNames.StartsTitle(tokens, at);
    }

    /// <summary>A post other than <paramref name="title"/>'s starts before <paramref name="at"/> (the first person a list names).</summary>
    private static bool OtherPostBefore(ReadOnlySpan<Token> tokens, int at, Title title)
    {
        for (int k = Officials.Positions.Find(tokens, 0, at, out string? post, out int length); k >= 0;
             k = Officials.Positions.Find(tokens, k + length, at, out post, out length))
        {
            if (post != title.Position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a mention stands, as one number that orders mentions by sentence, then by token: of two people named in one
    /// sentence (<c>Thủ tướng Nguyễn Xuân Phúc … bổ nhiệm ông Nguyễn Văn Phúc …</c>), the later is the more recent, so a
    /// following <c>ông Phúc</c> is him.
    /// </summary>
    private static long MentionAt(int sentence, int token) => ((long)sentence << 32) + token;

    /// <summary>The person mentioned most recently whose full name ends with <paramref name="given"/> (a key of one or two syllables).</summary>
    private static string? FindByGivenName(string given, Dictionary<string, long> lastMention)
    {
        string? best = null;
        long bestAt = -1;
        foreach (var (key, at) in lastMention)
        {
            if (key.Length > given.Length + 1 && key.EndsWith(given, StringComparison.Ordinal) && key[^(given.Length + 1)] == ' ' && at > bestAt)
            {
                (best, bestAt) = (key, at);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether the sentence holds a word the reader starts from: a post, a fixed title or an abbreviated post (every title
    /// path, the groups and the labeller's gate need one) or a person introducer (names read without a title, pronouns
    /// and given names). A sentence with none yields nobody, so the reader is not run on it: one set test per token.
    /// </summary>
    private static bool MayNamePeople(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (SentenceTriggers.Contains(token.Key) || IsPostAbbreviation(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a line written all in capitals (<c>PHÓ CHỦ NHIỆM UBKT TỈNH ỦY SƠN LA TRẢ LỜI …</c>): case shows no names there, and
    /// every run of words after a post would read as one. Headlines are written so as often as body lines.
    /// </summary>
    private static bool WrittenInCapitals(ReadOnlySpan<Token> tokens)
    {
        int words = 0, shouted = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
                shouted += token.IsAllCaps && token.Key.Length > 1 ? 1 : 0;
            }
        }

        return words >= 6 && shouted * 10 >= words * 9;
    }

    /// <summary>
    /// Right after a school's level (<c>Trường THPT</c>, <c>Trường Tiểu học</c>, <c>Trường Đại học</c>) or the head of another body
    /// often named after a person (<see cref="Officials.NamedAfterPeopleHeads"/>: <c>Bệnh viện</c>, <c>Nhà hát</c>, <c>Bảo tàng</c>):
    /// a name at <paramref name="index"/> is the body's (<c>Trường THPT Nguyễn Huệ</c>, <c>Nhà hát Cao Văn Lầu</c>) unless a place
    /// comes first.
    /// </summary>
    internal static bool AfterNamingHead(ReadOnlySpan<Token> tokens, int index)
    {
        // "Bệnh viện Bạch Mai", "Bệnh viện Nguyễn Tri Phương": hospitals too are named after people and places.
        if (index > 0 && Officials.NamedAfterPeopleHeads.EndsBefore(tokens, index, 3))
        {
            return true;
        }

        if (index == 0 || !SchoolLevels.Contains(tokens[index - 1].Key))
        {
            return false;
        }

        // "Trường Trung học phổ thông chuyên A": the level may be spelled out in four words and a kind.
        for (int k = index - 2; k >= Math.Max(0, index - 7); k--)
        {
            if (tokens[k].Key == "trường")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person named right after a chain of titles that starts at <paramref name="from"/> (<c>Giám đốc Công ty Xây dựng A Trần
    /// Văn B</c>, <c>nguyên Bí thư Huyện ủy C</c>): where the name starts and its length, or null when no chain starts there or no
    /// name ends it. For extractors that meet officials as recipients, read as this extractor reads them: a body named after a
    /// person (<c>Hiệu trưởng Trường THPT Nguyễn Trãi</c>) is part of the title, not a name.
    /// </summary>
    internal static (int At, int Length)? NameAfterTitles(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, int from)
    {
        var reader = new SentenceReader(context, tokens, text);
        return reader.NameAfterTitles(from);
    }

    /// <summary>
    /// Where the chain of titles set off at <paramref name="from"/> (the comma after a name) ends: <c>, Chủ tịch HĐQT Công ty Cổ
    /// phần A</c> before <c>vinh dự được …</c>, read as this extractor reads a person's titles; null when none is read there.
    /// </summary>
    internal static int? TitlesEnd(ExtractionContext context, ReadOnlySpan<Token> tokens, string text, int from)
    {
        var reader = new SentenceReader(context, tokens, text);
        return reader.TitlesEnd(from);
    }

    /// <summary>An abbreviated post (<c>PCT</c>, <c>GĐ</c>): a known abbreviation of a post, written as one.</summary>
    private static bool IsPostAbbreviation(Token token) =>
        Officials.Abbreviations.TryGetValue(token.Key, out var abbreviation) && abbreviation.IsPosition && PersonNames.IsAbbreviationLike(token);

    /// <summary>The first keys of the posts, fixed titles and person introducers, and <c>thường</c> (<c>Thường vụ Huyện ủy</c> as a post).</summary>
    private static readonly FrozenSet<string> SentenceTriggers =
        Officials.Positions.FirstKeys.Concat(Officials.FixedTitles.FirstKeys).Concat(Officials.PersonIntroducers.FirstKeys)
            .Append("thường").ToFrozenSet(StringComparer.Ordinal);

    private static void Collect(List<Found> found, Evidence evidence, Dictionary<string, Person> people, List<string> order,
        Dictionary<string, long>? lastMention = null, int sentenceIndex = 0)
    {
        foreach (var (name, titles, former, at, _, path) in found)
        {
            string key = VietnameseOrthography.Key(name);
            // "ông Kinh Quốc" after "ông Nguyễn Kinh Quốc", "Bộ trưởng Kim Tiến" after "Bộ trưởng Y tế Nguyễn Thị Kim Tiến": two
            // syllables after an introducer or a title that end a name read before are that person again, not a new one.
            if (lastMention is not null && path is ReadPath.Introduced or ReadPath.TitleBefore && !people.ContainsKey(key) && key.Count(c => c == ' ') == 1 &&
                FindByGivenName(key, lastMention) is string full)
            {
                key = full;
            }

            if (lastMention is not null)
            {
                lastMention[key] = MentionAt(sentenceIndex, at);
            }

            if (!people.TryGetValue(key, out var person))
            {
                person = new Person(name);
                people[key] = person;
                order.Add(key);
            }

            person.Add(titles, former, evidence, path);
        }
    }

    /// <summary>A person read in one sentence: the name, the titles, and where and how the name was read.</summary>
    internal readonly record struct Found(string Name, List<Title> Titles, bool Former, int At, int Length, ReadPath Path);

    /// <summary>How a person was read, which tells how far to trust it.</summary>
    internal enum ReadPath
    {
        /// <summary>After a word that introduces a person: <c>đồng chí A, Bí thư …</c>.</summary>
        Introduced,

        /// <summary>After a chain of titles: <c>Bí thư Tỉnh ủy A</c>.</summary>
        TitleBefore,

        /// <summary>A bare name before its titles: <c>A - Chủ tịch …</c>.</summary>
        BareName,

        /// <summary>A name sharing a plural title: <c>các Phó Thủ tướng A, B</c>.</summary>
        SharedTitle,

        /// <summary>A name the sequence labeller found and the rules did not, paired with a title by the rules.</summary>
        Labeller,

        /// <summary>Titles after a pronoun (<c>ông là Phó Chính ủy …</c>) given to the person named last.</summary>
        Anaphor,
    }

    /// <summary>
    /// Titles said of someone not named in full: after a pronoun (<c>ông là …</c>, <see cref="GivenName"/> null) or after
    /// an introducer and a given name alone (<c>ông Phúc là …</c>, <see cref="GivenName"/> its key).
    /// </summary>
    internal readonly record struct Reference(string? GivenName, List<Title> Titles, bool Former);

    /// <summary>A title stated for a counted group whose members the sentence does not name (<c>kỷ luật 4 ủy viên Trung ương Đảng.</c>).</summary>
    /// <param name="Title">The group's title.</param>
    /// <param name="Count">How many the group has, or 0 when it is only plural (<c>các</c>, <c>những</c>).</param>
    internal readonly record struct OpenGroup(Title Title, int Count);

    /// <summary>
    /// Name precision of each <see cref="ReadPath"/> on held-out folds of the real news corpus's train split, as
    /// <c>train officials --cv 5</c> prints it, add-one smoothed ((right + 1) / (all + 2)): introduced 52/54,
    /// title before 101/102, bare name 6/6, shared title 4/4, labeller 2/2. An official's confidence is the
    /// precision of the surest path that read it. (The values must stay distinct: the trainer tells paths apart by them.)
    /// A pronoun only adds titles to someone already read by another path, so its value never decides a confidence.
    /// </summary>
    private static readonly double[] PathPrecision = [0.946, 0.981, 0.875, 0.833, 0.750, 0.800];

    private sealed class Person(string name)
    {
        /// <summary>Two spellings of one post: the full one and its everyday short form (see <see cref="ShortPost"/>).</summary>
        private static bool SamePost(string a, string b) => ShortPost(a) == ShortPost(b);

        /// <summary>
        /// A post's everyday short form, the post itself when it has none: <c>Phó phòng</c> for <c>Phó Trưởng phòng</c>, <c>Đại sứ</c>
        /// for an ambassador extraordinary and plenipotentiary.
        /// </summary>
        private static string ShortPost(string post) => post switch
        {
            "Phó Trưởng phòng" => "Phó phòng",
            "Đại sứ đặc mệnh toàn quyền" => "Đại sứ",
            _ => post,
        };

        /// <summary>One body names the other in fewer words (or none): <c>Chi bộ</c> and <c>Chi bộ 5</c>.</summary>
        private static bool SameBody(string? a, string? b)
        {
            if (a is null || b is null)
            {
                return true;
            }

            string ka = VietnameseOrthography.Key(a), kb = VietnameseOrthography.Key(b);
            return ka.StartsWith(kb, StringComparison.Ordinal) || kb.StartsWith(ka, StringComparison.Ordinal) ||
                   // "Cộng hòa Indonesia tại Việt Nam" and "Indonesia tại Việt Nam": a state by its formal name and its short one.
                   ka.StartsWith("cộng hòa ", StringComparison.Ordinal) && ka.EndsWith(" " + kb, StringComparison.Ordinal) ||
                   kb.StartsWith("cộng hòa ", StringComparison.Ordinal) && kb.EndsWith(" " + ka, StringComparison.Ordinal);
        }

        private readonly HashSet<string> _titleKeys = new(StringComparer.Ordinal);
        private readonly HashSet<Evidence> _mentions = [];

        public string Name { get; } = name;

        public List<Title> Titles { get; } = [];

        public List<Evidence> Mentions { get; } = [];

        public bool Former { get; private set; }

        /// <summary>How sure the reading is: the precision of the surest path that read the person (see <see cref="PathPrecision"/>).</summary>
        public double Confidence { get; private set; }

        public void Add(List<Title> titles, bool former, Evidence evidence, ReadPath path)
        {
            bool hadTitles = Titles.Count > 0;
            Confidence = Math.Max(Confidence, PathPrecision[(int)path]);
            foreach (var title in titles)
            {
                // "Thứ trưởng Bộ X" then later "Thứ trưởng Trịnh Minh Khang", "Phó Bí thư Chi bộ 5" then "Phó Bí thư Chi bộ":
                // a post named again with less of its body is the same title; the fuller one is kept.
                int same = Titles.FindIndex(t => SamePost(t.Position, title.Position) && SameBody(t.Organization, title.Organization));
                if (same >= 0)
                {
                    // "Đại sứ Denny Abdi" before or after "ngài Denny Abdi, Đại sứ Đặc mệnh Toàn quyền …": the full post is kept.
                    if (Titles[same].Position.Length < title.Position.Length)
                    {
                        Titles[same] = title with { Organization = Titles[same].Organization };
                    }

                    if ((Titles[same].Organization?.Length ?? 0) < (title.Organization?.Length ?? 0))
                    {
                        Titles[same] = Titles[same] with { Organization = title.Organization };
                    }

                    continue;
                }

                if (_titleKeys.Add($"{title.Position}|{VietnameseOrthography.Key(title.Organization ?? "")}"))
                {
                    Titles.Add(title);
                }
            }

            // "Ông A, Trưởng Công an xã. Ông từng làm Phó Chủ tịch UBND xã": the past posts of a life story told after a current one
            // leave the person current (annotation.md: former only when all titles are past).
            if (path != ReadPath.Anaphor || !hadTitles)
            {
                Former |= former;
            }
            if (_mentions.Add(evidence))
            {
                Mentions.Add(evidence);
            }
        }
    }

    /// <summary>Reads the people of one sentence, left to right.</summary>
    private ref struct SentenceReader(ExtractionContext context, ReadOnlySpan<Token> tokens, string text)
    {
        private readonly ReadOnlySpan<Token> _tokens = tokens;
        private readonly string _text = text;

        /// <summary>
        /// Reads the people of the sentence. Titles after a pronoun that no name follows (<c>ông là …</c>,
        /// <c>bà từng giữ chức …</c>) and after a given name alone (<c>ông Phúc là …</c>) go to <paramref name="anaphors"/>,
        /// for the caller to give to the person meant.
        /// </summary>
        public List<Found> ReadPeople(List<Reference>? anaphors = null)
        {
            var found = new List<Found>();
            // "Sáu ủy viên Bộ Chính trị (Tổng Bí thư A, Bí thư Thành ủy B …)": a title stated once for a group.
            var groups = new List<(Title Title, int FromPerson, int Until)>();
            // "bầu chức vụ X … đối với ông A": a post given to (or, relieved, taken from) the people named after it.
            var assignments = new List<(Title Post, bool Past, int FromPerson, int Until, bool Listed)>();
            // The first of a run of introduced names joined by "và" or commas that have no title yet, and where the next would start.
            int coordinated = -1, coordinatedNext = -1;
            // "các ông A, Phó Chủ tịch UBND xã; B, Phó Chủ tịch HĐND xã; …": where an item of a plural introducer's list, each name
            // with its own titles, may start next (after its ";"); -1 when no such list is open.
            int pluralItemAt = -1;
            // The first of the people a verb of choosing names one after another ("bầu ông A - Giám đốc Sở X, ông B - …"), and where
            // the next of them would start; -1 when no such list is open.
            int appointees = -1, appointeesNext = -1;
            int i = 0;
            // "Thường trú tại …; nguyên Phó Bí thư Tỉnh ủy …; nguyên Chủ tịch UBND tỉnh …": an obituary's sentence that goes on with
            // the life story of the person named before tells that person's posts.
            if (anaphors is not null && Officials.LifeStoryOpeners.StartsAt(_tokens, 0) && ReadCareer(0, out bool storyFormer, out int storyEnd) is { Count: > 0 } story)
            {
                anaphors.Add(new Reference(null, story, storyFormer));
                i = storyEnd;
            }

            while (i < _tokens.Length)
            {
                // "các đồng chí Ủy viên Bộ Chính trị: …": a plural introducer before the group's title.
                int groupAt = i + 1 < _tokens.Length && _tokens[i].Key == "các" && PersonNames.IntroducerAt(_tokens, i + 1) is int pluralIntro and > 0 ? i + 1 + pluralIntro : i + 1;
                // "các đồng chí Đại tướng - Ủy viên Bộ Chính trị: …": the group's rank before its title is no title.
                if (groupAt > i + 1 && Officials.MinorRoles.TryMatch(_tokens, groupAt, out _, out int groupRank) && groupAt + groupRank + 1 < _tokens.Length &&
                    _tokens[groupAt + groupRank].Key is "-" or "–" or ",")
                {
                    groupAt += groupRank + 1;
                }

                // "các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: A, …; B, …": the copula before the group's title.
                if (groupAt > i + 1 && groupAt + 1 < _tokens.Length && _tokens[groupAt].Key == "là" && StartsPosition(groupAt + 1))
                {
                    groupAt++;
                }

                // "Các đồng chí nguyên Tổng Bí thư: A, B, C", "3 nguyên Bí thư Tỉnh ủy là các ông: …": a group that held the post before.
                int formerAt = groupAt;
                if (groupAt + 1 < _tokens.Length && (groupAt > i + 1 || _tokens[i].Kind == TokenKind.Number) && _tokens[groupAt].Key is "nguyên" or "cựu" &&
                    StartsPosition(groupAt + 1))
                {
                    groupAt++;
                }

                // "…; các đồng chí Ủy viên Trung ương Đảng: A, …; B, …; các đồng chí: C, Trợ lý …": a plural introducer's colon with no title
                // opens a group of its own, which ends the titled one before it.
                // (Not "3 Phó Bí thư …, gồm các ông: A; B; C", whose colon lists the group itself.)
                if (groupAt > i + 1 && groupAt < _tokens.Length && _tokens[groupAt].Key == ":" && i > 0 && _tokens[i - 1].Key == ";")
                {
                    CloseGroups(groups, i);
                }

                if (groupAt < _tokens.Length && (Plurals.Contains(_tokens[i].Key) || _tokens[i].Kind == TokenKind.Number) && StartsPosition(groupAt))
                {
                    var groupTitle = ReadTitle(groupAt, afterName: false, out int groupEnd);
                    if (formerAt < groupAt)
                    {
                        groupTitle = groupTitle with { Text = _text[_tokens[formerAt].Span.Start.._tokens[groupEnd - 1].Span.End] };
                    }

                    // "UBND tỉnh X hiện có 3 phó chủ tịch gồm …": a bare post counted after the body that has it is that body's.
                    if (groupTitle.Organization is null && BodyHaving(i) is string having)
                    {
                        groupTitle = groupTitle with { Organization = having };
                    }

                    // "Hai Phó Giám đốc Sở A nghỉ hưu trước tuổi là bà B và ông C", "có 4 phó giám đốc nghỉ hưu gồm: ông D, …": what is said of
                    // the group, in a few lower-case words and dates, may stand before the list when a person is introduced right after it.
                    int listVerb = groupEnd;
                    // "5 Phó Chủ tịch UBND thành phố nhiệm kỳ 2021-2026, gồm các ông, bà: …": a comma may set the list off.
                    int bridged = 0;
                    while (listVerb < _tokens.Length && listVerb - groupEnd - bridged < 7 &&
                           (_tokens[listVerb].Kind is TokenKind.Number or TokenKind.Date || (_tokens[listVerb].Kind == TokenKind.Word && !_tokens[listVerb].IsCapitalized) ||
                            // "8 Ủy viên Bộ Chính trị tái đắc cử Trung ương khóa mới là …": a body's words inside what is said of the group.
                            (_tokens[listVerb].Kind == TokenKind.Word && Officials.BodyWords.Contains(_tokens[listVerb].Key) && listVerb > groupEnd) ||
                            (_tokens[listVerb].Key == "," && listVerb + 1 < _tokens.Length && _tokens[listVerb + 1].Key is "gồm" or "là") ||
                            // "3 Phó Bí thư Tỉnh ủy khóa 16, nhiệm kỳ 2025-2030, gồm …": the term, then the tenure after a comma.
                            (_tokens[listVerb].Key == "," && TokenPatterns.At(_tokens, listVerb + 1, "nhiệm", "kỳ")) ||
                            (_tokens[listVerb].Key is "-" or "–" && _tokens[listVerb - 1].Kind == TokenKind.Number)) &&
                           _tokens[listVerb].Key is not ("là" or "gồm") && !StartsPosition(listVerb))
                    {
                        // "… nhiệm kỳ 2021-2026 theo giới thiệu của Chủ tịch UBND thành phố, gồm …": who put the group forward.
                        if (ProposerEnd(listVerb) is int proposerEnd)
                        {
                            bridged += proposerEnd - listVerb;
                            listVerb = proposerEnd;
                            continue;
                        }

                        listVerb++;
                    }

                    // A colon after "gồm" opens the list as an introducer does ("… nhiệm kỳ 2021-2026 gồm: A, B, C").
                    if (listVerb > groupEnd && listVerb + 2 < _tokens.Length && _tokens[listVerb].Key is "là" or "gồm" &&
                        (PersonNames.IntroducerAt(_tokens, _tokens[listVerb + 1].Key == ":" ? listVerb + 2 : listVerb + 1) > 0 || TitledListAfter(listVerb) ||
                         (_tokens[listVerb + 1].Key is "các" or "những" && PersonNames.IntroducerAt(_tokens, listVerb + 2) > 0) ||
                         (_tokens[listVerb].Key == "gồm" && _tokens[listVerb + 1].Key == ":")))
                    {
                        groupEnd = listVerb;
                    }

                    // "4 ủy viên Trung ương Đảng gồm ông A …", "hai Phó Chủ tịch là các ông A, B": a list that opens with a verb.
                    if (groupEnd + 1 < _tokens.Length && (_tokens[groupEnd].Key == "gồm" || _tokens[groupEnd].Key == "là" && PersonNames.IntroducerAt(_tokens, groupEnd + 1) > 0 ||
                        TitledListAfter(groupEnd) ||
                        _tokens[groupEnd].Key == "là" && _tokens[groupEnd + 1].Key == "các"))
                    {
                        // "gồm các ông: A, Phó Chủ tịch thường trực; B và C": after a colon the list runs over semicolons.
                        // So does a list of people written post first, each set off by ";" ("… là Tổng Bí thư A; Thủ tướng B; …").
                        int colon = TokenPatterns.IndexOf(_tokens, groupEnd, Math.Min(_tokens.Length, groupEnd + 4), ":");
                        bool titledBySemicolons = TokenPatterns.IndexOf(_tokens, groupEnd, _tokens.Length, ";") > 0 && TitledListAfter(groupEnd);
                        groups.Add((groupTitle, found.Count, colon > 0 || titledBySemicolons ? _tokens.Length : ListEnd(TokenPatterns.ClauseEnd(_tokens, groupEnd))));
                        i = groupEnd + 1;
                        continue;
                    }

                    // "các đồng chí Ủy viên Bộ Chính trị, Phó Thủ tướng: A, B, C": a chain of titles before the colon is the group's.
                    var groupTitles = new List<Title> { groupTitle };
                    int chainEnd = groupEnd;
                    while (chainEnd + 1 < _tokens.Length && _tokens[chainEnd].Key == "," && StartsPosition(chainEnd + 1))
                    {
                        groupTitles.Add(ReadTitle(chainEnd + 1, afterName: false, out chainEnd));
                    }

                    if (groupTitles.Count > 1 && chainEnd < _tokens.Length && _tokens[chainEnd].Key == ":")
                    {
                        groupEnd = chainEnd;
                    }
                    else
                    {
                        groupTitles.RemoveRange(1, groupTitles.Count - 1);
                    }

                    if (groupEnd < _tokens.Length && _tokens[groupEnd].Key is "(" or ":")
                    {
                        // "các đồng chí Ủy viên Bộ Chính trị: Thủ tướng A; Phó Thủ tướng B, C; Bí thư D": after a colon the list
                        // runs over semicolons to the sentence's end, or to the next group's title.
                        int until = _tokens[groupEnd].Key == "(" ? TokenPatterns.IndexOf(_tokens, groupEnd, _tokens.Length, ")") : _tokens.Length;
                        CloseGroups(groups, i);
                        foreach (var title in groupTitles)
                        {
                            groups.Add((title, found.Count, until < 0 ? _tokens.Length : until));
                        }

                        i = groupEnd + 1;
                        continue;
                    }
                }

                // "phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh X, nhiệm kỳ 2016 - 2021 đối với ông A, Giám đốc Sở Y",
                // "miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông B, …": the post named before "đối với" is given to (or taken
                // from) the people the sentence names after it.
                if (PostAssignedTo(i) is (List<Title> posts, int peopleAt, bool listedPeople))
                {
                    CloseAssignments(assignments, i);
                    foreach (var post in posts)
                    {
                        assignments.Add((post, Relieved(i), found.Count, AssignedPeopleEnd(peopleAt, listedPeople), listedPeople));
                    }

                    i = peopleAt;
                    continue;
                }

                // "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A trao": a post after "của" that no name follows is
                // someone else's ("lãnh đạo của Tổng Bí thư A" keeps A's).
                // "Thừa ủy nhiệm Chủ tịch nước, …" as "Thừa ủy quyền" (not "bổ nhiệm Phó Chánh án", which appoints to the post).
                if (i > 0 && (_tokens[i - 1].Key is "của" or "quyền" or "mặt" || Officials.Delegations.EndsBefore(_tokens, i, 3)) && StartsPosition(i))
                {
                    ReadTitle(i, afterName: false, out int skipped);
                    // "chuyến thăm của Thủ tướng Nhật Bản Shinzo Abe": a foreign name after a country, or a foreign run, is a name too.
                    if (NameAfterTitleAt(skipped) == 0 && !(EndsWithCountry(i, skipped) && ForeignNameAfterCountry(skipped)))
                    {
                        i = skipped;
                        continue;
                    }
                }

                ApplyGroups(groups, found, i);

                // "Ông A bị khiển trách vì trong thời kỳ làm giám đốc Sở X …": a post held while doing what the sentence
                // tells is the post of the person it is about, read last.
                if (found.Count > 0 && Officials.HeldWhilePhrases.TryMatch(_tokens, i, out _, out int whileLength) && StartsTitleChain(i + whileLength))
                {
                    var heldWhile = ReadTitlesAfter(i + whileLength, out _, out int heldWhileEnd);
                    if (heldWhile.Count > 0)
                    {
                        // A new list: people sharing a title share one list, and this post is one person's. A post held while
                        // (annotation.md: "trong thời gian giữ chức vụ …") is past, so with no other post the person is former.
                        found[^1] = found[^1] with { Titles = [.. found[^1].Titles, .. heldWhile], Former = found[^1].Titles.Count == 0 || found[^1].Former };
                        i = heldWhileEnd;
                        continue;
                    }
                }

                // 1. "đồng chí Nguyễn Văn A, TUV - Bí thư Huyện ủy".
                int intro = PersonNames.IntroducerAt(_tokens, i);
                // "các đồng chí: A và B, nguyên Phó Chủ tịch UBND tỉnh": a plural introducer's colon opens its list.
                if (intro > 0 && i + intro + 1 < _tokens.Length && _tokens[i + intro].Key == ":" && PluralIntroducerAt(i))
                {
                    intro++;
                }
                int nameLength = intro > 0 ? PersonNames.NameAt(_tokens, i + intro, introduced: true) : 0;
                // An item of a plural introducer's list is introduced by it, whatever its syllables ("; Kpá Y Tự, Phó Chủ tịch …").
                bool pluralItem = intro == 0 && i == pluralItemAt;
                if (pluralItem)
                {
                    nameLength = PersonNames.NameAt(_tokens, i, introduced: true);
                    nameLength = nameLength > 0 && i + nameLength < _tokens.Length && _tokens[i + nameLength].Key == "," ? nameLength : 0;
                }

                if (nameLength > 0 && !IsPlace(i + intro, nameLength))
                {
                    int at = i + intro;
                    // "Con trai ông A, Bí thư Huyện ủy X, được bổ nhiệm …": after a relative's word the sentence is about the relative,
                    // so only the titles in apposition are A's, not a post the clause goes on to give.
                    bool relative = Officials.Relatives.Find(_tokens, Math.Max(0, i - 2), i, out _, out int relativeLength) is int r and >= 0 && r + relativeLength == i;
                    var titles = ReadTitlesAfter(at + nameLength, out bool former, out int end, appositionOnly: relative);
                    // "Theo ông A, Thủ tướng đã chỉ đạo …": after "theo", a bare post that goes on into a verb is the next
                    // clause's subject, not A's post.
                    if (i > 0 && _tokens[i - 1].Key == "theo" && GoesOnIntoVerb(titles, end))
                    {
                        titles.RemoveAt(titles.Count - 1);
                    }

                    // "bầu bà A làm Phó Chủ tịch": the post the person is chosen for.
                    if (titles.Count == 0 && end < _tokens.Length && _tokens[end].Key == "làm" && i > 0 && AppointingVerbEnds.Contains(_tokens[i - 1].Key))
                    {
                        titles = ReadTitlesAfter(end + 1, out former, out end);
                    }

                    // "kỷ luật ông A bằng hình thức cách chức Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy …": the posts the
                    // person is removed from were his, and are past; after the posts he keeps ("ông B, Phó Giám đốc Sở Y tế, bằng hình
                    // thức cách chức Ủy viên Ban Chấp hành Đảng bộ Sở"), they are his too, and he is no former official.
                    if (DismissedFromAt(MannerAfter(end)) is int postsAt && ReadTitlesAfter(postsAt, out _, out int postsEnd) is { Count: > 0 } removed)
                    {
                        (titles, former, end) = titles.Count == 0 ? (removed, true, postsEnd) : ([.. titles, .. removed], former, postsEnd);
                    }

                    // "Thượng tá A, Trợ lý Tổ chức, Phòng Chính trị được bổ nhiệm giữ chức Phó Chính ủy Lữ đoàn 26", "ông B, chuyên viên
                    // Văn phòng Tỉnh ủy, được điều động giữ chức …": an aside that holds no post, then the post taken up.
                    if (titles.Count == 0 && !relative && PostTakenAfterAside(end) is int asideTaken &&
                        ReadTitlesAfter(asideTaken, out _, out int takenEnd) is { Count: > 0 } taken)
                    {
                        (titles, former, end) = (taken, false, takenEnd);
                    }

                    // "Bà A sinh năm 1962, quê …; từng giữ các chức vụ: …": the posts of a life story later in the sentence.
                    if (_tokens[i].Key != "các" && !relative && ReadCareer(end, out bool careerFormer, out int careerEnd) is { Count: > 0 } career)
                    {
                        former = titles.Count == 0 ? careerFormer : former && careerFormer;
                        titles.AddRange(career);
                        end = careerEnd;
                    }

                    // "ông A và ông B, Phó Giám đốc bệnh viện", "ông A, ông B và bà C đều là …": introduced names joined by commas and
                    // a last "và", none with a title of its own, share the title the last one is given after a comma, dash or
                    // "đều"; so do they the post their verb gives ("Ông A và ông B giữ chức Phó Chủ tịch HĐND tỉnh", "Bà A và ông B được
                    // bầu giữ chức …", "… là Phó Giám đốc"). A bracket is one name's alone ("BS A, BS B (phó giám đốc), BS C").
                    // "Bà A (SN 1973) và ông B, đều là …": a birth year in brackets after a name is no title of its own.
                    int afterName = at + nameLength;
                    if (afterName < _tokens.Length && _tokens[afterName].Key == "(" && AgeAside(afterName + 1) is int birth and > 0 && _tokens[afterName + birth].Key == ")")
                    {
                        afterName += 1 + birth;
                        end = titles.Count == 0 ? Math.Max(end, afterName) : end;
                    }

                    // "bà A, ông B cùng là 2 Phó Chánh án": with "cùng" or "đều", a comma may join the last one too.
                    if (titles.Count > 0 && coordinated >= 0 && i == coordinatedNext && afterName < _tokens.Length &&
                        (_tokens[i - 1].Key == "và" && _tokens[afterName].Key is "," or "-" or "–" or "đều" or "giữ" or "được" or "là" ||
                         _tokens[i - 1].Key == "," && _tokens[afterName].Key is "đều" or "cùng"))
                    {
                        for (int k = coordinated; k < found.Count; k++)
                        {
                            if (found[k].Titles.Count == 0)
                            {
                                found[k].Titles.AddRange(titles);
                                found[k] = found[k] with { Former = former };
                            }
                        }
                    }

                    bool joinsNext = titles.Count == 0 && end + 1 < _tokens.Length && _tokens[end].Key is "và" or "," && PersonNames.IntroducerAt(_tokens, end + 1) > 0;
                    coordinated = !joinsNext ? -1 : coordinated >= 0 && i == coordinatedNext ? coordinated : found.Count;
                    coordinatedNext = end + 1;
                    appointees = i > 0 && AppointingVerbEnds.Contains(_tokens[i - 1].Key) && !(i >= 2 && _tokens[i - 2].Key == "miễn") ? found.Count
                        : i == appointeesNext ? appointees : -1;
                    found.Add(new(PersonNames.Normalize(_tokens, _text, at, nameLength), titles, former, at, nameLength, ReadPath.Introduced));
                    // "bầu ông A - Chánh Thanh tra tỉnh, ông B - Giám đốc Sở Tài chính và ông C giữ chức Phó Chủ tịch UBND tỉnh": the people
                    // chosen together, each with the post held, share the post the last of them is given.
                    // "… ông D (nguyên Tổng Biên tập Báo X) và ông E (nguyên …) làm Phó Tổng Biên tập Báo Y": after the last one's
                    // bracket, the post is his too.
                    int? takenAt = TakenUpIn(at + nameLength, end);
                    bool takenAfter = takenAt is null && end > 0 && _tokens[end - 1].Key == ")" && TakenUpIn(end, Math.Min(_tokens.Length, end + 2)) is not null;
                    takenAt ??= takenAfter ? end : null;
                    if (appointees >= 0 && appointees < found.Count - 1 && takenAt is not null)
                    {
                        int takenPost = _tokens[takenAt.Value].Key == "làm" ? takenAt.Value + 1 : takenAt.Value;
                        foreach (var takenUp in ReadTitlesAfter(takenPost, out _, out _))
                        {
                            for (int k = appointees; k < found.Count - (takenAfter ? 0 : 1); k++)
                            {
                                if (!found[k].Titles.Exists(t => t.Position == takenUp.Position && t.Organization == takenUp.Organization))
                                {
                                    found[k].Titles.Add(takenUp);
                                    // "ông D (nguyên Tổng Biên tập Báo X) … làm Phó Tổng Biên tập Báo Y": he holds the post taken up.
                                    found[k] = found[k] with { Former = false };
                                }
                            }
                        }

                        appointees = -1;
                    }

                    appointeesNext = appointees >= 0 && end + 1 < _tokens.Length && _tokens[end].Key is "," or "và" ? end + 1 : -1;
                    // "các ông A, B và C", "Hai ông A và B", "3 đồng chí A, B, C": a plural introducer introduces every name of the list
                    // (a group's title may come later).
                    // "Ông A, B và C được bầu giữ chức Phó Bí thư Tỉnh ủy": one introducer before a list that a shared passive closes.
                    // "bầu 2 đồng chí A và B làm Phó Bí thư Tỉnh ủy": the verb that gives the list its post stands before the count.
                    bool appointed = i > 1 && AppointingVerbEnds.Contains(_tokens[_tokens[i - 1].Kind == TokenKind.Number || Plurals.Contains(_tokens[i - 1].Key) ? i - 2 : i - 1].Key);
                    // "bầu ông A, B và C làm Phó Thủ tướng": so does one introducer after that verb, before a list "làm" closes.
                    bool pluralIntroducer = PluralIntroducerAt(i) || (titles.Count == 0 && ListClosedByPassive(end, appointed));
                    pluralItemAt = (pluralIntroducer || pluralItem) && titles.Count > 0 && end < _tokens.Length && _tokens[end].Key == ";" ? end + 1 : -1;
                    i = end;
                    if (titles.Count == 0 && pluralIntroducer)
                    {
                        var listed = new List<(int At, int Length)>();
                        i = ReadSharedTitleNames(i, listed);
                        // "các ông A, B, C, Trạm trưởng Trạm Y tế các xã": the last name's titles, with no name after them,
                        // are the whole list's.
                        var shared = new List<Title>();
                        bool sharedFormer = false;
                        int last = i + 1 < _tokens.Length && _tokens[i].Key is "," or "và" ? BareNameAt(i + 1) : 0;
                        if (last > 0 && i + 1 + last < _tokens.Length && _tokens[i + 1 + last].Key is "," or "-" or "(")
                        {
                            shared = ReadTitlesAfter(i + 1 + last, out sharedFormer, out int sharedEnd);
                            if (shared.Count > 0)
                            {
                                listed.Add((i + 1, last));
                                found[^1].Titles.AddRange(shared);
                                // "các ông A, B, nguyên Phó Chủ tịch …": the first name shares the list's former posts too.
                                found[^1] = found[^1] with { Former = sharedFormer };
                                i = sharedEnd;
                            }
                        }
                        else if (i < _tokens.Length && SharedAdverbsEnd(i) is int verb &&
                                 (_tokens[verb].Key == "được" || (_tokens[i].Key == "làm" && appointed) || Officials.HoldingPhrases.StartsAt(_tokens, verb)))
                        {
                            // "Các đồng chí A và B được bầu làm Phó Bí thư Huyện ủy": so is the post the list is given, also kept in it
                            // ("… tiếp tục được bầu giữ chức …", "hai đồng chí A và B tái đắc cử Phó Bí thư …").
                            shared = ReadTitlesAfter(_tokens[i].Key == "làm" ? i + 1 : verb, out sharedFormer, out int sharedEnd);
                            if (shared.Count > 0)
                            {
                                found[^1].Titles.AddRange(shared);
                                i = sharedEnd;
                            }
                        }

                        foreach (var (listedAt, listedLength) in listed)
                        {
                            found.Add(new(PersonNames.Normalize(_tokens, _text, listedAt, listedLength), [.. shared], sharedFormer, listedAt, listedLength, ReadPath.Introduced));
                        }
                    }

                    continue;
                }

                // "Trước khi được bầu, tân Chủ tịch UBND tỉnh A từng kinh qua các chức vụ: …": the one newly elected, named by the new post
                // alone, is the person the article named in it; the career is his.
                if (anaphors is not null && intro == 0 && _tokens[i].Key == "tân" && StartsPosition(i + 1))
                {
                    ReadTitle(i + 1, afterName: false, out int newPostEnd);
                    // (He holds the new post, so the career makes no former official of him.)
                    if (newPostEnd < _tokens.Length && PersonNames.NameAt(_tokens, newPostEnd, introduced: false) == 0 &&
                        PronounTitles(newPostEnd, out var career, out _, out int careerEnd, pronounAlone: true))
                    {
                        anaphors.Add(new Reference(null, career, false));
                        i = careerEnd;
                        continue;
                    }
                }

                // "Đồng chí từng giữ các chức vụ: …": in party news đồng chí is also the pronoun.
                bool pronoun = intro == 1 && _tokens[i].Key is "ông" or "bà" || intro == 2 && TokenPatterns.At(_tokens, i, "đồng", "chí");
                if (anaphors is not null && nameLength == 0 && pronoun && PronounTitles(i + intro, out var held, out bool heldBefore, out int heldEnd, pronounAlone: true))
                {
                    anaphors.Add(new Reference(null, held, heldBefore));
                    i = heldEnd;
                    continue;
                }

                // "ông Phúc là đại tá, nguyên hiệu trưởng …": one capitalised syllable after the introducer is a given name.
                if (anaphors is not null && nameLength == 0 && intro > 0 && i + intro + 1 < _tokens.Length && _tokens[i + intro].IsCapitalized &&
                    _tokens[i + intro].Kind == TokenKind.Word && !_tokens[i + intro + 1].IsCapitalized && !PersonNames.StartsTitle(_tokens, i + intro) &&
                    PronounTitles(i + intro + 1, out var given, out bool givenBefore, out int givenEnd))
                {
                    anaphors.Add(new Reference(_tokens[i + intro].Key, given, givenBefore));
                    i = givenEnd;
                    continue;
                }

                // 2. "Bí thư Huyện ủy Lê Thị B cho biết", "nguyên Phó Thủ tướng Trần Văn Khải".
                if (intro == 0 && StartsTitleChain(i) && TryReadTitlesBeforeName(i, out var before, out int nameAt, out int beforeNameLength))
                {
                    int chainStart = i;
                    // "các Phó Thủ tướng A, B", "2 cựu Bí thư Tỉnh ủy A, B": after a plural or a count, the names share the title.
                    bool plural = i > 0 && (Plurals.Contains(_tokens[i - 1].Key) ||
                                            _tokens[i - 1].Kind == TokenKind.Number && int.TryParse(_tokens[i - 1].Key, out int counted) && counted is >= 2 and < 20) ||
                                  (nameAt > 0 && _tokens[nameAt - 1].Key == ":" && NamesListedAt(nameAt + beforeNameLength)) ||
                                  CountedHoldersBefore(nameAt) || PluralIntroducerBefore(i);
                    ShareBodies(before.Titles);
                    var titles = before.Titles;
                    bool former = before.Former;
                    i = nameAt + beforeNameLength;
                    // "Phó Thủ tướng A, Trưởng đoàn Kiểm tra số 4": more titles may follow the name (not after a plural,
                    // where the names that follow share the title).
                    // "Phó Giám đốc Sở X Nguyễn Văn A được điều động giữ chức Phó Chủ tịch UBND quận 3": a post taken up.
                    // "bổ nhiệm Phó Giám đốc Sở X đối với ông A (45 tuổi, Trưởng phòng Y)": or in brackets.
                    if (!plural && i < _tokens.Length && _tokens[i].Key is "," or "-" or "–" or "được" or "giữ" or "(")
                    {
                        var after = ReadTitlesAfter(i, out bool formerAfter, out int afterEnd);
                        // "Theo Trưởng ban A, Thủ tướng sẽ …": a bare post that goes on into a verb is the next clause's subject.
                        bool nextClause = GoesOnIntoVerb(after, afterEnd);
                        if (after.Count > 0 && !nextClause)
                        {
                            titles = [.. titles, .. after];
                            former = former && formerAfter;
                            i = afterEnd;
                        }
                    }

                    // "đối với Phó Chủ tịch UBND huyện A: kỷ luật cách chức Huyện ủy viên": a post the person is removed from was his too.
                    if (!plural && DismissedFromAt(i) is int removedAt && ReadTitlesAfter(removedAt, out _, out int removedEnd) is { Count: > 0 } removedPosts)
                    {
                        titles = [.. titles, .. removedPosts];
                        i = removedEnd;
                    }

                    // "Bí thư Huyện ủy Trần Văn A từng giữ chức …": the posts of a life story later in the sentence.
                    if (!plural && ReadCareer(i, out bool careerFormer, out int careerEnd) is { Count: > 0 } career)
                    {
                        titles = [.. titles, .. career];
                        former = former && careerFormer;
                        i = careerEnd;
                    }

                    found.Add(new(PersonNames.Normalize(_tokens, _text, nameAt, beforeNameLength), titles, former, nameAt, beforeNameLength, ReadPath.TitleBefore));
                    // "bổ nhiệm Phó Giám đốc Sở X đối với ông A (…) và bà B (…)": the post goes to everyone the clause names after it.
                    // "trao quyết định bổ nhiệm Phó Chánh án cho các ông A, B và bà C": the people an appointment lists after "cho các".
                    bool appointedTo = AppointedBefore(chainStart) && TokenPatterns.IndexOf(_tokens, Math.Max(0, nameAt - 4), nameAt, "cho") >= 0;
                    if (!plural && TokenPatterns.IndexOf(_tokens, Math.Max(0, nameAt - 5), nameAt, "đối") is int concerns and >= 0 &&
                        TokenPatterns.At(_tokens, concerns, "đối", "với"))
                    {
                        int until = TokenPatterns.IndexOf(_tokens, i, _tokens.Length, ";");
                        CloseAssignments(assignments, i);
                        foreach (var assigned in before.Titles)
                        {
                            assignments.Add((assigned, before.Former, found.Count, until < 0 ? _tokens.Length : until, false));
                        }
                    }

                    // "các Phó Thủ tướng A, B và C": after a plural, the names that follow share the title; so do they in a
                    // group's list ("Ủy viên Bộ Chính trị: …; Phó Thủ tướng A, B; …"), and those an appointment names after
                    // "cho các ông" ("bổ nhiệm Phó Chánh án cho các ông A, B và bà C").
                    if (plural || groups.Exists(g => g.Until >= i) || (appointedTo && nameAt >= 2 && _tokens[nameAt - 2].Key == "các"))
                    {
                        var shared = new List<(int At, int Length)>();
                        i = ReadSharedTitleNames(i, shared);
                        foreach (var (at, length) in shared)
                        {
                            found.Add(new(PersonNames.Normalize(_tokens, _text, at, length), before.Titles, before.Former, at, length, ReadPath.SharedTitle));
                        }
                    }

                    continue;
                }

                // 3. "Nguyễn Văn A - Chủ tịch UBND huyện": a bare name right before a title.
                int bare = intro == 0 ? PersonNames.NameAt(_tokens, i, introduced: false) : 0;
                // "bị cáo Lê Văn A (SN 1975, nguyên Kế toán trưởng …)": the birth year may come first.
                if (bare > 0 && !IsPlace(i, bare) && !NamesBody(i) && !PersonNames.UnitNameAfterLevel(_tokens, i, bare) && i + bare + 1 < _tokens.Length && _tokens[i + bare].Key is "-" or "," or "(" &&
                    (StartsPosition(i + bare + 1) || Officials.FormerMarkers.StartsAt(_tokens, i + bare + 1) ||
                     AgeAside(i + bare + 1) is int age and > 0 && (StartsTitleChain(i + bare + 1 + age) || DashedTitleAfterAge(i + bare, age))))
                {
                    var titles = ReadTitlesAfter(i + bare, out bool former, out int end);
                    if (titles.Count > 0)
                    {
                        found.Add(new(PersonNames.Normalize(_tokens, _text, i, bare), titles, former, i, bare, ReadPath.BareName));
                        i = end;
                        continue;
                    }
                }

                // "…, Phó Thủ tướng: A, B và C": a bare name in a group's list gets the group's titles; so does one with its age in
                // brackets ("gồm các ông, bà: A (57 tuổi), B (56 tuổi)").
                // So does one in the list after "đối với các ông:" ("miễn nhiệm 8 Ủy viên UBND tỉnh đối với các ông: A, …; B, C, D;
                // …"), which takes the post the clause assigns.
                if (bare > 0 && !IsPlace(i, bare) && (groups.Exists(g => g.Until >= i) || assignments.Exists(a => a.Listed && a.Until >= i)) &&
                    (i + bare == _tokens.Length || _tokens[i + bare].Key is "," or "và" or ";" or "." or ")" ||
                     (_tokens[i + bare].Key == "(" && AgeAside(i + bare + 1) is int bracketedAge and > 0 && _tokens[i + bare + bracketedAge].Key == ")")))
                {
                    found.Add(new(PersonNames.Normalize(_tokens, _text, i, bare), [], false, i, bare, ReadPath.SharedTitle));
                    i += bare;
                    continue;
                }

                i += Math.Max(1, intro);
            }

            ApplyGroups(groups, found, int.MaxValue);
            foreach (var (post, past, from, until, _) in assignments)
            {
                for (int p = from; p < found.Count && found[p].At <= until; p++)
                {
                    if (!found[p].Titles.Exists(t => t.Position == post.Position && t.Organization == post.Organization))
                    {
                        // A post taken away is past: with no current post besides, the person is former (annotation.md).
                        bool former = past ? found[p].Titles.Count == 0 || found[p].Former : found[p].Former && found[p].Titles.Count == 0;
                        found[p].Titles.Add(post);
                        found[p] = found[p] with { Former = former };
                    }
                }
            }

            return found;
        }

        /// <summary>
        /// The body that has the posts counted at <paramref name="count"/>, named from the sentence's start or after an opening phrase: <c>UBND tỉnh X (hiện)
        /// có 3 phó chủ tịch</c> → <c>Ủy ban nhân dân tỉnh X</c>; null otherwise.
        /// </summary>
        private readonly string? BodyHaving(int count)
        {
            int verb = count - 1;
            if (verb < 1 || _tokens[verb].Key != "có")
            {
                return null;
            }

            int bodyEnd = _tokens[verb - 1].Key is "hiện" or "đang" ? verb - 1 : verb;
            // The body opens the sentence, or the clause after an opening phrase ("Theo đó, Sở A có 3 phó giám đốc …").
            int bodyStart = 0;
            for (int k = bodyEnd - 1; k > 0; k--)
            {
                if (_tokens[k].Key == ",")
                {
                    bodyStart = k + 1;
                    break;
                }
            }

            return Bodies.TryRead(_tokens, _text, bodyStart, out var body) && body.End == bodyEnd
                ? VietnameseOrthography.PlaceToneMarks(Resolve(Bodies.Expand(_tokens, _text, bodyStart, bodyEnd)))
                : null;
        }

        /// <summary>Ends the post assignments still open at <paramref name="at"/>, where another starts.</summary>
        private static void CloseAssignments(List<(Title Post, bool Past, int FromPerson, int Until, bool Listed)> assignments, int at)
        {
            for (int a = 0; a < assignments.Count; a++)
            {
                if (assignments[a].Until > at)
                {
                    assignments[a] = assignments[a] with { Until = at - 1 };
                }
            }
        }

        /// <summary>
        /// At <c>chức vụ</c> or <c>chức danh</c> before a post whose term may follow, then <c>đối với</c> and a person: the post,
        /// where the people start, and whether they are listed after a plural introducer and a colon (<c>đối với các ông: A, …; B</c>).
        /// </summary>
        private readonly (List<Title> Posts, int PeopleAt, bool Listed)? PostAssignedTo(int index)
        {
            // "miễn nhiệm Ủy viên UBND tỉnh đối với bà A, …; ông B, …": right after a verb of appointing or relieving, the post
            // needs no "chức vụ" before it.
            // "bầu bổ sung 3 Ủy viên UBND tỉnh đối với các ông: …": the number of posts filled may stand between, or their plural
            // ("phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh … đối với ông A, bà B").
            int verbEnd = index > 1 && (_tokens[index - 1].Kind == TokenKind.Number || _tokens[index - 1].Key == "các") ? index - 1 : index;
            verbEnd -= verbEnd >= 2 && TokenPatterns.At(_tokens, verbEnd - 2, "bổ", "sung") ? 2 : 0;
            int postAt = OfficeNounAt(index) ? index + 2
                : verbEnd > 0 && (Officials.Reliefs.EndsBefore(_tokens, verbEnd, 3) || Officials.AppointingVerbs.EndsBefore(_tokens, verbEnd, 3)) ? index
                : -1;
            if (postAt < 0 || !StartsPosition(postAt))
            {
                return null;
            }

            var posts = new List<Title> { ReadTitle(postAt, afterName: false, out int end) };
            end = PastTerm(end);
            // "miễn nhiệm Chủ tịch HĐND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh …, nhiệm kỳ 2021 - 2026 đối với ông A": a
            // second post taken away (or given) in the same clause goes to the same people.
            int second = end + 1 < _tokens.Length && _tokens[end].Key == "và" &&
                         (Officials.Reliefs.TryMatch(_tokens, end + 1, out _, out int verb) || Officials.AppointingVerbs.TryMatch(_tokens, end + 1, out _, out verb)) ? end + 1 + verb : -1;
            if (second > 0)
            {
                second += TokenPatterns.At(_tokens, second, "làm", "nhiệm", "vụ") ? 3 : TokenPatterns.At(_tokens, second, "nhiệm", "vụ") ? 2 : OfficeNounAt(second) ? 2 : 0;
                if (second < _tokens.Length && StartsPosition(second))
                {
                    posts.Add(ReadTitle(second, afterName: false, out int secondEnd));
                    end = PastTerm(secondEnd);
                }
            }

            // "… nhiệm kỳ 2016 - 2021 đối với: ông A, ông B": a colon may open the people.
            // "… đối với các ông: A (…), ông B (…)": so may a plural introducer and its colon.
            // "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh X nhiệm kỳ 2021 – 2026 với ông A": "với" alone after the office named.
            int concern = TokenPatterns.At(_tokens, end, "đối", "với") ? 2 : end < _tokens.Length && _tokens[end].Key == "với" && OfficeNounAt(index) ? 1 : 0;
            // "trao Quyết định bổ nhiệm 10 Thứ trưởng cho các ông, bà: A, B, …": the people the decisions are handed to, listed.
            if (concern == 0 && TokenPatterns.At(_tokens, end, "cho", "các") && PersonNames.IntroducerAt(_tokens, end + 2) > 0)
            {
                int colon = TokenPatterns.IndexOf(_tokens, end + 2, Math.Min(_tokens.Length, end + 6), ":");
                bool introducersOnly = colon > 0 && TokenPatterns.OnlyBetween(_tokens, end + 2, colon, "ông", "bà", "đồng", "chí", ",", "và");
                return introducersOnly && BareNameAt(colon + 1) > 0 ? (posts, colon + 1, true) : null;
            }

            if (concern == 0)
            {
                return null;
            }

            int people = end + concern < _tokens.Length && _tokens[end + concern].Key == ":" ? end + concern + 1 : end + concern;
            // "đối với các ông A, B và C": the plural introducer's list, with or without a colon, shares the post.
            if (people + 1 < _tokens.Length && _tokens[people].Key == "các" && PersonNames.IntroducerAt(_tokens, people + 1) is int plural and > 0 &&
                people + 1 + plural < _tokens.Length)
            {
                int first = people + 1 + plural + (_tokens[people + 1 + plural].Key == ":" ? 1 : 0);
                return BareNameAt(first) > 0 ? (posts, first, true) : null;
            }

            return PersonNames.IntroducerAt(_tokens, people) > 0 ? (posts, people, false) : null;
        }

        /// <summary>Past the term after a post (<c>, nhiệm kỳ 2016 - 2021</c>, <c>khóa XVIII</c>) that stands between it and the people.</summary>
        private readonly int PastTerm(int end)
        {
            for (int skipped = 0; end < _tokens.Length && skipped < 8; skipped++)
            {
                if (TermEnd(end) is int termEnd && termEnd > end)
                {
                    end = termEnd;
                }
                else if (_tokens[end].Key is "," or "-" or "–" or "nhiệm" or "kỳ" or "giai" or "đoạn" || _tokens[end].Kind == TokenKind.Number)
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        /// <summary>
        /// Where the verb ends after an appointer's or a giver's title chain or body at <paramref name="at"/> (<c>Thủ tướng Chính
        /// phủ bổ nhiệm</c>, <c>Chủ tịch UBND tỉnh quyết định bổ nhiệm</c>, <c>Ban Thường vụ Tỉnh ủy điều động</c>, <c>Chủ tịch
        /// nước tặng</c>); null when no such verb follows.
        /// </summary>
        private readonly int? AppointerEnd(int at)
        {
            int end;
            // "được các đại biểu HĐND huyện bầu giữ chức …": those who elect may be a group.
            at += at + 1 < _tokens.Length && _tokens[at].Key is "các" or "những" && StartsPosition(at + 1) ? 1 : 0;
            if (at < _tokens.Length && StartsTitleChain(at))
            {
                ReadTitle(at, afterName: false, out end);
            }
            else if (at < _tokens.Length && Bodies.TryRead(_tokens, _text, at, out var body))
            {
                // "được Ban Thường vụ Tỉnh ủy điều động giữ chức …": a body appoints.
                end = body.End;
            }
            else
            {
                return null;
            }

            // "được Bộ Chính trị, Ban Bí thư quyết định …": two bodies decide together.
            if (end + 1 < _tokens.Length && _tokens[end].Key is "," or "và" && Bodies.TryRead(_tokens, _text, end + 1, out var other))
            {
                end = other.End;
            }

            end += end < _tokens.Length && _tokens[end].Key is "ký" or "ra" ? 1 : 0;
            bool decided = TokenPatterns.At(_tokens, end, "quyết", "định");
            end += decided ? 2 : 0;
            // "được Bộ Chính trị quyết định giữ chức …": the decision names the post taken up.
            return Officials.AppointingVerbs.TryMatch(_tokens, end, out _, out int verb) ? end + verb
                : decided && end < _tokens.Length && _tokens[end].Key is "giữ" or "làm" ? end
                : null;
        }

        /// <summary>
        /// True when a post at <paramref name="at"/>, right after <c>được</c>, is followed by a verb that neither appoints nor holds
        /// (<c>được Chủ tịch UBND huyện công bố</c>, <c>được Bí thư Tỉnh ủy trao …</c>): the post is the passive's agent.
        /// </summary>
        private readonly bool AgentOfPassiveAt(int at)
        {
            if (at >= _tokens.Length || !StartsTitleChain(at))
            {
                return false;
            }

            ReadTitle(at, afterName: false, out int end);
            // The place may run on past what the body reader takes ("huyện Cư M'gar").
            int stop = Math.Min(_tokens.Length, end + 4);
            while (end < stop && (_tokens[end].IsCapitalized || _tokens[end].Key is "'" or "’"))
            {
                end++;
            }

            return end < _tokens.Length && _tokens[end].Kind == TokenKind.Word && !_tokens[end].IsCapitalized &&
                   !CareerVerbs.Contains(_tokens[end].Key) && _tokens[end].Key is not ("làm" or "nhận") && !Officials.HoldingPhrases.StartsAt(_tokens, end) &&
                   !Officials.AppointingVerbs.StartsAt(_tokens, end) && !TokenPatterns.At(_tokens, end, "quyết", "định");
        }

        /// <summary>
        /// Where the people a post is given to end: the list goes on across <c>;</c> while each item opens with a person
        /// (<c>đối với bà A, …; ông B, …</c>), or with a bare name in a <paramref name="listed"/> list (<c>đối với các ông: A, …; B,
        /// …</c>), and stops at the next clause (<c>…; kỷ luật khiển trách đối với ông C</c>, <c>… và cảnh cáo đối với ông C</c>).
        /// </summary>
        private readonly int AssignedPeopleEnd(int peopleAt, bool listed)
        {
            for (int k = peopleAt; k < _tokens.Length; k++)
            {
                if (_tokens[k].Key is ";" or "." &&
                    !(k + 1 < _tokens.Length && (PersonNames.IntroducerAt(_tokens, k + 1) > 0 || listed && _tokens[k].Key == ";" && BareNameAt(k + 1) > 0)))
                {
                    return k;
                }

                // "cách chức Chủ tịch UBND TP đối với ông A và kỷ luật cảnh cáo đối với ông B, Phó Chủ tịch …": another "đối với"
                // opens another decision, about other people.
                if (k > peopleAt && TokenPatterns.At(_tokens, k, "đối", "với"))
                {
                    return k;
                }
            }

            return _tokens.Length;
        }

        /// <summary><c>chức vụ</c> or <c>chức danh</c> (the office) at <paramref name="index"/>, before the post it names.</summary>
        private readonly bool OfficeNounAt(int index) =>
            TokenPatterns.At(_tokens, index, "chức", "vụ") || TokenPatterns.At(_tokens, index, "chức", "danh");

        /// <summary>
        /// Where a post taken up starts (<see cref="TakenUpIn"/>: <c>giữ chức</c>, <c>làm</c> before a post) after an aside set off by the
        /// comma at <paramref name="comma"/> that names no post and no one else, nor joins anything with <c>và</c> (<c>, Trợ lý Cơ sở Đảng, Phòng Tổ chức được bổ
        /// nhiệm giữ chức …</c>); null when none does within a short clause, or when the post was held before (<c>từng giữ chức</c>)
        /// or is not yet (<c>sẽ giữ chức</c>).
        /// </summary>
        private readonly int? PostTakenAfterAside(int comma)
        {
            if (comma >= _tokens.Length || _tokens[comma].Key != "," || comma + 2 >= _tokens.Length || StartsTitleChain(comma + 1))
            {
                return null;
            }

            // The aside runs to the first word that ends it. "Ông A, B và C được bầu giữ chức …": names listed after the comma share
            // the post; the list reader gives it.
            int end = comma + 1;
            while (end < _tokens.Length && end <= comma + 15 && _tokens[end].Key is not (";" or "." or ":" or "(" or "và") &&
                   PersonNames.IntroducerAt(_tokens, end) == 0 && BareNameAt(end) == 0)
            {
                end++;
            }

            return TakenUpIn(comma + 1, end) is int taken && _tokens[taken - 1].Key is not ("từng" or "đã" or "nguyên" or "sẽ" or "thời" or "khi" or "lúc")
                ? taken
                : null;
        }

        /// <summary>
        /// Where the posts start after a dismissal right after a name (<c>… bằng hình thức cách chức Phó Bí thư …</c>, <c>… cách chức
        /// Giám đốc Sở …</c>) or a relief by a body (<c>… được HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh</c>), or null.
        /// </summary>
        private readonly int? DismissedFromAt(int index)
        {
            // "đối với Phó Chủ tịch UBND huyện A: kỷ luật cách chức Huyện ủy viên": the form set off after the person by a colon.
            int k = index < _tokens.Length && _tokens[index].Key == ":" ? index + 1 : index;
            k += TokenPatterns.At(_tokens, k, "kỷ", "luật") && k > index ? 2 : 0;
            k += TokenPatterns.At(_tokens, k, "bằng", "hình", "thức") ? 3 : 0;
            if (TokenPatterns.At(_tokens, k, "cách", "chức") && StartsPosition(k + 2))
            {
                return k + 2;
            }

            // "Ông A được HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh": relieved by a body named between. "Ông A đã bị bãi miễn chức
            // danh …": with the time words before the passive.
            while (k < _tokens.Length && _tokens[k].Key is "đã" or "vừa" or "cũng" or "mới")
            {
                k++;
            }

            if (k < _tokens.Length && _tokens[k].Key is "được" or "bị")
            {
                for (int m = k + 1; m < Math.Min(_tokens.Length, k + 9) && _tokens[m].Kind != TokenKind.Punctuation; m++)
                {
                    if (Officials.Reliefs.TryMatch(_tokens, m, out _, out int relief))
                    {
                        int post = m + relief;
                        post += OfficeNounAt(post) ? 2 : post < _tokens.Length && _tokens[post].Key == "chức" ? 1 : 0;
                        return StartsPosition(post) ? post : null;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Where <c>bằng hình thức</c> starts within a few words after <paramref name="index"/> in the same clause (the end of a title
        /// chain read short: <c>nguyên Giám đốc CDC tỉnh Yên Bái bằng hình thức …</c>), else <paramref name="index"/>.
        /// </summary>
        private readonly int MannerAfter(int index)
        {
            for (int m = index; m < Math.Min(_tokens.Length, index + 6) && _tokens[m].Kind != TokenKind.Punctuation; m++)
            {
                if (TokenPatterns.At(_tokens, m, "bằng", "hình", "thức"))
                {
                    return m;
                }
            }

            return index;
        }

        /// <summary>A relief (<c>miễn nhiệm</c>, <c>cho thôi</c>, <c>bãi nhiệm</c>) just before <paramref name="index"/>.</summary>
        private readonly bool Relieved(int index) => Officials.Reliefs.Find(_tokens, Math.Max(0, index - 5), index, out _, out _) >= 0;

        /// <summary>The last of <paramref name="titles"/> is a bare post that a word follows at <paramref name="end"/>: the next clause's subject.</summary>
        private readonly bool GoesOnIntoVerb(List<Title> titles, int end) =>
            titles.Count > 0 && titles[^1].Organization is null && end < _tokens.Length && _tokens[end].IsWordLike;

        /// <summary>
        /// The titles a pronoun's verb gives (<c>[ông] là Phó Chính ủy Quân khu 3</c>, <c>[ông] cũng từng giữ chức vụ …</c>):
        /// a verb of holding must come first, since <c>ông Bí thư</c> or <c>ông cho biết</c> name no post of his.
        /// <paramref name="pronounAlone"/>: the pronoun stands without a given name.
        /// </summary>
        private readonly bool PronounTitles(int from, out List<Title> titles, out bool former, out int end, bool pronounAlone = false)
        {
            titles = [];
            former = false;
            end = from;
            int i = from;
            // "Đồng chí nguyên là: …", "ông nguyên là Bí thư …" (an obituary's career): the posts after "nguyên" were held before. After a
            // given name ("ông Trường nguyên là …") it is a life story's aside, which says nothing of the posts the person holds now.
            bool formerly = false;
            while (i < _tokens.Length && _tokens[i].Key is "cũng" or "đã" or "còn" or "vẫn" or "lại" or "nguyên")
            {
                formerly |= _tokens[i].Key == "nguyên";
                i++;
            }

            if (i < _tokens.Length && _tokens[i].Key is "là" or "giữ" or "từng" or "được" or "kiêm")
            {
                titles = ReadTitlesAfter(i, out former, out end);
                former |= formerly && pronounAlone;
                // "Đồng chí là Ủy viên Trung ương Đảng khóa VI, VII; Phó Trưởng Ban Tổ chức Trung ương; Bộ trưởng Bộ …": an obituary's
                // posts listed over semicolons (not a post that names someone else: "…; Phó Chủ tịch UBND huyện B phát biểu").
                while (titles.Count > 0 && end + 1 < _tokens.Length && _tokens[end].Key == ";" && StartsTitleChain(end + 1) &&
                       !TryReadTitlesBeforeName(end + 1, out _, out _, out _) && ReadTitlesAfter(end + 1, out bool listedFormer, out int listedEnd) is { Count: > 0 } listed)
                {
                    titles.AddRange(listed);
                    former &= listedFormer;
                    end = listedEnd;
                }

                if (titles.Count > 0)
                {
                    // "Ông là Bí thư Huyện ủy; trước đó ông là …": more of the life story after the first posts.
                    if (ReadCareer(end, out bool moreFormer, out int moreEnd) is { Count: > 0 } more)
                    {
                        titles.AddRange(more);
                        former &= moreFormer;
                        end = moreEnd;
                    }

                    return true;
                }
            }

            // "Ông tham gia cách mạng năm 1936 và đã nắm giữ nhiều trọng trách, như: …", "bà từ năm 2005 đến 2010 giữ chức …":
            // a life story's clauses before the verb.
            titles = ReadCareer(from, out former, out end) ?? [];
            return titles.Count > 0;
        }

        /// <summary>
        /// A title stated for a counted or plural group (<c>4 ủy viên Trung ương Đảng</c>, <c>các Phó Chủ tịch</c>) with no
        /// person read after it in this sentence, so the next sentence may list its members; null when there is none.
        /// </summary>
        public readonly OpenGroup? FindOpenGroup(List<Found> found)
        {
            OpenGroup? open = null;
            for (int i = 0; i + 1 < _tokens.Length; i++)
            {
                // "4 ủy viên", "hai Phó Chủ tịch" (a spelled count is read too), or a plural with no count ("các Phó Chủ tịch").
                int count = 0;
                bool plural = _tokens[i].Key is "các" or "những" || TokenPatterns.ReadCount(_tokens, _text, i, out count, out _) == 1 && count >= 2;
                if (!plural || !StartsPosition(i + 1))
                {
                    continue;
                }

                var title = ReadTitle(i + 1, afterName: false, out int end);
                open = found.Exists(f => f.At >= end) ? null : new OpenGroup(title, count);
                i = end - 1;
            }

            return open;
        }

        /// <summary>
        /// A sentence that is only a list of posts, items set off by ";" and at least two of them opening with a post: an obituary's
        /// career after the sentence that names the person (<c>Ủy viên Ban Chấp hành Trung ương Đảng các khóa …; Ủy viên Bộ Chính
        /// trị …; Chủ tịch Quốc hội …</c>). Items that open with something else (<c>tham gia …</c>) are passed over. Null when the
        /// sentence is not such a list.
        /// </summary>
        public readonly (List<Title> Titles, bool Former)? ReadPostList()
        {
            // "Nguyên: Tham mưu trưởng …, Tư lệnh …; Phó Tổng Tham mưu trưởng …": an obituary's former posts under one heading,
            // every item past.
            int start = Math.Max(0, FormerHeadingAt(0));
            bool framed = start > 0;
            // "Sinh ngày 11-11-1942; quê quán: …; Tham gia hoạt động cách mạng tháng 1-1960; vào Đảng ngày …; Ủy viên …": an obituary
            // notice's life facts, each closed by ";", come before the posts.
            bool afterLife = false;
            while (!framed && start < _tokens.Length && Officials.LifeStoryClauses.StartsAt(_tokens, start) &&
                   TokenPatterns.IndexOf(_tokens, start, _tokens.Length, ";") is int lifeEnd and >= 0)
            {
                start = lifeEnd + 1;
                afterLife = true;
            }

            if (_tokens.Length == 0 || start >= _tokens.Length ||
                !(StartsTitleChain(start) || afterLife && Officials.FormerMarkers.StartsAt(_tokens, start) && StartsTitleChain(start + 1)))
            {
                return null;
            }

            var titles = new List<Title>();
            bool former = true;
            bool onlyPosts = true;
            int items = 0;
            for (int i = start; i < _tokens.Length;)
            {
                if (StartsTitleChain(i) || Officials.FormerMarkers.StartsAt(_tokens, i) && StartsTitleChain(i + 1))
                {
                    var held = ReadTitlesAfter(i, out bool heldBefore, out int end);
                    if (held.Count > 0)
                    {
                        titles.AddRange(held);
                        former &= heldBefore;
                        items++;
                        i = Math.Max(end, i + 1);
                    }
                }

                int next = TokenPatterns.IndexOf(_tokens, i, _tokens.Length, ";");
                if (next < 0)
                {
                    // What is left after the last item must be no clause of its own naming someone.
                    for (int k = i; k < _tokens.Length; k++)
                    {
                        if (PersonNames.IntroducerAt(_tokens, k) > 0 || BareNameAt(k) > 0)
                        {
                            return null;
                        }

                        onlyPosts &= _tokens[k].Kind == TokenKind.Punctuation;
                    }

                    break;
                }

                i = next + 1;
            }

            // "Nguyên Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh A.": one chain of former posts that is the whole sentence is a list
            // too; a post that goes on into a clause ("Bí thư Tỉnh ủy phát biểu …") names its holder, who may be anyone.
            bool formerChain = items == 1 && onlyPosts && former && Officials.FormerMarkers.StartsAt(_tokens, 0);
            // After the life facts the posts are the person's career however they are chained.
            return items >= (framed || afterLife ? 1 : 2) || formerChain ? (titles, former || framed) : null;
        }

        /// <summary>A sentence that opens as a list of the group before it: <c>Đó là …</c>, <c>Gồm …</c>, <c>Cụ thể …</c>.</summary>
        public static bool OpensList(ReadOnlySpan<Token> tokens) =>
            TokenPatterns.At(tokens, 0, "đó", "là") || TokenPatterns.At(tokens, 0, "gồm") || TokenPatterns.At(tokens, 0, "bao", "gồm") ||
            TokenPatterns.At(tokens, 0, "cụ", "thể") || TokenPatterns.At(tokens, 0, "họ", "là");

        /// <summary>Ends the colon groups still open at <paramref name="at"/>, where another group starts.</summary>
        private static void CloseGroups(List<(Title Title, int FromPerson, int Until)> groups, int at)
        {
            for (int g = 0; g < groups.Count; g++)
            {
                if (groups[g].Until > at)
                {
                    groups[g] = groups[g] with { Until = at - 1 };
                }
            }
        }

        /// <summary>Gives a group's title to the people found inside the group once the reading has passed its end.</summary>
        private static void ApplyGroups(List<(Title Title, int FromPerson, int Until)> groups, List<Found> found, int at)
        {
            for (int g = groups.Count - 1; g >= 0; g--)
            {
                var (title, from, until) = groups[g];
                if (at <= until)
                {
                    continue;
                }

                GiveGroupTitle(title, found, from);
                groups.RemoveAt(g);
            }
        }

        /// <summary>
        /// In an item of a list (after <c>:</c> or <c>;</c>), people named one after another with only a comma between them, the last
        /// with titles, share those titles: "… đối với: ông A, ông B, ông C, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh …; ông D, …".
        /// </summary>
        public static void ShareItemTitles(ReadOnlySpan<Token> tokens, List<Found> found)
        {
            int first = -1; // the first person of the run the current person may belong to, or -1
            for (int p = 0; p < found.Count; p++)
            {
                int start = IntroducedFrom(tokens, found[p].At);
                bool joined = first >= 0 && found[p - 1].At + found[p - 1].Length + 1 == start && tokens[start - 1].Key == ",";
                if (!joined)
                {
                    // A run opens on an introduced person right after the item's ":" or ";".
                    first = start > 0 && start < found[p].At && tokens[start - 1].Key is ":" or ";" ? p : -1;
                    continue;
                }

                // The run goes on while the next person follows at once; at its end, the last person's titles are everyone's.
                bool runEnds = p + 1 >= found.Count || found[p].At + found[p].Length + 1 != IntroducedFrom(tokens, found[p + 1].At);
                if (runEnds && found[p].Titles.Count > 0)
                {
                    for (int q = first; q < p; q++)
                    {
                        foreach (var title in found[p].Titles)
                        {
                            if (!found[q].Titles.Exists(t => t.Position == title.Position && t.Organization == title.Organization))
                            {
                                found[q].Titles.Add(title);
                            }
                        }
                    }
                }
            }

            // Where the introducer of the name at <paramref name="at"/> starts ("ông", "bà", "đồng chí"); the name itself when none.
            static int IntroducedFrom(ReadOnlySpan<Token> tokens, int at)
            {
                for (int k = 1; k <= 2 && at - k >= 0; k++)
                {
                    if (PersonNames.IntroducerAt(tokens, at - k) == k)
                    {
                        return at - k;
                    }
                }

                return at;
            }
        }

        /// <summary>
        /// Puts a group's title first among the titles of the people from <paramref name="from"/> on, unless they have it, also
        /// as a narrower post of their own (<c>Phó Chủ tịch thường trực</c> among the group's <c>Phó Chủ tịch</c>).
        /// </summary>
        public static void GiveGroupTitle(Title title, List<Found> found, int from)
        {
            for (int p = from; p < found.Count; p++)
            {
                int own = found[p].Titles.FindIndex(t => (t.Position == title.Position || t.Position.StartsWith(title.Position + " ", StringComparison.Ordinal)) &&
                                                         (t.Organization == title.Organization || t.Organization is null || title.Organization is null));
                if (own >= 0 && found[p].Titles[own].Organization is null && title.Organization is not null)
                {
                    // "3 phó chủ tịch UBND tỉnh gồm các ông: A, Phó chủ tịch thường trực; …": the narrower post is held in the group's body.
                    found[p].Titles[own] = found[p].Titles[own] with { Organization = title.Organization };
                }

                if (own < 0)
                {
                    // A former group's post ("Các đồng chí nguyên Tổng Bí thư: A, B") makes its people former when it is all they hold.
                    if (found[p].Titles.Count == 0 && (title.Text.StartsWith("nguyên ", StringComparison.OrdinalIgnoreCase) || title.Text.StartsWith("cựu ", StringComparison.OrdinalIgnoreCase)))
                    {
                        found[p] = found[p] with { Former = true };
                    }

                    found[p].Titles.Insert(0, title);
                }
            }
        }

        /// <summary>
        /// The titles of a name found at [<paramref name="at"/>, <paramref name="end"/>) by other means: those after
        /// it (<c>A, Chủ tịch Quốc hội Lào</c>), else the title directly before it (<c>Chủ tịch Quốc hội Lào A</c>).
        /// </summary>
        public readonly List<Title> TitlesAround(int at, int end, out bool former)
        {
            former = false;
            if (end + 1 < _tokens.Length && _tokens[end].Key is "," or "-" or "(" && StartsTitleChain(end + 1))
            {
                var after = ReadTitlesAfter(end, out former, out _);
                if (after.Count > 0)
                {
                    return after;
                }
            }

            // The nearest post before the name whose body reaches up to it.
            for (int start = at - 1; start >= 0 && at - start <= MaxBodyTokens + 3; start--)
            {
                if (_tokens[start].Key is "," or ";" or "." or "(" or ")")
                {
                    break;
                }

                if (StartsPosition(start))
                {
                    // "Tổng Bí thư A": the longest post that covers this one.
                    while (start > 0 && Officials.Positions.TryMatch(_tokens, start - 1, out _, out int longer) && longer > 1)
                    {
                        start--;
                    }

                    var title = ReadTitle(start, afterName: false, out int titleEnd, limit: at);
                    if (titleEnd == at)
                    {
                        former = start > 0 && Officials.FormerMarkers.StartsAt(_tokens, start - 1);
                        return [title];
                    }

                    break;
                }
            }

            return [];
        }

        /// <summary>
        /// Where the term a title is held for ends, when one starts at <paramref name="start"/>, else <paramref name="start"/>:
        /// <c>khóa IX</c>, <c>các khóa VIII, IX</c>, and a life story's several terms, a candidate's among them (<c>khóa V (dự khuyết), VI, VII</c>).
        /// </summary>
        private readonly int TermEnd(int start)
        {
            // "Ủy viên Ban Chấp hành Đảng bộ tỉnh (khóa XIII, XIV, XV)": the terms in brackets.
            if (start + 1 < _tokens.Length && _tokens[start].Key == "(" && TermEnd(start + 1) is int inner && inner > start + 1 &&
                inner < _tokens.Length && _tokens[inner].Key == ")")
            {
                return inner + 1;
            }

            // "nguyên Phó Bí thư Thành ủy nhiệm kỳ 2015-2020, nguyên Bí thư …": a tenure in years, as a term in numbers is.
            if (TenureEnd(start) is int tenure)
            {
                return tenure;
            }

            // "Ủy viên Trung ương Đảng các khóa VIII, IX": several terms.
            int index = start + 1 < _tokens.Length && _tokens[start].Key == "các" && _tokens[start + 1].Key is "khóa" or "khoá" ? start + 1 : start;
            if (index + 1 >= _tokens.Length || _tokens[index].Key is not ("khóa" or "khoá") ||
                !(_tokens[index + 1].IsAllCaps || _tokens[index + 1].Kind == TokenKind.Number || IsRomanNumeral(_tokens[index + 1])))
            {
                return start;
            }

            int i = index + 2;
            while (i + 1 < _tokens.Length)
            {
                // "(dự khuyết)": an alternate member for that term.
                if (_tokens[i].Key == "(" && i + 3 < _tokens.Length && TokenPatterns.At(_tokens, i + 1, "dự", "khuyết") && _tokens[i + 3].Key == ")")
                {
                    i += 4;
                }
                else if (_tokens[i].Key is "," or "và" && IsRomanNumeral(_tokens[i + 1]))
                {
                    i += 2;
                }
                // "Ủy viên T.Ư Đảng khóa 7, khóa 8", "đại biểu Quốc hội khóa IX, khóa X": the word said again before each term.
                else if (_tokens[i].Key is "," or "và" && i + 2 < _tokens.Length && _tokens[i + 1].Key is "khóa" or "khoá" &&
                         (_tokens[i + 2].Kind == TokenKind.Number || IsRomanNumeral(_tokens[i + 2])))
                {
                    i += 3;
                }
                else
                {
                    break;
                }
            }

            // "đại biểu HĐND tỉnh khóa XIV, nhiệm kỳ 2016-2021": the term's years after it.
            return i + 1 < _tokens.Length && _tokens[i].Key == "," && TenureEnd(i + 1) is int years ? years : i;
        }

        /// <summary>Where <c>nhiệm kỳ 2015-2020</c> (or <c>2015 - 2020</c>, <c>2015–2020</c>) ends when it starts at <paramref name="start"/>; else null.</summary>
        private readonly int? TenureEnd(int start)
        {
            if (!TokenPatterns.At(_tokens, start, "nhiệm", "kỳ") || start + 2 >= _tokens.Length || !IsYear(_tokens[start + 2]))
            {
                return null;
            }

            int end = start + 3;
            return end + 1 < _tokens.Length && _tokens[end].Key is "-" or "–" && IsYear(_tokens[end + 1]) ? end + 2 : end;

            static bool IsYear(Token token) => token.Kind == TokenKind.Number && token.Key.Length == 4;
        }

        /// <summary>
        /// A Roman numeral (<c>VI</c>, and <c>X</c>, which as one letter is not flagged all-caps): further terms after the
        /// first are read only as such, since a bare number there may be anything.
        /// </summary>
        private static bool IsRomanNumeral(Token token) =>
            token.IsWordLike && token.IsCapitalized && (token.IsAllCaps || token.Key.Length == 1) && token.Key.AsSpan().IndexOfAnyExcept("ivxl") < 0;

        /// <summary>The word segmenter joins the syllable at <paramref name="index"/> to the one before it (a small window around them is segmented).</summary>
        private readonly bool ContinuesWord(int index) => TokenPatterns.ContinuesWord(_tokens, _text, index);

        /// <summary>
        /// A state's formal name that starts at <paramref name="index"/> (<c>(nước) Cộng hòa Xã hội chủ nghĩa Việt Nam</c>, <c>Cộng
        /// hòa Dân chủ Nhân dân Lào</c>: <c>Cộng hòa</c>, at most six words, then a country): where its country starts and where it
        /// ends; null when none starts there.
        /// </summary>
        private readonly (int CountryAt, int End)? FormalState(int index)
        {
            int k = index < _tokens.Length && _tokens[index].Key == "nước" ? index + 1 : index;
            // "CHLB Đức", "nước CHDCND Lào": the formal name's initials before the country.
            if (k + 1 < _tokens.Length && StateInitials.ContainsKey(_tokens[k].Key) && CountryAt(k + 1) is int named and > 0)
            {
                return (k + 1, k + 1 + named);
            }

            if (!TokenPatterns.At(_tokens, k, "cộng", "hòa"))
            {
                return null;
            }

            for (int m = k + 2; m < Math.Min(_tokens.Length, k + 9) && _tokens[m].Kind == TokenKind.Word; m++)
            {
                if (CountryAt(m) is int country and > 0)
                {
                    return (m, m + country);
                }
            }

            return null;
        }

        /// <summary>
        /// The next person starts at <paramref name="index"/>: a bare name, a post before a name, or a name after an introducer or a
        /// rank (<c>Trần Văn A</c>, <c>Phó Chủ tịch UBND tỉnh B</c>, <c>Thượng tá C</c>).
        /// </summary>
        private readonly bool PersonStartsAt(int index) =>
            BareNameAt(index) > 0 || StartsPosition(index) ||
            PersonNames.IntroducerAt(_tokens, index) is int introducer and > 0 && PersonNames.NameAt(_tokens, index + introducer, introduced: true) > 0;

        /// <summary>Whether a word in [<paramref name="from"/>, <paramref name="end"/>) is written in lower case.</summary>
        private readonly bool HasLowerCaseWord(int from, int end)
        {
            for (int k = from; k < end; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && !_tokens[k].IsCapitalized)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a share of the votes that starts at <paramref name="index"/> ends (<c>100% đại biểu</c>, <c>52/53 đại biểu có mặt</c>,
        /// <c>100% số phiếu</c>), or null.
        /// </summary>
        private readonly int? VoteShareEnd(int index)
        {
            int k = index;
            if (k + 1 >= _tokens.Length || _tokens[k].Kind is not (TokenKind.Number or TokenKind.Percent))
            {
                return null;
            }

            // "52/53": the share written as a fraction.
            k++;
            if (k + 1 < _tokens.Length && _tokens[k].Key == "/" && _tokens[k + 1].Kind == TokenKind.Number)
            {
                k += 2;
            }

            if (k < _tokens.Length && _tokens[k].Key == "%")
            {
                k++;
            }

            if (TokenPatterns.At(_tokens, k, "đại", "biểu"))
            {
                k += 2;
                if (TokenPatterns.At(_tokens, k, "có", "mặt"))
                {
                    k += 2;
                }

                return k;
            }

            return TokenPatterns.At(_tokens, k, "số", "phiếu") ? k + 2 : null;
        }

        /// <summary>Where <c>tại</c> and the state it names end, when they start at <paramref name="index"/> (<c>tại Việt Nam</c>, <c>tại Cộng hòa Philippines</c>).</summary>
        private readonly int? HostStateAfter(int index)
        {
            if (index + 1 >= _tokens.Length || _tokens[index].Key != "tại")
            {
                return null;
            }

            return FormalState(index + 1) is var (_, formalEnd) ? formalEnd : CountryAt(index + 1) is int country and > 0 ? index + 1 + country : null;
        }

        /// <summary>The words of a state's name in [<paramref name="from"/>, <paramref name="end"/>), its initials spelled out (<c>CHDCND Lào</c> → <c>Cộng hòa Dân chủ Nhân dân Lào</c>).</summary>
        private readonly string StateName(int from, int end)
        {
            var name = new StringBuilder();
            for (int k = from; k < end; k++)
            {
                name.Append(name.Length > 0 ? " " : "").Append(StateInitials.TryGetValue(_tokens[k].Key, out string? spelled) ? spelled : _tokens[k].Span.ToString(_text));
            }

            return name.ToString();
        }

        /// <summary>Length of the country named at <paramref name="index"/>, or 0; <c>Lào Cai</c> is a province, not Laos.</summary>
        private readonly int CountryAt(int index) =>
            Officials.Countries.TryMatch(_tokens, index, out _, out int length) && !(index + length < _tokens.Length && IsPlace(index, length + 1)) ? length : 0;

        /// <summary>The title read over [<paramref name="from"/>, <paramref name="end"/>) ends with a country (<c>Chủ tịch Quốc hội Lào</c>).</summary>
        private readonly bool EndsWithCountry(int from, int end)
        {
            for (int k = Math.Max(from + 1, end - 6); k < end; k++)
            {
                if (CountryAt(k) is int length and > 0 && k + length == end)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many capitalised words run from <paramref name="index"/>, followed by a word that is not capitalised or by punctuation.</summary>
        private readonly int CapitalisedRun(int index, out int syllables)
        {
            int run = 0;
            syllables = 0;
            while (index + run < _tokens.Length && _tokens[index + run].Kind == TokenKind.Word && _tokens[index + run].IsCapitalized)
            {
                run++;
                syllables++;
                // "Kim Jong-un": a foreign name's hyphenated syllables are one part of it.
                while (PersonNames.HyphenatedAt(_tokens, index + run))
                {
                    run += 2;
                }
            }

            return run;
        }

        /// <summary>
        /// Where "để" stands after a transfer to a body (<c>(đến) nhận công tác tại Ban X để …</c>, <c>về công tác tại Sở Y để …</c>),
        /// the post taken up there following it; else null.
        /// </summary>
        private readonly int? TransferredTo(int at)
        {
            int k = at + (at < _tokens.Length && _tokens[at].Key == "đến" ? 1 : 0);
            if (!TokenPatterns.At(_tokens, k, "nhận", "công", "tác", "tại") && !TokenPatterns.At(_tokens, k, "về", "công", "tác", "tại"))
            {
                return null;
            }

            int body = k + 4;
            for (int j = body; j < _tokens.Length && j - body < 14 && _tokens[j].Key is not ("," or ";" or "."); j++)
            {
                if (_tokens[j].Key == "để")
                {
                    // "… để được tiếp nhận, bổ nhiệm giữ chức Giám đốc Sở X": taken on by the body, then appointed.
                    int taken = j + 1 + (TokenPatterns.At(_tokens, j + 1, "được") ? 1 : 0);
                    return TokenPatterns.At(_tokens, taken, "tiếp", "nhận") && taken + 2 < _tokens.Length && _tokens[taken + 2].Key is "," or "và"
                        ? taken + 3
                        : j;
                }
            }

            return null;
        }

        /// <summary>
        /// Past who put people forward, at <paramref name="index"/> (<c>theo giới thiệu của Chủ tịch UBND thành phố</c>, <c>theo đề
        /// nghị của Ban Thường vụ Tỉnh ủy</c>): after the post or body, or null when no such phrase starts there.
        /// </summary>
        private readonly int? ProposerEnd(int index)
        {
            if (!TokenPatterns.At(_tokens, index, "theo", "giới", "thiệu", "của") && !TokenPatterns.At(_tokens, index, "theo", "đề", "nghị", "của"))
            {
                return null;
            }

            int at = index + 4;
            if (StartsPosition(at))
            {
                ReadTitle(at, afterName: false, out int end);
                return end;
            }

            return Bodies.TryRead(_tokens, _text, at, out var body) ? body.End : null;
        }

        /// <summary>
        /// Where a group's list that opened with a verb ends: at <paramref name="clauseEnd"/>, or past a semicolon that only
        /// separates names (<c>gồm ông A; B, C, D</c>: bare names, each followed by a comma, <c>và</c> or the end).
        /// </summary>
        private readonly int ListEnd(int clauseEnd)
        {
            while (clauseEnd + 1 < _tokens.Length && _tokens[clauseEnd].Key == ";" && BareNameAt(clauseEnd + 1) is int name and > 0 &&
                   (clauseEnd + 1 + name == _tokens.Length || _tokens[clauseEnd + 1 + name].Key is "," or "và" or "." or ";"))
            {
                clauseEnd = TokenPatterns.ClauseEnd(_tokens, clauseEnd + 1);
            }

            return clauseEnd;
        }

        /// <summary>
        /// True when a bracketed age after a name is followed by a dash and a title (<c>Nguyễn Văn A (47 tuổi) - Giám đốc Công ty
        /// B</c>); <paramref name="open"/> is the bracket, <paramref name="age"/> the aside's length with its closing bracket.
        /// </summary>
        private readonly bool DashedTitleAfterAge(int open, int age) =>
            _tokens[open].Key == "(" && _tokens[open + age].Key == ")" && open + age + 2 < _tokens.Length &&
            _tokens[open + age + 1].Key is "-" or "–" or "," && StartsTitleChain(open + age + 2);

        /// <summary>
        /// Length of an age or birth year written between a name and its titles (<c>SN 1965)</c>, <c>sinh năm 1965)</c>,
        /// <c>55 tuổi,</c>), the closing bracket or comma included, or 0. <paramref name="index"/> is after the opening separator.
        /// </summary>
        private readonly int AgeAside(int index)
        {
            int k = index;
            if (k < _tokens.Length && _tokens[k].Key == "sn")
            {
                k++;
            }
            else if (TokenPatterns.At(_tokens, k, "sinh", "năm"))
            {
                k += 2;
            }
            else if (k + 1 < _tokens.Length && _tokens[k].Kind == TokenKind.Number && _tokens[k + 1].Key == "tuổi")
            {
                return k + 2 < _tokens.Length && _tokens[k + 2].Key is "," or ")" ? k + 3 - index : 0;
            }
            else
            {
                return 0;
            }

            return k + 1 < _tokens.Length && _tokens[k].Kind == TokenKind.Number && _tokens[k + 1].Key is ")" or "," ? k + 2 - index : 0;
        }

        /// <summary>
        /// A unit level (<c>xã</c>, <c>thị trấn</c>) ends right before <paramref name="index"/> (unlike the extractor's
        /// <c>AfterUnitLevel</c>, a committee such as <c>Huyện ủy</c> does not count).
        /// </summary>
        private readonly bool RightAfterUnitLevel(int index) => Officials.UnitLevels.EndsBefore(_tokens, index, 2);

        /// <summary>Right after a unit's level or its committee: <c>huyện Anh Sơn</c>, <c>Huyện ủy Anh Sơn</c>.</summary>
        private readonly bool RightAfterUnitOrCommittee(int index) => RightAfterUnitLevel(index) || Officials.LevelCommittees.EndsBefore(_tokens, index, 2);

        /// <summary>The token before <paramref name="start"/> is a city's or province's level: <c>TP</c>, <c>thành phố</c>, <c>tỉnh</c>.</summary>
        private readonly bool AfterCityLevel(int start) =>
            start > 0 && _tokens[start - 1].Key is "tp" or "tỉnh" || TokenPatterns.At(_tokens, start - 2, "thành", "phố");

        /// <summary>Some beginning of the run at <paramref name="start"/> is a known province or city (<c>Hồ Chí Minh</c>, <c>Phan Thiết</c>).</summary>
        private readonly bool StartsWithCity(int start, int run)
        {
            for (int k = 1; k <= run; k++)
            {
                if (IsPlace(start, k) || Gazetteer.Default.Contains("thành phố", _text[_tokens[start].Span.Start.._tokens[start + k - 1].Span.End]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The run is a district the gazetteer knows (<c>Lâm Bình</c>, <c>Đức Phổ</c>), at any district level.</summary>
        private readonly bool IsDistrict(int index, int length) =>
            Gazetteer.Default.IsDistrict(_text[_tokens[index].Span.Start.._tokens[index + length - 1].Span.End]);

        /// <summary>
        /// True when the capitalised run at <paramref name="index"/> follows the head of an institution, written out or abbreviated
        /// (<c>họp tại BV Bạch Mai, Bộ trưởng …</c>, <c>Trường Lê Quý Đôn, …</c>): it names the institution, not a person.
        /// </summary>
        private readonly bool NamesBody(int index) =>
            index > 0 && (Officials.InstitutionHeads.EndsBefore(_tokens, index, 3) || Officials.InstitutionAbbreviations.Contains(_tokens[index - 1].Key));

        /// <summary>
        /// A body's abbreviation stands at <paramref name="index"/> (<c>THPT</c>, <c>UBND</c>): what looks like a name before it is
        /// a body's name (<c>Phó Bí thư Đoàn Trường THPT Sóc Sơn</c>: the school's Youth Union, not a person called Đoàn Trường).
        /// </summary>
        private readonly bool BodyAbbreviationAt(int index) =>
            index < _tokens.Length && Officials.Abbreviations.TryGetValue(_tokens[index].Key, out var abbreviation) && !abbreviation.IsPosition &&
            PersonNames.IsAbbreviationLike(_tokens[index]);

        /// <summary>
        /// The capitalised word or two before <paramref name="index"/> and the <paramref name="length"/> tokens from it name a
        /// province or a district together (<c>Bệnh viện Đa khoa Buôn Ma Thuột</c>: <c>Ma Thuột</c> looks like a name, but
        /// <c>Buôn Ma Thuột</c> is a city).
        /// </summary>
        private readonly bool PlaceEndsAt(int index, int length)
        {
            for (int before = 1; before <= 2 && index - before >= 0 && _tokens[index - before].IsCapitalized; before++)
            {
                if (IsPlace(index - before, before + length) || IsDistrict(index - before, before + length))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool IsPlace(int index, int length)
        {
            string key = VietnameseOrthography.Key(_text.AsSpan(_tokens[index].Span.Start, _tokens[index + length - 1].Span.End - _tokens[index].Span.Start));
            return Places.Provinces.Contains(key);
        }

        private readonly bool StartsPosition(int index) =>
            index < _tokens.Length && !OfficeNounBeforePost(index) && !SecretariatAt(index) && !PresidingJudgeAt(index) &&
            (Officials.Positions.StartsAt(_tokens, index) || Officials.FixedTitles.StartsAt(_tokens, index) || IsPostAbbreviation(index) ||
             (_tokens[index].Key == "phó" && IsPostAbbreviation(index + 1)) || StandingMemberAt(index) || StandingAbbreviationAt(index) || ActingAt(index) ||
             NewHolderAt(index));

        /// <summary>
        /// A judge's part in one trial (<c>thẩm phán chủ tọa phiên tòa</c>), not the post in a court that <c>Thẩm phán Tòa án nhân dân
        /// tỉnh A</c> names.
        /// </summary>
        private readonly bool PresidingJudgeAt(int index) =>
            TokenPatterns.At(_tokens, index, "thẩm", "phán") && index + 2 < _tokens.Length && _tokens[index + 2].Key == "chủ";

        /// <summary>
        /// The <c>Bí thư</c> of <c>Ban Bí thư</c> (the Secretariat) and the <c>Chủ tịch</c> of <c>Phủ Chủ tịch</c> (the Presidential
        /// Palace; so <c>Phủ Tổng thống</c>, <c>Phủ Thủ tướng</c>): a body or a place, not the post (<c>thay mặt Ban Bí thư, ông A, …</c>).
        /// </summary>
        private readonly bool SecretariatAt(int index) =>
            index > 0 && (_tokens[index - 1].Key == "ban" && TokenPatterns.At(_tokens, index, "bí", "thư") ||
                          // "tại Phủ Chủ tịch, Tổng Bí thư …", "tại Phủ Tổng thống Philippines, Đại sứ …": the palace, a place, not the post.
                          _tokens[index - 1].Key == "phủ" && _tokens[index - 1].IsCapitalized);

        /// <summary>
        /// The <c>vụ</c> of <c>chức vụ</c> before a post that starts with <c>Trưởng</c> (<c>giữ chức vụ Trưởng Ban Tuyên giáo</c>), not
        /// the post Vụ trưởng, which heads a Vụ (<c>giữ chức Vụ trưởng Vụ Tổ chức</c>).
        /// </summary>
        private readonly bool OfficeNounBeforePost(int index) =>
            index > 0 && index + 1 < _tokens.Length && _tokens[index].Key == "vụ" && !_tokens[index].IsCapitalized && _tokens[index - 1].Key == "chức" &&
            _tokens[index + 1].Key == "trưởng" && !(index + 2 < _tokens.Length && _tokens[index + 2].Key == "vụ");

        /// <summary><c>tân</c> (new) before a post: <c>ông A - tân Phó Chủ tịch tỉnh</c>, <c>chúc mừng Tân Giám đốc Sở X</c>.</summary>
        private readonly bool NewHolderAt(int index) =>
            index + 1 < _tokens.Length && _tokens[index].Key == "tân" &&
            (Officials.Positions.StartsAt(_tokens, index + 1) || Officials.FixedTitles.StartsAt(_tokens, index + 1) || IsPostAbbreviation(index + 1));

        /// <summary>
        /// <c>quyền</c> before a post names its acting holder (<c>quyền Giám đốc Sở X</c>, <c>được giao quyền Chủ tịch</c>); not in
        /// the nouns it ends (<c>ủy quyền</c>, <c>thẩm quyền</c>: see <see cref="Officials.NotActingAfter"/>).
        /// </summary>
        private readonly bool ActingAt(int index) =>
            index + 1 < _tokens.Length && _tokens[index].Key == "quyền" && (Officials.Positions.StartsAt(_tokens, index + 1) || IsPostAbbreviation(index + 1)) &&
            !(index > 0 && Officials.NotActingAfter.Contains(_tokens[index - 1].Key));

        /// <summary>
        /// <c>Thường vụ Huyện ủy</c> as a post (short for Ủy viên Ban Thường vụ): only right before a committee, since
        /// <c>Thường vụ</c> alone, or after <c>ban</c> however cased, is the board itself.
        /// </summary>
        private readonly bool StandingMemberAt(int index) =>
            TokenPatterns.At(_tokens, index, "thường", "vụ") && Officials.LevelCommittees.StartsAt(_tokens, index + 2) && !TokenPatterns.At(_tokens, index - 1, "ban");

        /// <summary>
        /// <c>TVTU</c>, <c>BTVHU</c> written alone as a title (<c>ông A, TVTU, Phó Chủ tịch UBND tỉnh</c>): a member of the standing
        /// committee, as <c>Thường vụ Tỉnh ủy</c> is; not after <c>Ủy viên</c> or <c>Ban</c>, where it is the body.
        /// </summary>
        private readonly bool StandingAbbreviationAt(int index) =>
            index < _tokens.Length && Officials.StandingCommitteeAbbreviations.Contains(_tokens[index].Key) && PersonNames.IsAbbreviationLike(_tokens[index]) &&
            !(index > 0 && _tokens[index - 1].Key is "ban" or "viên" or "uv");

        /// <summary>
        /// True when a plural introducer stands right before the title chain at <paramref name="chain"/> (<c>các đồng chí nguyên Tổng
        /// Bí thư A, B</c>, <c>hai ông Phó Chủ tịch A và B</c>): the names after the title share it.
        /// </summary>
        private readonly bool PluralIntroducerBefore(int chain)
        {
            for (int length = 1; length <= 2; length++)
            {
                if (chain - length > 0 && PersonNames.IntroducerAt(_tokens, chain - length) == length && PluralIntroducerAt(chain - length))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the introducer at <paramref name="index"/> is plural (<c>các ông</c>) or counted (<c>Hai ông</c>, <c>3 đồng
        /// chí</c>, not <c>1 đồng chí</c>): it introduces every name of the list after it.
        /// </summary>
        private readonly bool PluralIntroducerAt(int index) =>
            _tokens[index].Key == "các" || index > 0 && (Plurals.Contains(_tokens[index - 1].Key) ||
                (_tokens[index - 1].Kind == TokenKind.Number && _tokens[index - 1].Key.Length <= 2 && _tokens[index - 1].Key is not ("1" or "01")));

        /// <summary>An abbreviated post: <c>PCT</c>, <c>GĐ</c> (also after <c>phó</c>: <c>phó GĐ</c>).</summary>
        private readonly bool IsPostAbbreviation(int index) => index < _tokens.Length && OfficialExtractor.IsPostAbbreviation(_tokens[index]);

        /// <summary>The bracket from <paramref name="open"/> to <paramref name="close"/> names no one: it says where a post is.</summary>
        private readonly bool PlaceOfPostAside(int open, int close)
        {
            for (int k = open + 1; k < close; k++)
            {
                if (PersonNames.IntroducerAt(_tokens, k) > 0 || _tokens[k].Key is "," or ";" or ":")
                {
                    return false;
                }
            }

            return close > open + 1 && _tokens[open + 1].IsCapitalized;
        }

        /// <summary>A verb of holding a post starts at <paramref name="at"/> (<c>giữ chức</c>, <c>kiêm</c>, <c>đảm nhận</c>, <c>để làm</c>).</summary>
        private readonly bool HoldingVerbAt(int at) =>
            at < _tokens.Length && (TokenPatterns.At(_tokens, at, "giữ", "chức") || _tokens[at].Key is "kiêm" || Officials.HoldingPhrases.StartsAt(_tokens, at));

        /// <summary>The closing bracket of an aside opened at <paramref name="open"/>, no further than a body's length, or -1.</summary>
        private readonly int CloseOfAside(int open) => TokenPatterns.IndexOf(_tokens, open, Math.Min(_tokens.Length, open + MaxBodyTokens + 3), ")");

        /// <summary>
        /// Where the holder's name may start after a post and <c>là</c> (<c>… hiện nay là</c>, <c>… hiện là</c>), or null; a post
        /// someone <c>sẽ là</c> is not yet held.
        /// </summary>
        private readonly int? CopulaAfter(int at)
        {
            int i = at;
            while (i < _tokens.Length && i - at < 2 && _tokens[i].Key is "hiện" or "nay" or "tại")
            {
                i++;
            }

            return i + 1 < _tokens.Length && _tokens[i].Key == "là" && !(i > 0 && _tokens[i - 1].Key == "sẽ") ? i + 1 : null;
        }

        /// <summary>
        /// The length of a count of people before their introducer at <paramref name="at"/> (<c>hai đồng chí</c>, <c>3 ông</c>),
        /// two to nineteen of them; 0 when there is none.
        /// </summary>
        private readonly int CountOfHolders(int at)
        {
            int read = TokenPatterns.ReadCount(_tokens, _text, at, out int count, out _);
            return read > 0 && count is >= 2 and < 20 && PersonNames.IntroducerAt(_tokens, at + read) > 0 ? read : 0;
        }

        /// <summary>The name at <paramref name="nameAt"/> opens a counted list after <c>là</c> (<c>… là hai đồng chí A và B</c>).</summary>
        private readonly bool CountedHoldersBefore(int nameAt)
        {
            for (int k = nameAt - 1; k > 0 && k >= nameAt - 4; k--)
            {
                if (_tokens[k - 1].Key == "là" && CountOfHolders(k) is int read and > 0 && k + read + PersonNames.IntroducerAt(_tokens, k + read) == nameAt)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A post, or <c>nguyên</c> then a post: where a title chain before a name may start.</summary>
        private readonly bool StartsTitleChain(int index) =>
            StartsPosition(index) || (Officials.FormerMarkers.TryMatch(_tokens, index, out _, out int marker) && StartsPosition(index + marker));

        /// <summary>
        /// A post said with <c>làm</c> that is held, not a role for a while: a party committee's or a council's post followed by its body
        /// (<c>Phó Bí thư Thường trực Đảng ủy phường</c>, <c>Chủ tịch UBND xã</c>), not the head of a delegation (<c>trưởng đoàn</c>).
        /// </summary>
        private readonly bool HeldWithLàm(int index)
        {
            if (!Officials.Positions.TryMatch(_tokens, index, out string? post, out int length) || post.Contains("đoàn", StringComparison.Ordinal))
            {
                return false;
            }

            return Officials.StandingBodyOpenings.TryMatch(_tokens, index + length, out bool standing, out _) && standing;
        }

        /// <summary>
        /// Where a wider body set off after a title ends (<c>Bộ Quốc phòng</c> in <c>…, Bộ Quốc phòng, giữ chức …</c>), or null: a
        /// capitalised word of bodies that starts no post and introduces no one, then capitalised words or a body's lower-case words.
        /// </summary>
        private readonly int? WiderBodyEnd(int index)
        {
            if (index >= _tokens.Length || !_tokens[index].IsCapitalized || !Officials.BodyWords.Contains(_tokens[index].Key) || StartsTitleChain(index) ||
                PersonNames.IntroducerAt(_tokens, index) > 0)
            {
                return null;
            }

            int k = index + 1;
            while (k < _tokens.Length && k - index < MaxBodyTokens + 4 && _tokens[k].Kind == TokenKind.Word &&
                   (_tokens[k].IsCapitalized || Officials.BodyWords.Contains(_tokens[k].Key)) && !StartsTitleChain(k))
            {
                k++;
            }

            return k;
        }

        /// <summary>
        /// Where the post taken up starts after a wider body set off after a title (<c>, Bộ Quốc phòng, giữ chức …</c>,
        /// <c>(Bộ Công an), được điều động giữ chức vụ …</c>), or null: a capitalised body that is no post, its words in capitals or
        /// a body's lower-case words, then <c>giữ chức</c> or <c>được … giữ chức/làm</c> and a post.
        /// </summary>
        private readonly int? WiderBodyBeforeTakenUp(int index)
        {
            if (WiderBodyEnd(index) is not int k)
            {
                return null;
            }

            bool bracketed = _tokens[index - 1].Key == "(";
            if (k >= _tokens.Length || _tokens[k].Key != (bracketed ? ")" : ","))
            {
                return null;
            }

            k++;
            if (bracketed && k < _tokens.Length && _tokens[k].Key == ",")
            {
                k++;
            }

            // "giữ chức (vụ) …", "được (điều động, bổ nhiệm, luân chuyển) giữ chức / làm …": the post taken up, a few words on.
            // A bare "làm" after the body needs the appointing words before it ("làm" alone may be any act).
            return TakenUpIn(k, Math.Min(_tokens.Length, k + 7)) is int taken && OnlyAppointingWords(k, taken) &&
                   (HoldingAfterRole(taken) || _tokens[taken].Key == "làm" && taken > k)
                ? k
                : null;
        }

        /// <summary>
        /// Where the chain's next post starts after a wider body that places the post before it and ends at a separator the chain
        /// goes on across (<c>Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính; Vụ trưởng …</c>, <c>Cục trưởng Cục X, Bộ Y, Phó Bí thư …</c>),
        /// or null. <paramref name="index"/> is the body's first word, <paramref name="chainStart"/> where the chain began.
        /// </summary>
        private readonly int? WiderBodyBeforeNextPost(int index, bool listMode, int chainStart)
        {
            if (WiderBodyEnd(index) is not int k)
            {
                return null;
            }

            if (k + 1 >= _tokens.Length || !(_tokens[k].Key == "," || _tokens[k].Key == ";" && (listMode || ChainGoesOnAfterSemicolon(k, chainStart))))
            {
                return null;
            }

            return StartsTitleChain(Officials.PastFormerMarker(_tokens, k + 1)) ? k + 1 : null;
        }

        /// <summary>Only words of being appointed in [<paramref name="from"/>, <paramref name="to"/>): <c>được điều động, bổ nhiệm</c>.</summary>
        private readonly bool OnlyAppointingWords(int from, int to) =>
            TokenPatterns.OnlyBetween(_tokens, from, to, "được", "điều", "động", "bổ", "nhiệm", "luân", "chuyển", "phân", "công", ",");

        /// <summary>A verb of holding right before a post (<c>giữ chức Phó Bí thư</c>, <c>giữ chức vụ …</c>) at <paramref name="index"/>.</summary>
        private readonly bool HoldingAfterRole(int index) =>
            TokenPatterns.At(_tokens, index, "giữ", "chức") &&
            StartsTitleChain(index + 2 < _tokens.Length && _tokens[index + 2].Key == "vụ" ? index + 3 : index + 2);

        /// <summary>
        /// Where a province written after a body ends (<c>(tỉnh Quảng Nam)</c>, <c>, tỉnh An Giang</c>, <c>, TP Cần Thơ</c>), or null
        /// when none is: the level, then a province the table knows.
        /// </summary>
        private readonly int? ProvinceAfter(int index)
        {
            if (index + 2 >= _tokens.Length || _tokens[index].Key is not ("(" or ","))
            {
                return null;
            }

            // "Đảng ủy xã A, huyện B (Kiên Giang) C": the district set off by a comma, then its province in brackets.
            if (_tokens[index].Key == "," && Officials.UnitLevels.TryMatch(_tokens, index + 1, out string? district, out int districtLength) &&
                district is "huyện" or "thị xã" or "quận" && CapitalisedRun(index + 1 + districtLength, out _) is int districtName and > 0 &&
                index + 1 + districtLength + districtName < _tokens.Length && _tokens[index + 1 + districtLength + districtName].Key == "(")
            {
                return ProvinceAfter(index + 1 + districtLength + districtName);
            }

            // The province's level may be left out in brackets ("Phó Chủ tịch UBND huyện Vĩnh Thuận (Kiên Giang) Lê Văn Đủ"), not
            // after a comma.
            bool leveled = Officials.UnitLevels.TryMatch(_tokens, index + 1, out string? level, out int levelLength) && level is "tỉnh" or "thành phố";
            if (!leveled && _tokens[index].Key == ",")
            {
                return null;
            }

            int start = index + 1 + (leveled ? levelLength : 0);
            for (int k = Math.Min(4, _tokens.Length - start); k >= 1; k--)
            {
                if (IsPlace(start, k))
                {
                    int end = start + k;
                    return _tokens[index].Key == "(" ? end < _tokens.Length && _tokens[end].Key == ")" ? end + 1 : null : end;
                }
            }

            return null;
        }

        /// <summary>Length of a person's name that starts at <paramref name="index"/> and is not a place, or 0.</summary>
        private readonly int BareNameAt(int index)
        {
            int length = PersonNames.NameAt(_tokens, index, introduced: false);
            return length > 0 && !IsPlace(index, length) && !BodyAbbreviationAt(index + length) ? length : 0;
        }

        /// <summary>
        /// Whether a person's chain of titles goes on across the ";" at <paramref name="semicolon"/> (the chain being read at
        /// <paramref name="at"/>): with former posts (<c>…, Phó Chủ nhiệm Ủy ban X khóa XI; nguyên Phó Chủ tịch UBND tỉnh A</c>),
        /// or with any post in a sentence that tells a life story (<c>Đồng chí A, sinh ngày …; quê quán: …; Phó Chủ nhiệm …;
        /// đại biểu Quốc hội …</c>), where every item is a post.
        /// </summary>
        private readonly bool ChainGoesOnAfterSemicolon(int semicolon, int at) =>
            Officials.FormerMarkers.TryMatch(_tokens, semicolon + 1, out _, out int marker) && StartsPosition(semicolon + 1 + marker) ||
            StartsPosition(semicolon + 1) && Officials.LifeStoryClauses.Find(_tokens, 0, at, out _, out _) >= 0;

        /// <summary>
        /// Where the posts start after an obituary's heading of former posts at <paramref name="index"/> (<c>Nguyên: …</c>,
        /// <c>nguyên: …</c>), or -1.
        /// </summary>
        private readonly int FormerHeadingAt(int index) =>
            Officials.FormerMarkers.TryMatch(_tokens, index, out _, out int marker) && index + marker + 1 < _tokens.Length &&
            _tokens[index + marker].Key == ":" ? index + marker + 1 : -1;

        /// <summary>Titles after a name: separators, "nguyên", "kiêm", then post + body, repeatedly.</summary>
        private readonly List<Title> ReadTitlesAfter(int from, out bool former, out int end, bool appositionOnly = false)
        {
            var titles = new List<Title>();
            former = false;
            int i = from;
            end = from;
            // After "từng giữ các chức vụ:" or "kinh qua nhiều vị trí như" the list of posts runs over semicolons and "và"
            // too ("…: Bí thư Huyện ủy; Giám đốc Sở X; Phó Chủ tịch UBND tỉnh").
            bool listMode = false;
            while (i < _tokens.Length)
            {
                int j = i;
                // "Đồng chí A (thứ 2 từ trái sang) – Bí thư Đảng ủy xã": where a caption's person stands is passed over.
                if (titles.Count == 0 && TokenPatterns.PhotoPlaceAt(_tokens, j) is int photo and > 0)
                {
                    j += photo;
                }

                // "Ông A (SN 1970, quê Hà Tĩnh) - Phó Bí thư Tỉnh ủy", "ông B (quốc tịch Anh), Giám đốc …": a bracket of life
                // facts or of origin before the posts is passed over.
                if (titles.Count == 0 && j + 1 < _tokens.Length && _tokens[j].Key == "(" &&
                    (Officials.LifeStoryClauses.StartsAt(_tokens, j + 1) || Officials.OriginAsides.StartsAt(_tokens, j + 1) || NameAside(j) > 0 || LowerCaseAside(j)) &&
                    // Not "A (SN 1962, Giám đốc Sở Nội vụ)": the bracket holds the post after the birth year, read below.
                    !(AgeAside(j + 1) is int bracketAge and > 0 && StartsTitleChain(j + 1 + bracketAge)) &&
                    CloseOfAside(j) is int lifeClose and > 0)
                {
                    j = lifeClose + 1;
                }

                // "phó chủ nhiệm rồi chủ nhiệm Ủy ban X": one post after another.
                // "chỉ định ông A, Giám đốc Công an tỉnh làm Ủy viên Ban Thường vụ Tỉnh ủy": the post an appointment makes them.
                while (j < _tokens.Length && (_tokens[j].Key is "-" or "," or "(" or "\"" or ":" or "kiêm" or "rồi" || listMode && _tokens[j].Key is ";" or "và" ||
                       (_tokens[j].Key == ";" && titles.Count > 0 && ChainGoesOnAfterSemicolon(j, i)) ||
                       (_tokens[j].Key == "làm" && titles.Count > 0 && StartsPosition(j + 1) && Officials.AppointingVerbs.Find(_tokens, Math.Max(0, from - 12), from, out _, out _) >= 0)))
                {
                    j++;
                }

                // "A, 60 năm tuổi Đảng, nguyên Chủ tịch UBND xã": the years of membership are passed over.
                if (j > i && j + 4 < _tokens.Length && _tokens[j].Kind == TokenKind.Number && TokenPatterns.At(_tokens, j + 1, "năm", "tuổi", "đảng") &&
                    _tokens[j + 4].Key == ",")
                {
                    j += 5;
                }

                // "A (SN 1965), Phó Chủ tịch …", "A (sinh năm 1965) -", "A, 55 tuổi, Chủ tịch …": the age or birth year is passed over.
                if (titles.Count == 0 && AgeAside(j) is int aside and > 0)
                {
                    j += aside;
                    while (j < _tokens.Length && _tokens[j].Key is "-" or "–" or ",")
                    {
                        j++;
                    }
                }

                // "…, nguyên Chủ tịch UBND thị xã Đông Triều, tỉnh Quảng Ninh, hiện là Phó Chủ tịch …": the province that places the
                // body before it is passed over, so the chain goes on.
                // "…, Chủ tịch UBND xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước, nguyên Bí thư …": each wider place in turn.
                while (j > i && j < _tokens.Length && titles.Count > 0 && _tokens[j - 1].Key == "," && !_tokens[j].IsCapitalized &&
                    Officials.UnitLevels.TryMatch(_tokens, j, out _, out int levelLength))
                {
                    int placeEnd = j + levelLength;
                    while (placeEnd < _tokens.Length && placeEnd - j < 6 && _tokens[placeEnd].Kind == TokenKind.Word && _tokens[placeEnd].IsCapitalized)
                    {
                        placeEnd++;
                    }

                    bool wider = placeEnd + 2 < _tokens.Length && !_tokens[placeEnd + 1].IsCapitalized && Officials.UnitLevels.StartsAt(_tokens, placeEnd + 1);
                    if (placeEnd > j + levelLength && placeEnd + 1 < _tokens.Length && _tokens[placeEnd].Key == "," &&
                        (wider || StartsTitleChain(placeEnd + 1) || _tokens[placeEnd + 1].Key is "hiện" or "đang" or "nay"))
                    {
                        j = placeEnd + 1;
                        continue;
                    }

                    break;
                }

                // "A, Phó Chính ủy Quân khu 1, Bộ Quốc phòng, giữ chức Chính ủy …", "A, Phó Cục trưởng Cục X (Bộ Công an), được điều
                // động giữ chức vụ …": the wider body that places the post before it is passed over to the post taken up.
                if (j > i && titles.Count > 0 && _tokens[j - 1].Key is "," or "(" && WiderBodyBeforeTakenUp(j) is int takenUp)
                {
                    j = takenUp;
                }

                // "…: Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính; Vụ trưởng Vụ Pháp chế …": so is the wider body before the chain's next
                // post.
                if (j > i && titles.Count > 0 && _tokens[j - 1].Key == "," && WiderBodyBeforeNextPost(j, listMode, i) is int nextPost)
                {
                    j = nextPost;
                }

                // "A, Đảng ủy viên, Trưởng Công an xã", "A, đảng viên Chi bộ thôn X (Đảng ủy xã Y), nguyên Huyện ủy viên":
                // a minor role, with the body it belongs to, between the name and the posts is passed over.
                // A commune's civil servant ("cán bộ địa chính xã") holds a post, not a minor role.
                // "…, Trưởng ban Dân tộc tỉnh, Thiếu tướng Nguyễn Xuân Lâm, Giám đốc Công an tỉnh": a rank that introduces a name
                // starts the next person, whose posts are not this one's.
                if (j > i && Officials.MinorRoles.TryMatch(_tokens, j, out _, out int minorLength) && !StartsPosition(j) &&
                    !(PersonNames.IntroducerAt(_tokens, j) is int introducer and > 0 && PersonNames.NameAt(_tokens, j + introducer, introduced: true) > 0))
                {
                    // The body may run over a few comma-separated parts ("Chi bộ Phòng X (PC52), Đảng ủy Công an tỉnh Y");
                    // it is passed over only when a post follows it.
                    for (int k = j + minorLength; k < _tokens.Length && k - j < 2 * MaxBodyTokens; k++)
                    {
                        // "…, cán bộ Văn phòng X; nguyên Phó Bí thư Chi bộ, …": after a ";" the posts are former ones.
                        // "A, cán bộ Biên phòng tăng cường, giữ chức Phó Bí thư Đảng ủy xã": the post may come with its verb of holding.
                        if (_tokens[k].Key is "," or "-" && (StartsTitleChain(k + 1) || HoldingAfterRole(k + 1)) ||
                            _tokens[k].Key == ";" && Officials.FormerMarkers.StartsAt(_tokens, k + 1) && StartsTitleChain(k + 2))
                        {
                            j = k + 1;
                            break;
                        }

                        if (_tokens[k].Key is ";" or "." || !(_tokens[k].IsWordLike || _tokens[k].Key is "(" or ")" or "," or "-" || _tokens[k].Kind == TokenKind.Number) ||
                            PersonNames.IntroducerAt(_tokens, k) > 0)
                        {
                            break;
                        }
                    }
                }

                // "…, được bầu giữ chức Phó Bí thư", "…, giữ chức vụ Bí thư": a post taken up in the same breath.
                int connector = j;
                bool pastHere = false;
                bool currentHere = false; // "hiện là", "để nhận nhiệm vụ": a post held now, so the chain is not all past
                bool listNoun = false;
                // "…, khi ấy là chánh Văn phòng", "…, hiện là Phó Giám đốc": the post held then or now; "A từng là Cục trưởng",
                // "A từng kinh qua các chức vụ …": posts held before (a life story). "A được bầu làm Chủ tịch", "được bổ nhiệm
                // giữ chức", "được phân công làm": a post taken up; "A thôi giữ chức Phó Chủ tịch": relieved of it, so held before.
                // "A từng kinh qua nhiều vị trí như …", "A, đồng thời là …", "khi đang ở cương vị …": phrases of holding and
                // nouns for posts in general (Officials.HoldingPhrases, Officials.PostListNouns) are read whole.
                int appointer = 0; // the words of an appointer passed over, which do not count against the connector's reach
                while (connector < _tokens.Length && connector - j - appointer < 10 && !(appositionOnly && titles.Count > 0))
                {
                    // "được Thủ tướng Chính phủ bổ nhiệm giữ chức …", "được Chủ tịch nước tặng …": the post after "được" is the
                    // one who appoints or honours, not the person's; the person's post, if any, comes after the verb.
                    if (_tokens[connector].Key == "được" && AppointerEnd(connector + 1) is int appointed)
                    {
                        appointer += appointed - connector - 1;
                        connector = appointed;
                        continue;
                    }

                    // "ông A, Phó Chủ tịch xã B được Chủ tịch UBND huyện C công bố (quyết định)": the post after "được" is the one who
                    // does something else to the person, not a post the person takes up.
                    if (_tokens[connector].Key == "được" && AgentOfPassiveAt(connector + 1))
                    {
                        break;
                    }

                    // "đã được 100% đại biểu tín nhiệm bầu giữ chức Chủ tịch HĐND huyện", "được 52/53 đại biểu bầu làm …": the vote that
                    // chose the person is passed over, as an appointer is.
                    if (connector > j && _tokens[connector - 1].Key == "được" && VoteShareEnd(connector) is int voted)
                    {
                        appointer += voted - connector;
                        connector = voted;
                        continue;
                    }

                    // "giữ chức Vụ trưởng Vụ X": a post starts here, so "vụ" is the post's, not part of "chức vụ".
                    if (connector > j && StartsTitleChain(connector))
                    {
                        break;
                    }

                    // "…, giữ chức vụ Giám đốc Trung tâm X; các Phó Giám đốc Trung tâm X gồm: …": a post in the plural is a group's,
                    // never the person's own.
                    if (_tokens[connector].Key is "các" or "những" && StartsPosition(connector + 1))
                    {
                        break;
                    }

                    // "chức Vụ trưởng" is not "chức vụ": a phrase whose last word starts a post stops short of it.
                    if (Officials.PostListNouns.TryMatch(_tokens, connector, out _, out int nounLength) && !StartsTitleChain(connector + nounLength - 1))
                    {
                        listNoun = true;
                        connector += nounLength;
                        continue;
                    }

                    // "điều động, phân công đồng chí A, …, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X": the
                    // committees joined on the way are passed over to the post taken up.
                    if (TokenPatterns.At(_tokens, connector, "tham", "gia") && CommitteesJoinedBeforeHolding(connector + 2) is int holding)
                    {
                        appointer += holding - connector;
                        connector = holding;
                        continue;
                    }

                    // "A, Giám đốc Sở X đến nhận công tác tại Ban Tuyên giáo Tỉnh ủy để bổ nhiệm giữ chức vụ …": the body a transfer leads to
                    // is passed over to the post taken up there.
                    if (TransferredTo(connector) is int taking)
                    {
                        appointer += taking - connector;
                        connector = taking;
                        continue;
                    }

                    if (Officials.HoldingPhrases.TryMatch(_tokens, connector, out string? phrase, out int phraseLength) && !StartsTitleChain(connector + phraseLength - 1))
                    {
                        pastHere |= _tokens[connector].Key == "kinh";
                        currentHere |= phrase.EndsWith("nhận nhiệm vụ", StringComparison.Ordinal) || phrase.StartsWith("để ", StringComparison.Ordinal);
                        connector += phraseLength;
                        continue;
                    }

                    if (!(_tokens[connector].Key is "được" or "bầu" or "giữ" or "chức" or "vụ" or "tái" or "cử" or "đảm" or "nhận"
                       or "là" or "khi" or "ấy" or "đó" or "lúc" or "hiện" or "nay" or "đang" or "từng" or "kinh" or "qua" or "các" or "nhiều" or "vừa" or "mới" or "đã"
                       or "bổ" or "nhiệm" or "phân" or "công" or "thôi" or "điều" or "động" or "đều"
                       // "được tín nhiệm tái bầu làm Bí thư", "được chỉ định giữ chức Bí thư": trusted with, or named to, the post.
                       || (_tokens[connector].Key is "tín" or "chỉ" && connector + 1 < _tokens.Length && _tokens[connector + 1].Key is "nhiệm" or "định")
                       || (_tokens[connector].Key == "định" && connector > j && _tokens[connector - 1].Key == "chỉ")
                       // "ông A và ông B, cùng là Phó Giám đốc Sở X": both hold it ("cùng" alone is "with").
                       || (_tokens[connector].Key == "cùng" && connector + 1 < _tokens.Length && _tokens[connector + 1].Key == "là")
                       // "bà A, ông B cùng là 2 Phó Chánh án": the count of those who share it.
                       || (connector >= j + 2 && _tokens[connector - 1].Key == "là" && _tokens[connector - 2].Key is "cùng" or "đều" &&
                           (_tokens[connector].Kind == TokenKind.Number || Plurals.Contains(_tokens[connector].Key)))
                       || (_tokens[connector].Key == "," && connector > j && _tokens[connector - 1].Key == "động")
                       // "làm" only once chosen for the post ("được bầu làm", "điều động làm"): "A làm trưởng đoàn đi công tác"
                       // leads a trip, holds no post.
                       // "Ông từng làm Phó Chủ tịch UBND xã": a post held before.
                       || (_tokens[connector].Key == "làm" && connector > j && (AppointingVerbEnds.Contains(_tokens[connector - 1].Key) || _tokens[connector - 1].Key is "chuyển" or "từng"))
                       // "Bổ nhiệm ông A, Phó Giám đốc Sở X, làm Giám đốc": the sentence's appointing verb governs "làm".
                       || (_tokens[connector].Key == "làm" && connector == j && AppointedEarlier(j))
                       // "Bà A được chỉ định giữ chức Bí thư; ông B làm Phó Bí thư Thường trực Đảng ủy phường": right after the name,
                       // "làm" before a post of a standing body holds it; a delegation or a trip is led for a while ("làm trưởng đoàn").
                       || (_tokens[connector].Key == "làm" && connector == j && HeldWithLàm(connector + 1))
                       // "người mới đây được phân công giữ chức …": "mới đây" (lately) tells when.
                       || (_tokens[connector].Key == "đây" && connector > j && _tokens[connector - 1].Key == "mới")
                       // "được bổ nhiệm lại giữ chức vụ …", "được bầu lại làm …": appointed again.
                       || (_tokens[connector].Key == "lại" && connector > j && _tokens[connector - 1].Key is "nhiệm" or "bầu" or "cử")
                       // "được giao quyền Giám đốc": made the acting holder.
                       || (_tokens[connector].Key == "giao" && ActingAt(connector + 1))
                       // "A - người từng giữ chức Giám đốc …", "A, người đang là …", "A, người vừa đắc cử chức …": the person said again
                       // before the verb.
                       || (_tokens[connector].Key == "người" && connector == j && connector + 1 < _tokens.Length &&
                           _tokens[connector + 1].Key is "từng" or "đang" or "hiện" or "giữ" or "là" or "vừa" or "mới")
                       || (_tokens[connector].Key is "luân" or "chuyển" && connector + 1 < _tokens.Length && _tokens[connector + 1].Key is "chuyển" or "làm" or "giữ")
                       // "A sẽ thôi làm nhiệm vụ Giám đốc Bệnh viện X": a post held until a day to come.
                       || (_tokens[connector].Key == "sẽ" && connector + 1 < _tokens.Length && _tokens[connector + 1].Key == "thôi")))
                    {
                        break;
                    }

                    pastHere |= _tokens[connector].Key is "từng" || (_tokens[connector].Key == "thôi" && !(connector > j && _tokens[connector - 1].Key == "sẽ"));
                    currentHere |= _tokens[connector].Key is "hiện" or "đang";
                    connector++;
                }

                // "nhiều trọng trách trong quân đội, như: …": the list announced by a noun for posts starts after như, gồm
                // or a colon a few words on.
                if (listNoun && !StartsTitleChain(connector))
                {
                    for (int k = connector; k < _tokens.Length && k - connector < 8 && _tokens[k].Key is not ("." or ";"); k++)
                    {
                        if (_tokens[k].Key is "như" or "gồm" or ":")
                        {
                            connector = k + 1;
                            break;
                        }
                    }
                }

                // "A từng giữ các chức vụ: Giám đốc Sở …": the list after the verb.
                if (connector > j && connector + 1 < _tokens.Length && _tokens[connector].Key == ":")
                {
                    connector++;
                }

                // "A là đại tá, nguyên hiệu trưởng …": a rank after the verb, before the post, is passed over.
                if (connector > j && Officials.MinorRoles.TryMatch(_tokens, connector, out _, out int rankLength) && connector + rankLength + 1 < _tokens.Length &&
                    _tokens[connector + rankLength].Key == "," && StartsTitleChain(connector + rankLength + 1))
                {
                    connector += rankLength + 1;
                }

                bool takenUpHere = false;
                if (connector > j && StartsTitleChain(connector))
                {
                    takenUpHere = !pastHere;
                    // A life story's past posts ("từng là …") run over semicolons as a list does.
                    listMode |= listNoun || pastHere || _tokens[connector - 1].Key == ":";
                    j = connector;
                }
                else
                {
                    pastHere = currentHere = false;
                }

                bool formerHere = pastHere;
                // "đồng chí A, Nguyên: Ủy viên Bộ Chính trị …; Tổng Bí thư …; Đại biểu Quốc hội …": former posts under a heading,
                // a list over semicolons.
                if (FormerHeadingAt(j) is int heading and >= 0 && StartsTitleChain(heading))
                {
                    formerHere = listMode = true;
                    j = heading;
                }
                else if (Officials.FormerMarkers.TryMatch(_tokens, j, out _, out int markerLength) && StartsPosition(j + markerLength))
                {
                    formerHere = true;
                    j += markerLength;
                }

                if (!StartsPosition(j) || (j == i && titles.Count > 0))
                {
                    break;
                }

                var title = ReadTitle(j, afterName: true, out int titleEnd);
                // "ông A, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh B Trần Văn C": a title right before a name is that name's; so is one
                // that ends with a country right before a capitalised run ("Đại sứ Maroc A B, Đại sứ Nhật Bản C D"), a foreign name.
                if (NameAfterTitleAt(titleEnd) > 0 || ForeignNameAfterCountry(titleEnd))
                {
                    break;
                }

                // "nguyên Bí thư Huyện ủy, Chủ tịch UBND huyện": the chain's first "nguyên" frames it all; a later one
                // beside a current post does not (annotation.md: mixed titles are not former).
                if (titles.Count == 0)
                {
                    former = formerHere;
                }
                else if (currentHere || (takenUpHere && !formerHere))
                {
                    // "thôi giữ chức Giám đốc Sở Y tế để nhận nhiệm vụ Phó Chủ tịch UBND tỉnh", "nguyên Phó Giám đốc Sở X, được bổ
                    // nhiệm làm Giám đốc": the post taken up is current, so not all are past.
                    former = false;
                }

                titles.Add(title);
                i = titleEnd;
                while (i < _tokens.Length && _tokens[i].Key is ")" or "\"" && !_tokens[i].HasSpaceBefore)
                {
                    i++;
                }

                // "Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội các khóa IX, X, XI; …": a body read as a list
                // of fields ends before its term, which still belongs to the title.
                i = TermEnd(i);

                // "Cục trưởng Cục X (nay là Tổng cục X), Bí thư …": what the body became or was is passed over; so is when the post
                // was held ("Tổng Bí thư … (từ tháng 6/1991 đến tháng 12/1997); Cố vấn …", "Bí thư Tỉnh ủy Gia Định (1931-1932)").
                if (i + 1 < _tokens.Length && _tokens[i].Key == "(" &&
                    (_tokens[i + 1].Key is "nay" or "sau" or "trước" or "cũ" || Officials.TimeClauses.StartsAt(_tokens, i + 1) ||
                     _tokens[i + 1].Kind is TokenKind.Number or TokenKind.Date) &&
                    CloseOfAside(i) is int close and > 0)
                {
                    i = close + 1;
                }

                end = i;
            }

            if (titles.Count == 0)
            {
                end = from;
            }

            ShareBodies(titles);
            return titles;
        }

        /// <summary>
        /// Bare posts in a chain that belong to the body of the next title: a deputy written right before the full post
        /// (<c>Phó Cục trưởng, Cục trưởng Cục X</c>, <c>phó chủ tịch rồi chủ tịch UBND huyện Y</c>), and a committee membership
        /// before a post of that committee (<c>Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy</c> → of the Tỉnh ủy).
        /// </summary>
        private static void ShareBodies(List<Title> titles)
        {
            for (int k = titles.Count - 2; k >= 0; k--)
            {
                var (bare, next) = (titles[k], titles[k + 1]);
                // "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh X", "Bí thư Đảng ủy, Chủ tịch HĐND xã Y": a committee written bare is that of
                // the unit the next title names (not the article's province, which a bare committee alone is resolved to).
                if (next.Organization is string unitBody && CommitteeOfNamedUnit(bare, unitBody) is string named)
                {
                    titles[k] = bare with { Organization = named };
                    continue;
                }

                // "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X": the board is the next post's firm's.
                if (bare.Organization is string board && Officials.FirmBoards.Contains(board) && next.Organization is string firmBody && FirmIn(firmBody) is int boardFirm and >= 0)
                {
                    titles[k] = bare with { Organization = board + " " + firmBody[boardFirm..] };
                    continue;
                }

                // "Bí thư Đảng ủy, Giám đốc Sở Y tế", "Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh A", "Bí thư Đảng đoàn, Chủ tịch Hội
                // Liên hiệp Phụ nữ tỉnh": a party organ written bare is the one of the body the next post names (annotation.md
                // resolves a bare Đảng ủy or Ban cán sự to the unit the article makes clear).
                if (OrganOfBody(bare, next.Organization) is string organ)
                {
                    titles[k] = bare with { Organization = organ };
                    continue;
                }

                if (bare.Organization is not null || next.Organization is not string body)
                {
                    continue;
                }

                if (bare.Position.StartsWith("Phó ", StringComparison.Ordinal) && string.Equals(bare.Position[4..], next.Position, StringComparison.OrdinalIgnoreCase))
                {
                    titles[k] = bare with { Organization = body };
                }
                else if (bare.Position is "Ủy viên Ban Thường vụ" or "Ủy viên Ban Chấp hành" && CommitteeIn(body) is int committee and >= 0)
                {
                    titles[k] = bare with { Organization = body[committee..] };
                }
                else if (Officials.FirmPosts.Contains(bare.Position) && FirmIn(body) is int firm and >= 0)
                {
                    // "Chủ tịch kiêm Giám đốc Công ty X", "Tổng Giám đốc, Chủ tịch HĐQT Công ty X": a firm's posts in a row.
                    titles[k] = bare with { Organization = body[firm..] };
                }
            }
        }

        /// <summary>
        /// The committee of the unit that <paramref name="unitBody"/> ends with (<c>… tỉnh Hà Giang</c> → <c>Tỉnh ủy Hà Giang</c>,
        /// <c>… xã Yên Thịnh</c> → <c>Đảng ủy xã Yên Thịnh</c>) when <paramref name="title"/> was written with its committee bare
        /// (<c>Bí thư Tỉnh ủy</c>), or null.
        /// </summary>
        private static string? CommitteeOfNamedUnit(Title title, string unitBody)
        {
            string written = VietnameseOrthography.Key(title.Text);
            foreach (var (committee, levels) in CommitteeLevels)
            {
                // Bare as written ("Bí thư Tỉnh ủy") or as abbreviated ("UV BTV TU", whose body reads "Tỉnh ủy").
                if (!written.EndsWith(" " + VietnameseOrthography.Key(committee), StringComparison.Ordinal) && title.Organization != committee)
                {
                    continue;
                }

                foreach (string level in levels)
                {
                    // The unit's level, in lower case (or opening the body: "Tỉnh Luông Nặm Thà"), then its capitalised name at the end.
                    int nameAt = unitBody.StartsWith(level + " ", StringComparison.OrdinalIgnoreCase) ? level.Length + 1 :
                                 unitBody.LastIndexOf(" " + level + " ", StringComparison.Ordinal) is int at and >= 0 ? at + level.Length + 2 : -1;
                    // "Trưởng Ban Tuyên giáo Tỉnh ủy": a board of the committee keeps its own name before it.
                    int own = title.Organization?.IndexOf(committee, StringComparison.Ordinal) ?? -1;
                    if (nameAt >= 0 && nameAt < unitBody.Length && char.IsUpper(unitBody[nameAt]) && own >= 0)
                    {
                        string name = unitBody[nameAt..];
                        return title.Organization![..own] + (committee == "Đảng ủy" ? $"{committee} {level} {name}" : $"{committee} {name}");
                    }
                }

                return null;
            }

            return null;
        }

        /// <summary>Party committees by the levels of the units they lead.</summary>
        private static readonly (string Committee, string[] Levels)[] CommitteeLevels =
        [
            ("Tỉnh ủy", ["tỉnh"]), ("Thành ủy", ["thành phố"]), ("Huyện ủy", ["huyện"]), ("Quận ủy", ["quận"]), ("Thị ủy", ["thị xã"]),
            ("Đảng ủy", ["xã", "phường", "thị trấn"]),
        ];

        /// <summary>
        /// The party organ of a body (<c>Đảng ủy Sở Y tế</c>, <c>Ban cán sự đảng Ủy ban nhân dân tỉnh A</c>, <c>Đảng đoàn Hội
        /// Liên hiệp Phụ nữ tỉnh</c>, <c>Chi bộ Trường THPT B</c>, <c>Đảng ủy Quân khu 2</c>) when <paramref name="title"/>'s organ is
        /// written bare and <paramref name="body"/> names a body that has one: not a party organ itself, nor a bare head
        /// (<c>Bệnh viện</c>); a firm's board stands for its firm
        /// (<c>Hội đồng thành viên Tổng công ty A</c> → <c>Đảng ủy Tổng công ty A</c>). A commune's or district's council and
        /// committee have the unit's Đảng ủy, which <see cref="CommitteeOfNamedUnit"/> reads, not one of their own.
        /// </summary>
        private static string? OrganOfBody(Title title, string? body)
        {
            if (title.Organization is not string organ || body is null || !BareOrgans.Contains(organ))
            {
                return null;
            }

            if (Officials.FirmBoards.Any(board => body.StartsWith(board, StringComparison.OrdinalIgnoreCase)))
            {
                int firm = FirmIn(body);
                body = firm > 0 ? body[firm..] : null;
            }

            // A body named by a capitalised word or a number ("Quân khu 2", "Lữ đoàn 26") after its head, not a bare head.
            if (body is null || !body.Contains(' ') || OrganlessHeads.Any(head => body.StartsWith(head, StringComparison.OrdinalIgnoreCase)) ||
                (organ is "Đảng ủy" or "Chi bộ" && LocalCouncils.Any(head => body.StartsWith(head, StringComparison.OrdinalIgnoreCase))) ||
                !body.Split(' ').Skip(1).Any(word => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]))))
            {
                return null;
            }

            return (organ.StartsWith("Ban cán sự", StringComparison.Ordinal) ? "Ban cán sự đảng" : organ) + " " + body;
        }

        /// <summary>Party organs written bare before a post (<see cref="OrganOfBody"/>).</summary>
        private static readonly string[] BareOrgans = ["Đảng ủy", "Đảng đoàn", "Ban cán sự đảng", "Ban cán sự Đảng", "Chi bộ"];

        /// <summary>Bodies that are party organs themselves, whose own organ no one writes (<c>Đảng ủy Tỉnh ủy</c>).</summary>
        private static readonly string[] OrganlessHeads =
            ["Đảng bộ", "Đảng ủy", "Đảng đoàn", "Ban cán sự", "Chi bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Ban Chấp hành", "Ban Thường vụ",
             "Ủy ban Kiểm tra", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ban Bí thư", "Bộ Chính trị"];

        /// <summary>A unit's elected council and committees, whose party organ is the unit's Đảng ủy.</summary>
        private static readonly string[] LocalCouncils = ["Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận"];

        /// <summary>Where a firm's name (<c>Công ty …</c>, <c>Tập đoàn …</c>) starts in a body's name, or -1.</summary>
        private static int FirmIn(string body)
        {
            int first = -1;
            foreach (string head in Officials.EnterpriseHeadWords)
            {
                int at = body.IndexOf(head, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || body[at - 1] == ' ') && (first < 0 || at < first))
                {
                    first = at;
                }
            }

            return first;
        }

        /// <summary>Where a party committee's name (<c>Tỉnh ủy</c>, <c>Đảng ủy</c>) starts in a body's name, or -1.</summary>
        private static int CommitteeIn(string body)
        {
            foreach (string committee in PartyCommittees)
            {
                int at = body.IndexOf(committee, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return at;
                }
            }

            return -1;
        }

        /// <summary>
        /// Posts said of a person later in the sentence that names them, as a life story tells them: past clauses that name
        /// no post (<c>sinh năm 1962, quê xã X, huyện Y;</c>, <c>từ năm 2005 đến 2010</c>, <c>trước đó bà</c>; see
        /// <see cref="Officials.LifeStoryClauses"/>), a verb of holding opens more titles (<c>từng giữ các chức vụ: …</c>,
        /// <c>giữ chức …</c>, <c>đồng thời là …</c>). Reading stops at anything else, and at another person, whose posts are
        /// their own. <paramref name="former"/> is true when every title read is framed as past. Null when none is read.
        /// </summary>
        private readonly List<Title>? ReadCareer(int from, out bool former, out int end)
        {
            // Null until a post is read: most names have no life story after them, and this runs after every name.
            List<Title>? titles = null;
            former = true;
            end = from;
            bool inClause = false; // inside a clause of a life story, which only an unmistakable verb of holding ends
            bool inTime = false; // inside a time, which any verb of holding ends
            bool afterStory = false; // the last clause was a life story's, which a place may go on
            int i = from;
            // "Đồng chí A (bí danh B), sinh năm …": an aside about the name before the life story is passed over.
            // "Trưởng phòng Giáo dục tiểu học (Sở GD-ĐT Quảng Trị) giữ chức Phó Giám đốc Sở": so is a bracket that says where a
            // post is, when a verb of holding follows it.
            if (i + 1 < _tokens.Length && _tokens[i].Key == "(" && CloseOfAside(i) is int close and > 0 &&
                (Officials.OriginAsides.StartsAt(_tokens, i + 1) || NameAside(i) > 0 || (PlaceOfPostAside(i, close) && HoldingVerbAt(close + 1))))
            {
                i = close + 1;
            }

            // A clause with no post is passed over only so far: a life story's clauses are short, though an obituary has many.
            int clauseFrom = from;
            while (i < _tokens.Length && i - Math.Max(end, clauseFrom) < MaxCareerGap)
            {
                string key = _tokens[i].Key;
                if (key is "." or "!" or "?" or ")")
                {
                    break;
                }

                if (key is "," or ";")
                {
                    inClause = inTime = false;
                    i++;
                    continue;
                }

                // "trước đó bà là …", "năm 2000, ông được điều động …": the subject said again; another person's name stops the reading
                // (a degree without a name, "trình độ thạc sĩ kinh tế", is part of a clause).
                int intro = PersonNames.IntroducerAt(_tokens, i);
                if (intro > 0 && PersonNames.NameAt(_tokens, i + intro, introduced: true) > 0)
                {
                    break;
                }

                if (intro > 0 && (key is "ông" or "bà" || TokenPatterns.At(_tokens, i, "đồng", "chí")))
                {
                    inClause = inTime = false;
                    i += intro;
                    continue;
                }

                // "sinh năm 1970 và trao quyết định giữ chức … cho bà B": a post handed over is not the person's.
                if ((inClause || inTime) && Officials.HandingOver.StartsAt(_tokens, i) && (i == 0 || _tokens[i - 1].Key != "được"))
                {
                    break;
                }

                // "ông A, 55 tuổi, quê …": the age is a clause of the life story.
                if (!inClause && !inTime && _tokens[i].Kind == TokenKind.Number && i + 1 < _tokens.Length && _tokens[i + 1].Key == "tuổi")
                {
                    inClause = afterStory = true;
                    i += 2;
                    continue;
                }

                // Inside a clause only an unmistakable verb of holding opens posts ("tham gia cách mạng năm 1936 và đã nắm giữ …");
                // after a life story's clause an obituary goes on with the former posts ("sinh năm 1940, quê xã X, nguyên …").
                // "sinh năm 1930; nguyên: Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh A": former posts under a heading, all past.
                if (afterStory && !inClause && !inTime && FormerHeadingAt(i) is int heading and >= 0 && StartsTitleChain(heading))
                {
                    var headed = ReadTitlesAfter(heading, out _, out int headedEnd);
                    if (headed.Count > 0)
                    {
                        titles ??= [];
                        titles.AddRange(headed);
                        i = end = headedEnd;
                        continue;
                    }
                }

                // "tham gia Ủy ban MTTQ huyện khóa XII và giữ chức Phó Chủ tịch": "giữ chức" is unmistakable in a clause too.
                if ((inClause && !inTime ? CareerVerbsInClause : CareerVerbs).Contains(key) || Officials.HoldingPhrases.StartsAt(_tokens, i) ||
                    (inClause && TokenPatterns.At(_tokens, i, "giữ", "chức")) ||
                    (afterStory && !inClause && !inTime && Officials.FormerMarkers.StartsAt(_tokens, i) && StartsTitleChain(i)) ||
                    // "sinh ngày …; quê quán: …; Ủy viên Bộ Chính trị, …": an obituary's posts after the life story's last ";";
                    // "ông A, sinh năm 1970, Phó Chủ tịch UBND xã B": or after its comma.
                    (afterStory && !inClause && !inTime && i > 0 && _tokens[i - 1].Key is ";" or "," && StartsTitleChain(i)))
                {
                    var held = ReadTitlesAfter(i, out bool heldBefore, out int heldEnd);
                    if (held.Count > 0)
                    {
                        titles ??= [];
                        titles.AddRange(held);
                        former &= heldBefore;
                        i = end = heldEnd;
                        inClause = inTime = false;
                        continue;
                    }
                }

                if (inClause || inTime || CareerAdverbs.Contains(key))
                {
                    i++;
                    continue;
                }

                if (Officials.TimeClauses.TryMatch(_tokens, i, out _, out int opener))
                {
                    inTime = true;
                    afterStory = false;
                    i += opener;
                    continue;
                }

                // "quê xã Tân Lập, huyện Đan Phượng", "thường trú tại số nhà 17, đường X, quận Y": a unit level or an address goes on
                // with the place of a life story's clause.
                // "…, quận Cầu Giấy, Hà Nội;": so does a province's bare name at its end.
                if (Officials.LifeStoryClauses.TryMatch(_tokens, i, out _, out opener) ||
                    afterStory && (Officials.UnitLevels.TryMatch(_tokens, i, out _, out opener) || Officials.AddressWords.TryMatch(_tokens, i, out _, out opener) ||
                                   (i > 0 && _tokens[i - 1].Key == "," && Places.ProvinceNameLength(_tokens, _text, i, i + 5) is int province and > 0 && (opener = province) > 0)))
                {
                    inClause = afterStory = true;
                    clauseFrom = i;
                    i += opener;
                    continue;
                }

                break;
            }

            if (titles is null)
            {
                former = false;
            }

            return titles;
        }

        /// <summary>
        /// A chain of titles, then a name: <c>Ủy viên Bộ Chính trị, Thủ tướng Lê Văn Hùng</c>,
        /// <c>nguyên Bí thư TƯ Đảng Nguyễn Văn Trân</c>, <c>Thứ trưởng Bộ Công an, Thượng tướng Trần Văn A</c>.
        /// </summary>
        private readonly bool TryReadTitlesBeforeName(int from, out (List<Title> Titles, bool Former) result, out int nameAt, out int nameLength)
        {
            result = ([], false);
            nameAt = 0;
            nameLength = 0;
            // "Thư ký báo chí Tổng thống Dmitri Peskov": the leader's post names whose secretary, aide or office the person is.
            if (LeaderOfSomeoneElsesPost(from))
            {
                return false;
            }

            int i = from;
            int chainEnd = from;
            while (i < _tokens.Length)
            {
                bool formerHere = false;
                if (Officials.FormerMarkers.TryMatch(_tokens, i, out _, out int marker) && StartsPosition(i + marker))
                {
                    formerHere = true;
                    i += marker;
                }

                if (!StartsPosition(i))
                {
                    break;
                }

                var title = ReadTitle(i, afterName: false, out int end);
                chainEnd = end;
                if (result.Titles.Count == 0)
                {
                    // "Trong thời gian giữ chức vụ Phó Giám đốc Sở X, ông A …": a post held while is past (annotation.md).
                    result.Former = formerHere || Officials.HeldWhilePhrases.EndsBefore(_tokens, from, 7);
                }

                result.Titles.Add(title);
                nameLength = NameAfterTitleAt(end);
                if (nameLength == 0 && EndsWithCountry(i, end))
                {
                    // "Chủ tịch Quốc hội Lào Pany Yathotou", "Thủ tướng Nhật Bản Shinzo Abe": after a country, a capitalised
                    // run is a foreign leader's name, whatever its syllables.
                    nameLength = CapitalisedRun(end, out int syllables) is int run && syllables is >= PersonNames.MinSyllables and <= 4 && !IsPlace(end, run) ? run : 0;
                }

                if (nameLength > 0)
                {
                    nameAt = end;
                    // "Ngoại trưởng Malaysia Datuk Seri Mohamad Hasan": a foreign honorific before the name is no part of it.
                    if (ForeignHonorifics.TryMatch(_tokens, nameAt, out _, out int honorific) && nameLength - honorific >= PersonNames.MinSyllables)
                    {
                        nameAt += honorific;
                        nameLength -= honorific;
                    }

                    return true;
                }

                // "cho 3 nguyên Phó Chủ tịch Quốc hội: A, B và C", "các Phó Thủ tướng: A, B": after a plural, a colon opens the
                // names that share the title.
                // So does a colon before a list of two names or more ("nguyên Phó Chủ tịch nước: A, B").
                bool pluralBefore = from > 0 && (Plurals.Contains(_tokens[from - 1].Key) || _tokens[from - 1].Kind == TokenKind.Number);
                if (end + 1 < _tokens.Length && _tokens[end].Key == ":" && BareNameAt(end + 1) is int listed and > 0 &&
                    (pluralBefore || NamesListedAt(end + 1 + listed)))
                {
                    (nameAt, nameLength) = (end + 1, listed);
                    return true;
                }

                // "2. Bí thư tỉnh ủy Lào Cai: Ông Nguyễn Hữu Vạn.": a list's post as its heading, its holder introduced after the colon.
                if (end + 2 < _tokens.Length && _tokens[end].Key == ":" && _tokens[end + 1].IsCapitalized &&
                    PersonNames.IntroducerAt(_tokens, end + 1) is int headed and > 0 &&
                    PersonNames.NameAt(_tokens, end + 1 + headed, introduced: true) is int holder and > 0 && !IsPlace(end + 1 + headed, holder))
                {
                    (nameAt, nameLength) = (end + 1 + headed, holder);
                    return true;
                }

                // "bổ nhiệm lại 2 Phó Chủ nhiệm Văn phòng Chính phủ, gồm ông A và ông B", "có 3 Thứ trưởng khác là A, B, C": after a
                // plural, "gồm" or "là" opens the names.
                int including = end < _tokens.Length && _tokens[end].Key == "," ? end + 1 : end;
                including += including < _tokens.Length && _tokens[including].Key == "khác" ? 1 : 0;
                if (pluralBefore && including < _tokens.Length && _tokens[including].Key is "gồm" or "là")
                {
                    int first = including + 1 < _tokens.Length && _tokens[including + 1].Key == ":" ? including + 2 : including + 1;
                    int introduced = PersonNames.IntroducerAt(_tokens, first);
                    nameLength = introduced > 0 ? PersonNames.NameAt(_tokens, first + introduced, introduced: true) : BareNameAt(first);
                    int after = first + introduced + nameLength;
                    // Not when each person's own posts follow ("gồm ông A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà B, …", "gồm: A
                    // (Phó Chủ tịch thường trực), B"): those are read with each name.
                    bool ownPosts = after + 1 < _tokens.Length && (_tokens[after].Key == "(" || (_tokens[after].Key is "," or "-" or "–" && StartsTitleChain(after + 1)));
                    if (nameLength > 0 && !ownPosts)
                    {
                        nameAt = first + introduced;
                        return true;
                    }
                }

                // "Tập đoàn Điện lực Việt Nam (EVN) Trần Đình A": the body's acronym in brackets before the name.
                if (end + 2 < _tokens.Length && _tokens[end].Key == "(" && _tokens[end + 2].Key == ")" && _tokens[end + 1].IsAllCaps)
                {
                    nameLength = BareNameAt(end + 3);
                    if (nameLength > 0)
                    {
                        nameAt = end + 3;
                        return true;
                    }
                }

                // "Chủ tịch UBND huyện Quế Sơn (tỉnh Quảng Nam) Lê Tấn Trung", "Chủ tịch UBND huyện Tịnh Biên, tỉnh An Giang ông Nguyễn
                // Thành Huân": the province the body is in, between the body and the name.
                if (ProvinceAfter(end) is int addressEnd)
                {
                    int introducer = PersonNames.IntroducerAt(_tokens, addressEnd);
                    nameLength = introducer > 0 ? PersonNames.NameAt(_tokens, addressEnd + introducer, introduced: true) : BareNameAt(addressEnd);
                    if (nameLength > 0 && !IsPlace(addressEnd + introducer, nameLength))
                    {
                        nameAt = addressEnd + introducer;
                        return true;
                    }
                }

                // "Tỉnh ủy viên, Bí thư Huyện ủy Thạnh Hóa - Nguyễn Thị Thu Trinh đến dự": a dash may set the name off the titles.
                if (end + 1 < _tokens.Length && _tokens[end].Key is "-" or "–" && NameAfterTitleAt(end + 1) is int dashed and > 0 &&
                    !(end + 1 + dashed < _tokens.Length && _tokens[end + 1 + dashed].Key is "-" or "–"))
                {
                    (nameAt, nameLength) = (end + 1, dashed);
                    return true;
                }

                // "Thứ trưởng Bộ Công an, Thượng tướng Trần Văn A", "Giám đốc Bệnh viện tỉnh, bác sĩ Lê Văn B": a rank,
                // a degree or an honorific between the titles and the name.
                int rankAt = end < _tokens.Length && _tokens[end].Key is "," or "-" or "–" ? end + 1 : end;
                // "chờ kiện toàn chức vụ Bí thư Thành ủy X, đồng chí A, Phó Bí thư …": a post named as the object of "chức vụ" is
                // not the title of the person the next clause introduces; one held ("trong thời gian giữ chức vụ Phó Chủ tịch X, ông A
                // đã …", "khi đảm nhiệm chức vụ …") is.
                bool postAsObject = from >= 2 && _tokens[from - 2].Key == "chức" && _tokens[from - 1].Key is "vụ" or "danh" &&
                                    !(from >= 3 && _tokens[from - 3].Key == "giữ") && !(from >= 4 && _tokens[from - 4].Key == "đảm" && _tokens[from - 3].Key is "nhiệm" or "nhận");
                // "Thủ tướng giao Thượng tướng A, Thứ trưởng …, điều hành …", "Bộ trưởng giao ông B phụ trách …": a verb of giving or
                // appointing between the post and the person makes the post the giver's.
                bool givenBy = Officials.AppointingVerbs.EndsBefore(_tokens, rankAt, 3);
                // "Ủy ban Kiểm tra gồm 7 ủy viên, đồng chí A được bầu làm Chủ nhiệm": a counted post is a count of members, and the
                // clause after the comma is about someone among them, not their title.
                bool counted = from > 0 && _tokens[from - 1].Kind == TokenKind.Number;
                if (!((postAsObject || counted) && rankAt > end) && !givenBy && PersonNames.IntroducerAt(_tokens, rankAt) is int rank and > 0)
                {
                    nameLength = PersonNames.NameAt(_tokens, rankAt + rank, introduced: true);
                    if (nameLength > 0 && !IsPlace(rankAt + rank, nameLength))
                    {
                        nameAt = rankAt + rank;
                        return true;
                    }
                }

                // Several titles before one name: "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Nguyễn Văn A", "Phó Chủ tịch, kiêm
                // Trưởng ban Dân tộc HĐND tỉnh … đối với ông A".
                if (end < _tokens.Length && _tokens[end].Key is "," or "-" or "–" or "kiêm")
                {
                    int next = end + 1 < _tokens.Length && _tokens[end].Key == "," && _tokens[end + 1].Key == "kiêm" ? end + 2 : end + 1;
                    if (StartsTitleChain(next))
                    {
                        i = next;
                        continue;
                    }
                }

                break;
            }

            // "Chủ nhiệm Tổng cục Chính trị hiện nay là Thượng tướng A", "Bộ X có Bộ trưởng là ông B": a post, then the one who holds
            // it after "là", introduced or named in full.
            if (result.Titles.Count > 0 && CopulaAfter(chainEnd) is int copula)
            {
                // "Phó Bí thư Đảng ủy khối là hai đồng chí A và B": the count of those who hold it, then the first of them;
                // "… cựu Bí thư Tỉnh ủy X là các ông A và B": a plural introducer.
                copula += CountOfHolders(copula);
                copula += copula + 1 < _tokens.Length && _tokens[copula].Key == "các" && PersonNames.IntroducerAt(_tokens, copula + 1) > 0 ? 1 : 0;
                int intro = PersonNames.IntroducerAt(_tokens, copula);
                nameLength = intro > 0 ? PersonNames.NameAt(_tokens, copula + intro, introduced: true) : BareNameAt(copula);
                if (nameLength > 0 && !IsPlace(copula + intro, nameLength))
                {
                    nameAt = copula + intro;
                    return true;
                }
            }

            // "cách chức Trưởng phòng Quản lý đô thị đối với ông A": the post is named before the person it concerns;
            // relieved of it (cách chức, miễn nhiệm chức, cho thôi giữ chức), the person is its former holder. After a relief
            // a bare "với" says the same ("cho thôi chức Bí thư Đảng ủy xã A với ông B").
            bool relieved = Relieved(from);
            // "bổ nhiệm Phó Giám đốc Sở này đối với ông A": a body pointed back to by "này" or "đó".
            if (chainEnd < _tokens.Length && _tokens[chainEnd].Key is "này" or "đó" && TokenPatterns.At(_tokens, chainEnd + 1, "đối", "với"))
            {
                chainEnd++;
            }

            // "trao quyết định bổ nhiệm Phó Chánh án cho các ông A, B": the post an appointment gives goes to those after "cho".
            int concerns = TokenPatterns.At(_tokens, chainEnd, "đối", "với") ? 2
                : relieved && chainEnd < _tokens.Length && _tokens[chainEnd].Key == "với" ? 1
                : AppointedBefore(from) && chainEnd < _tokens.Length && _tokens[chainEnd].Key == "cho" ? 1 : 0;
            if (result.Titles.Count > 0 && concerns > 0)
            {
                int at = chainEnd + concerns + (chainEnd + concerns < _tokens.Length && _tokens[chainEnd + concerns].Key == "các" ? 1 : 0);
                int intro = PersonNames.IntroducerAt(_tokens, at);
                nameLength = intro > 0 ? PersonNames.NameAt(_tokens, at + intro, introduced: true) : 0;
                if (nameLength > 0 && !IsPlace(at + intro, nameLength))
                {
                    nameAt = at + intro;
                    result.Former |= relieved;
                    return true;
                }
            }

            nameLength = 0;
            return false;
        }

        /// <summary>A verb that makes someone the holder of the post at <paramref name="post"/> stands right before it (<c>bổ nhiệm</c>, <c>chỉ định</c>, <c>phê chuẩn</c>).</summary>
        private readonly bool AppointedBefore(int post)
        {
            // "bổ nhiệm chức vụ Giám đốc …": the noun for a post may stand between the verb and it.
            int verbEnd = post >= 2 && _tokens[post - 2].Key == "chức" && _tokens[post - 1].Key is "vụ" or "danh" ? post - 2 : post;
            return verbEnd >= 2 && (TokenPatterns.At(_tokens, verbEnd - 2, "bổ", "nhiệm") || TokenPatterns.At(_tokens, verbEnd - 2, "chỉ", "định") ||
                                    TokenPatterns.At(_tokens, verbEnd - 2, "phê", "chuẩn"));
        }

        /// <summary>The end of the chain of titles at <paramref name="from"/>: see <see cref="OfficialExtractor.TitlesEnd"/>.</summary>
        public readonly int? TitlesEnd(int from) =>
            ReadTitlesAfter(from, out _, out int end, appositionOnly: true).Count > 0 ? end : null;

        /// <summary>
        /// "2 Ủy viên Ban Thường vụ Huyện ủy là Trưởng Công an huyện A và Chỉ huy trưởng … B", "8 Ủy viên Bộ Chính trị … là Tổng Bí thư
        /// C; Thủ tướng D; …": after the group's "là" each person is written post first, so the list opens on a chain of titles that
        /// ends in a name.
        /// </summary>
        private readonly bool TitledListAfter(int verb) =>
            _tokens[verb].Key == "là" && verb + 1 < _tokens.Length && StartsPosition(verb + 1) && NameAfterTitles(verb + 1) is not null;

        /// <summary>The name after the chain of titles at <paramref name="from"/>: see <see cref="OfficialExtractor.NameAfterTitles"/>.</summary>
        public readonly (int At, int Length)? NameAfterTitles(int from) =>
            TryReadTitlesBeforeName(from, out _, out int at, out int length) ? (at, length) : null;

        /// <summary>Another bare name after a comma or <c>và</c> at <paramref name="at"/>: the name before it opens a list.</summary>
        private readonly bool NamesListedAt(int at) =>
            at + 1 < _tokens.Length && _tokens[at].Key is "," or "và" && BareNameAt(at + 1) > 0;

        /// <summary>
        /// True when bare names follow at <paramref name="after"/>, joined by commas and a last <c>và</c>, and a passive they share
        /// closes them (<c>, B và C được bầu …</c>), or, when the sentence's verb <paramref name="appointed"/> them, the <c>làm</c>
        /// of the post they are given (<c>bầu ông A, B và C làm …</c>).
        /// </summary>
        private readonly bool ListClosedByPassive(int after, bool appointed)
        {
            var listed = new List<(int At, int Length)>();
            int end = ReadSharedTitleNames(after, listed);
            return listed.Count > 0 && end < _tokens.Length && _tokens[listed[^1].At - 1].Key == "và" &&
                   (_tokens[SharedAdverbsEnd(end)].Key == "được" || (appointed && _tokens[end].Key == "làm"));
        }

        /// <summary>
        /// More names sharing one title after a plural: <c>các Phó Thủ tướng Nguyễn Văn A, Trần Văn B và Lê Văn C</c>.
        /// Returns where the list ends.
        /// </summary>
        private readonly int ReadSharedTitleNames(int after, List<(int At, int Length)> names)
        {
            int i = after;
            while (i + 1 < _tokens.Length && _tokens[i].Key is "," or "và")
            {
                int length = BareNameAt(i + 1);
                // "các Phó Chủ tịch Quốc hội A, B, Đại tướng C": a rank may introduce a name of the list.
                int rank = length == 0 ? PersonNames.IntroducerAt(_tokens, i + 1) : 0;
                if (rank > 0)
                {
                    length = PersonNames.NameAt(_tokens, i + 1 + rank, introduced: true);
                }

                int at = i + 1 + rank;
                if (length == 0 || (at + length < _tokens.Length && _tokens[at + length].Key is "," or "-" or "(" && StartsTitleChain(at + 1 + length)))
                {
                    break;
                }

                names.Add((at, length));
                i = at + length;
            }

            return i;
        }

        /// <summary>
        /// One title: a post, then the body it belongs to, abbreviations expanded and a bare unit resolved. The body
        /// stops before a person's name (<c>Bí thư Tỉnh ủy Quảng Ninh Nguyễn Văn Quynh</c>). In a chain
        /// <paramref name="afterName"/> a person, a committee's name comes first (<c>ông A, Bí thư Huyện ủy Ứng Hòa</c>).
        /// </summary>
        private readonly Title ReadTitle(int at, bool afterName, out int end, int limit = int.MaxValue)
        {
            string position;
            int i;
            // "quyền Giám đốc Sở X": the acting holder's post is the post, so named (Quyền Giám đốc); the text keeps the word.
            int titleStart = at;
            bool acting = ActingAt(at);
            // "tân Phó Chủ tịch tỉnh": the newly appointed holder; the post is the post.
            if (acting || NewHolderAt(at))
            {
                at++;
                titleStart = acting ? titleStart : at;
            }

            Officials.Positions.TryMatch(_tokens, at, out string? canonical, out int length);
            // "Ủy viên Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ": without "Đảng", a central committee may be another body's.
            if (Officials.FixedTitles.TryMatch(_tokens, at, out var fixedTitle, out int fixedLength) && fixedLength >= length &&
                (!CentralKeys.Contains(_tokens[at + fixedLength - 1].Key) || at + fixedLength >= _tokens.Length || !_tokens[at + fixedLength].IsCapitalized))
            {
                // "Ủy viên Trung ương Đảng khóa X": the body is part of the phrase; the term belongs to the title.
                end = TermEnd(at + fixedLength);

                // "Chủ tịch Quốc hội Lào Pany Yathotou": another country's body.
                string? fixedBody = fixedTitle.Organization;
                // "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào": the party named after "Đảng" (ours, "Cộng sản Việt Nam", says nothing new).
                if (_tokens[end - 1].Key == "đảng" && Officials.PartyNames.TryMatch(_tokens, end, out _, out int party))
                {
                    bool ours = TokenPatterns.At(_tokens, end, "cộng", "sản", "việt", "nam");
                    fixedBody = fixedBody is null || ours ? fixedBody : fixedBody + " " + _text[_tokens[end].Span.Start.._tokens[end + party - 1].Span.End];
                    end = TermEnd(end + party);
                }

                if (fixedBody is not null && CountryAt(end) is int country and > 0 && end + country < _tokens.Length && _tokens[end + country].IsCapitalized)
                {
                    fixedBody += " " + _text[_tokens[end].Span.Start.._tokens[end + country - 1].Span.End];
                    end += country;
                }
                else if (fixedBody is not null && FormalState(end) is var (_, formalEnd) && formalEnd < _tokens.Length && _tokens[formalEnd].IsCapitalized)
                {
                    // "Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào Saysomphone Phomvihane", "… nước CHDCND Lào Pa-ny Da-tho-tu":
                    // the state by its formal name, its initials written out.
                    fixedBody += " " + StateName(end, formalEnd);
                    end = formalEnd;
                }

                return new Title(fixedTitle.Position, fixedBody, _text[_tokens[at].Span.Start.._tokens[end - 1].Span.End]);
            }

            if (length > 0)
            {
                position = canonical!;
                i = at + length;
                // "Trưởng BQL Khu kinh tế": the post's last word is an abbreviated body, which also opens the body; so does the
                // head noun of a board named by what it does ("Trưởng Ban quản lý chợ X": Ban quản lý).
                if (length > 1 && Officials.Abbreviations.TryGetValue(_tokens[i - 1].Key, out var named) && !named.IsPosition ||
                    length > 1 && Officials.PostHeadNouns.ContainsKey(position) && Officials.BodyCompounds.TryMatch(_tokens, i - 1, out _, out int opened) && opened > 1)
                {
                    i--;
                }
            }
            else if (StandingMemberAt(at))
            {
                position = "Ủy viên Ban Thường vụ";
                i = at + 2;
            }
            else if (StandingAbbreviationAt(at))
            {
                // The abbreviation is read as the body (Thường vụ Tỉnh ủy), which the split below turns into the post and its committee.
                position = "Ủy viên";
                i = at;
            }
            else if (_tokens[at].Key == "phó")
            {
                // "phó GĐ": the deputy of an abbreviated post.
                position = "Phó " + Officials.Abbreviations[_tokens[at + 1].Key].Expansion;
                i = at + 2;
            }
            else
            {
                position = Officials.Abbreviations.TryGetValue(_tokens[at].Key, out var abbreviation) ? abbreviation.Expansion : _tokens[at].Span.ToString(_text);
                if (_tokens[at].Key == "tuv")
                {
                    position = context.InCentralCity ? "Thành ủy viên" : Officials.ProvincialCommitteeMember(context.Province);
                }

                i = at + 1;
            }

            // "Phó bí thư TTHU", "PBT Thường trực Huyện ủy": the standing deputy of the committee.
            if (StandingDeputies.Contains(position) && i < _tokens.Length && _tokens[i].Key is "tthu" or "tttu")
            {
                position += " Thường trực";
            }
            else if (IsDeputy(position) && TokenPatterns.At(_tokens, i, "thường", "trực"))
            {
                // "Phó Viện trưởng Thường trực Viện KSND tỉnh", "Phó Chánh Văn phòng thường trực": any deputy may be the standing one.
                position += " Thường trực";
                i += 2;
            }
            else if (IsDeputy(position) && TokenPatterns.At(_tokens, i, "thứ", "nhất"))
            {
                // "Phó Chủ nhiệm thứ nhất Tổng cục Chính trị", "Phó Chủ tịch thứ nhất Duma Quốc gia": the first deputy.
                position += " thứ nhất";
                i += 2;
            }
            else if (StandingDeputies.Contains(position) && i < _tokens.Length && _tokens[i].Key == "tt" && _tokens[i].IsAllCaps)
            {
                // "PBT TT Huyện ủy": after a deputy's post, TT is Thường trực (elsewhere it may be thị trấn).
                position += " Thường trực";
                i++;
            }

            // "Ủy viên BTV Huyện ủy", "UV BCH Đảng bộ huyện": membership of the standing or executive committee is the post.
            if (position == "Ủy viên" && i < _tokens.Length)
            {
                if (_tokens[i].Key == "btv" || TokenPatterns.At(_tokens, i, "ban", "thường", "vụ"))
                {
                    position = "Ủy viên Ban Thường vụ";
                    i += _tokens[i].Key == "btv" ? 1 : 3;
                }
                else if (_tokens[i].Key == "bch" || TokenPatterns.At(_tokens, i, "ban", "chấp", "hành"))
                {
                    position = "Ủy viên Ban Chấp hành";
                    i += _tokens[i].Key == "bch" ? 1 : 3;
                }
                else if (TokenPatterns.At(_tokens, i, "thường", "trực") && (TokenPatterns.At(_tokens, i + 2, "ủy", "ban") || TokenPatterns.At(_tokens, i + 2, "hội", "đồng")))
                {
                    // "Ủy viên Thường trực Ủy ban Xã hội của Quốc hội": the standing member of a committee.
                    position = "Ủy viên Thường trực";
                    i += 2;
                }
            }

            // "Phó Hiệu trưởng phụ trách Trường X": the post's remit ("in charge of") stands before the body it is held in;
            // "Phó Bí thư chuyên trách Đảng ủy X", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh": so does "full-time".
            if ((TokenPatterns.At(_tokens, i, "phụ", "trách") || TokenPatterns.At(_tokens, i, "chuyên", "trách")) && i + 2 < _tokens.Length && !_tokens[i].IsCapitalized &&
                (_tokens[i + 2].IsCapitalized || Officials.BodyWords.Contains(_tokens[i + 2].Key)))
            {
                i += 2;
            }

            // "Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam Trương Tấn Sang": the state's formal name, right after the post, is
            // where the post is held; it names no body of Việt Nam's own.
            // Another state is named as written, its initials spelled out ("Chủ tịch nước CHND Trung Hoa" → Cộng hòa Nhân dân Trung Hoa).
            if (FormalState(i) is var (countryAt, stateEnd))
            {
                end = stateEnd;
                string country = _text[_tokens[countryAt].Span.Start.._tokens[stateEnd - 1].Span.End];
                string named = StateName(_tokens[i].Key == "nước" ? i + 1 : i, stateEnd);
                string? state = Text.VietnameseOrthography.Key(country) == "việt nam" ? null : named;
                // "Đại sứ đặc mệnh toàn quyền nước Cộng hòa Indonesia tại Việt Nam": an envoy's state, then the state where the post is held.
                if (HostStateAfter(stateEnd) is int hostEnd)
                {
                    state = named + " tại " + StateName(stateEnd + 1, hostEnd);
                    end = hostEnd;
                }

                return new Title(position, state, _text[_tokens[at].Span.Start.._tokens[end - 1].Span.End]);
            }

            var body = new StringBuilder();
            int bodyStart = i;
            // Inside an enterprise's name ("Công ty ABC Việt Nam", "Công ty CP Licogi 14") brands in capitals and numbers go on.
            bool enterprise = false;
            // The body's head noun, written in the post ("Trưởng khoa Ngoại") or opening the body ("Trưởng phòng, Phòng Y tế").
            var postHead = Officials.PostHeadNouns.TryGetValue(position, out PostHead? headNoun) ? Tokenizer.Tokenize(headNoun.Head).ToArray() : [];
            bool department = Officials.DepartmentHeads.StartsAt(_tokens, bodyStart) || Officials.DepartmentHeads.StartsAt(postHead, 0);
            bool office = TokenPatterns.At(_tokens, bodyStart, "văn", "phòng") || TokenPatterns.At(postHead, 0, "văn", "phòng");
            bool fieldBody = Officials.FieldBodyHeads.StartsAt(_tokens, bodyStart) || Officials.FieldBodyHeads.StartsAt(postHead, 0);
            // "Phó Tổng Biên tập báo Hà Nội Mới": a newspaper, like a place, is named by the capitalised words after its head.
            int pressName = Officials.PressHeads.TryMatch(_tokens, bodyStart, out _, out int pressHead) ? bodyStart + pressHead : -1;
            // The words read so far count from here: an institution after a department's comma has a length of its own.
            int budgetStart = bodyStart;
            // A place's name that starts before the words run out is read whole ("… Giáo dục thường xuyên huyện Anh Sơn").
            while (i < _tokens.Length && i < limit && (i - budgetStart < MaxBodyTokens || i - budgetStart < MaxBodyTokens + 3 && body.Length > 0 &&
                   _tokens[i].Kind == TokenKind.Word && _tokens[i].IsCapitalized && (_tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].IsCapitalized || RightAfterUnitLevel(i))))
            {
                var token = _tokens[i];
                enterprise |= Officials.EnterpriseHeads.StartsAt(_tokens, i);
                // "Huyện ủy Kỳ Anh", "huyện Đông Anh": a capitalised Anh or Chị inside a place's name introduces no one.
                // So is a capitalised one right after a unit's level or its committee ("huyện Anh Sơn", "Huyện ủy Anh Sơn"), where a
                // person's introducer is in lower case.
                bool inPlaceName = i > bodyStart && token.IsCapitalized && token.Key is "anh" or "chị" or "cô" &&
                                   (_tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].IsCapitalized ||
                                    RightAfterUnitOrCommittee(i) && !_tokens[i - 1].IsCapitalized ||
                                    // "Bộ Ngoại giao Vương quốc Anh": the kingdom's name.
                                    TokenPatterns.At(_tokens, i - 2, "vương", "quốc"));
                // "Đoàn Luật sư TP Hà Nội", "Hội Nhà báo tỉnh": a profession after an association's head names the association.
                bool association = token.IsCapitalized && Officials.ProfessionIntroducers.StartsAt(_tokens, i) && EndsAssociationHead(i);
                // "được Thủ tướng chỉ định giữ chức …": a verb whose first syllable is a body word ends the body.
                if (Bodies.VerbEndsName(_tokens, i))
                {
                    break;
                }

                // "Bộ trưởng Khoa học và công nghệ Nguyễn Quân", "Giám đốc Sở Giáo dục và đào tạo": a ministry's field is read whole, its
                // "và" and lower-case words with it.
                if (token.IsCapitalized && (i == bodyStart || i == bodyStart + 1 && _tokens[bodyStart].IsCapitalized && _tokens[bodyStart].Key is "bộ" or "sở") &&
                    Bodies.JoinedFields.TryMatch(_tokens, i, out _, out int fieldLength))
                {
                    for (int k = i; k < i + fieldLength; k++)
                    {
                        // A dash is spaced as the body's other dashes are ("Lao động -Thương binh" → "Lao động - Thương binh").
                        bool space = body.Length > 0 && (_tokens[k].HasSpaceBefore || _tokens[k].Key == "-" || _tokens[k - 1].Key == "-");
                        // An ampersand is "và" ("Sở Thông tin & Truyền thông").
                        body.Append(space ? " " : "").Append(_tokens[k].Key == "và" ? "và" : _tokens[k].Span.ToString(_text));
                    }

                    i += fieldLength;
                    continue;
                }

                // A post's words inside a body's compound ("Đoàn đại biểu Quốc hội") do not start the next title.
                // "Phó Chánh Văn phòng Thủ tướng", "Văn phòng Chủ tịch nước": a leader's office is named after the leader's post.
                if ((PersonNames.IntroducerAt(_tokens, i) > 0 && !inPlaceName && !association) ||
                    (Officials.Positions.StartsAt(_tokens, i) && !Officials.BodyWords.Contains(token.Key) && !Officials.BodyCompounds.StartsAt(_tokens, i) &&
                     !LeaderOfSomeoneElsesPost(i)))
                {
                    break;
                }

                // "Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào Saysomphone Phomvihane", "Thủ tướng CHLB Đức Angela Merkel": a
                // state's formal name ends the body, its initials written out; what follows is the person.
                // ("Đại sứ … nước Cộng hòa Indonesia tại Việt Nam": what the body says after the state goes on.)
                if (i > bodyStart && FormalState(i) is var (_, formalEnd))
                {
                    body.Append(body.Length > 0 ? " " : "").Append(StateName(i, formalEnd));
                    i = formalEnd;
                    if (i < _tokens.Length && _tokens[i].Kind == TokenKind.Word && _tokens[i].IsCapitalized)
                    {
                        break;
                    }

                    continue;
                }

                // "Đại sứ đặc mệnh toàn quyền Hợp chúng quốc Hoa Kỳ tại Việt Nam": a country's name with words in lower case is read
                // whole; a capitalised run after it is a foreign name ("Đại sứ Hợp chúng quốc Hoa Kỳ Marc Knapper").
                if (CountryAt(i) is int countryWords and > 1 && HasLowerCaseWord(i, i + countryWords))
                {
                    body.Append(body.Length > 0 ? " " : "").Append(_text[_tokens[i].Span.Start.._tokens[i + countryWords - 1].Span.End]);
                    i += countryWords;
                    if (i < _tokens.Length && _tokens[i].Kind == TokenKind.Word && _tokens[i].IsCapitalized)
                    {
                        break;
                    }

                    continue;
                }

                // "Đại biểu Quốc hội khóa XV", "Chủ tịch HĐND tỉnh khóa IX", "Ban Chấp hành khóa XII": the term belongs to the title.
                if (TermEnd(i) is int termEnd && termEnd > i)
                {
                    i = termEnd;
                    continue;
                }

                // "Phó Chủ tịch UBND xã phụ trách khối văn xã": after a unit level only its name (or its committee: huyện ủy,
                // its youth union: tỉnh đoàn) continues the body; a lower-case word there begins the clause.
                // "Sở Nông nghiệp và Phát triển nông thôn tỉnh X": a level's syllable that ends a word of the name is no level.
                if (i > bodyStart && token.Kind == TokenKind.Word && !token.IsCapitalized && token.Key is not ("ủy" or "uỷ" or "đoàn" or "hội") && RightAfterUnitLevel(i) &&
                    !(i - 1 > bodyStart && LevelInWord(i - 1)))
                {
                    break;
                }

                // "Bí thư tỉnh Đoàn Hà Giang": the youth union of a unit (Tỉnh Đoàn), however cased, is a body word, not a family name;
                // so is its association ("Chủ tịch Tỉnh hội Nông dân", "Huyện Hội Cựu chiến binh").
                // (Not "phường Hội Phú", a place: only an association's sector, or a lower-case word, follows the union's "Hội".)
                bool unitsUnion = (token.Key == "đoàn" ||
                                   token.Key == "hội" && !(i + 1 < _tokens.Length && _tokens[i + 1].IsCapitalized && !Officials.AssociationSectors.StartsAt(_tokens, i + 1))) &&
                                  i > bodyStart && RightAfterUnitLevel(i);
                if (token.Kind == TokenKind.Word && token.IsCapitalized && !unitsUnion && (i == bodyStart || !(_tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].IsCapitalized)))
                {
                    // A capitalised run: a place, a person, or a place then a person ("xã Lê Lợi Trần Văn Bình").
                    bool afterLevel = i == pressName || (pressName > 0 && i == bodyStart) || i > bodyStart && (Officials.UnitLevels.StartsAt(_tokens, i - 1) && !(i - 1 > bodyStart && LevelInWord(i - 1)) || AfterNamingHead(_tokens, i) ||
                        (afterName && (Officials.LevelCommittees.StartsAt(_tokens, i - 2) || TokenPatterns.At(_tokens, i - 2, "đảng", "ủy") ||
                         // "Huyện đoàn Lạc Sơn": the youth union of a unit is named after it, as its committee is.
                         (_tokens[i - 1].Key == "đoàn" && Officials.UnitLevels.StartsAt(_tokens, i - 2)) ||
                         // "ông A, Giám đốc Công ty Hà Anh": a firm, like a place, is named by the words after its head.
                         enterprise)));
                    int split = PersonSplit(i, afterLevel);
                    if (split == i)
                    {
                        break;
                    }

                    if (split > i)
                    {
                        for (; i < split; i++)
                        {
                            if (body.Length > 0)
                            {
                                body.Append(' ');
                            }

                            body.Append(_tokens[i].Span.ToString(_text));
                        }

                        break;
                    }
                }

                // "tỉnh Sa-la-van", "tỉnh Chăm-pa-sắc": a foreign name written in syllables glued by hyphens, the first capitalised.
                if (body.Length > 0 && _tokens[i - 1].IsCapitalized && _tokens[i - 1].Kind == TokenKind.Word && PersonNames.HyphenatedAt(_tokens, i) &&
                    !_tokens[i + 1].IsCapitalized)
                {
                    while (PersonNames.HyphenatedAt(_tokens, i))
                    {
                        body.Append('-').Append(_tokens[i + 1].Span.ToString(_text));
                        i += 2;
                    }

                    continue;
                }

                // "tỉnh Bà Rịa-Vũng Tàu": a hyphen glued to two capitalised words joins the parts of one place's name; not before a
                // post ("Phó Bí thư Huyện Ủy-Chủ tịch UBND huyện": two titles).
                // A province's name joins across a spaced dash too, whole ("tỉnh Bà Rịa - Vũng Tàu"), and a name after it is a person's
                // ("Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Nguyễn Văn A").
                // So does a group's initials glued to a firm's name ("Công ty Than Mạo Khê-TKV", "Than Hà Lầm-Vinacomin").
                if (token.Key is "-" or "–" && body.Length > 0 && i + 1 < _tokens.Length && _tokens[i - 1].IsCapitalized &&
                    ((_tokens[i + 1].Kind == TokenKind.Word && _tokens[i + 1].IsCapitalized) ||
                     (_tokens[i + 1].Kind == TokenKind.Abbreviation && !token.HasSpaceBefore && !_tokens[i + 1].HasSpaceBefore)))
                {
                    int joined = Places.ProvinceAfterDash(_tokens, i);
                    if (joined == 0 && !token.HasSpaceBefore && !_tokens[i + 1].HasSpaceBefore && !StartsPosition(i + 1) && !StartsTitleChain(i + 1) &&
                        PersonNames.IntroducerAt(_tokens, i + 1) == 0)
                    {
                        joined = 1;
                    }

                    if (joined > 0)
                    {
                        body.Append(token.HasSpaceBefore ? " " : "").Append(token.Span.ToString(_text));
                        for (int k = i + 1; k <= i + joined; k++)
                        {
                            body.Append(_tokens[k].HasSpaceBefore ? " " : "").Append(_tokens[k].Span.ToString(_text));
                        }

                        i += 1 + joined;
                        if (i < _tokens.Length && _tokens[i].Kind == TokenKind.Word && _tokens[i].IsCapitalized && PersonSplit(i, afterLevel: false) == i)
                        {
                            break;
                        }

                        continue;
                    }
                }

                // "Sở Lao động - Thương binh và Xã hội": a dash inside a body's name, not before the next title; so is the one of the
                // emulation board's two fields ("Ban Thi đua - Khen thưởng tỉnh", "Ban Thi đua – Khen thưởng Trung ương").
                // So is the one between a firm's two trades ("Tập đoàn Than - Khoáng sản Việt Nam", "Tổng công ty Lương thực - Thực phẩm"),
                // unless a person's name follows it.
                if ((token.Key == "-" || (token.Key == "–" && TokenPatterns.At(_tokens, i + 1, "khen", "thưởng"))) && body.Length > 0 && i + 1 < _tokens.Length &&
                    (_tokens[i + 1].IsCapitalized || Officials.BodyWords.Contains(_tokens[i + 1].Key)) &&
                    (Officials.BodyWords.Contains(_tokens[i - 1].Key) || (i >= 2 && TokenPatterns.At(_tokens, i - 2, "thi", "đua") && TokenPatterns.At(_tokens, i + 1, "khen", "thưởng")) ||
                     (enterprise && token.Key == "-" && (_tokens[i - 1].IsCapitalized || Bodies.SectorSyllables.Contains(_tokens[i - 1].Key)) && _tokens[i + 1].Kind == TokenKind.Word && PersonNames.NameAt(_tokens, i + 1, introduced: false) == 0)) &&
                    !StartsPosition(i + 1) && PersonNames.IntroducerAt(_tokens, i + 1) == 0 && !Officials.FormerMarkers.StartsAt(_tokens, i + 1) &&
                    !Officials.Abbreviations.ContainsKey(_tokens[i + 1].Key) && !PersonNames.PhotoCreditAt(_tokens, i + 1))
                {
                    body.Append(" -");
                    i++;
                    continue;
                }

                // "Trưởng khoa Ngoại, Bệnh viện Đa khoa tỉnh X": a department, then after a comma the institution it is part of
                // (annotation.md gives the department with its institution); not when a post or a person follows.
                if (token.Key == "," && body.Length > 0 && i + 2 < _tokens.Length && _tokens[i + 1].IsCapitalized &&
                    department && Officials.InstitutionHeads.TryMatch(_tokens, i + 1, out _, out int institution) &&
                    !StartsPosition(i + 1) && i + 1 + institution < _tokens.Length &&
                    (_tokens[i + 1 + institution].IsCapitalized || Officials.UnitLevels.StartsAt(_tokens, i + 1 + institution)))
                {
                    budgetStart = ++i;
                    continue;
                }

                // "Văn phòng HĐND - UBND huyện X": the joint office of the council and the committee.
                if (token.Key is "-" or "–" && body.Length > 0 && office && i + 1 < _tokens.Length &&
                    Officials.Abbreviations.TryGetValue(_tokens[i - 1].Key, out var left) && !left.IsPosition &&
                    Officials.Abbreviations.TryGetValue(_tokens[i + 1].Key, out var right) && !right.IsPosition)
                {
                    body.Append(" -");
                    i++;
                    continue;
                }

                // "Sở Văn hóa, Thể thao và Du lịch", "Phòng Văn hóa, Khoa học và Thông tin": a body named after a list of fields.
                if (token.Key == "," && fieldBody && body.Length > 0 && FieldListEnd(i, bodyStart) is int fieldsEnd and > 0)
                {
                    for (; i < fieldsEnd; i++)
                    {
                        body.Append(_tokens[i].Key == "," ? "" : " ").Append(_tokens[i].Span.ToString(_text));
                        // The list of fields, which FieldListEnd bounds, does not count against the name's length ("Ủy ban Văn hóa,
                        // Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội").
                        budgetStart++;
                    }

                    continue;
                }

                // "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh X", "Tổng Công ty (TCT) Cơ khí …": an acronym in brackets inside the
                // name is passed over when the name goes on after it (annotation.md keeps the name without it).
                if (token.Key == "(" && body.Length > 0 && i + 3 < _tokens.Length && _tokens[i + 2].Key == ")" &&
                    _tokens[i + 1].IsAllCaps && ContinuesBody(i + 3))
                {
                    // The acronym passed over does not count against the name's length.
                    i += 3;
                    budgetStart += 3;
                    continue;
                }

                // "Ủy ban Quốc phòng và an ninh của Quốc hội", "Ủy ban Tài chính, Ngân sách của Quốc hội": in a committee's
                // name that ends with "của Quốc hội" a comma or "và" before a lower-case field is still the name's.
                if (token.Key is "," or "và" && body.Length > 0 && CommitteeOfAssemblyEnd(i) is int committeeEnd and > 0)
                {
                    for (; i < committeeEnd; i++)
                    {
                        body.Append(_tokens[i].Key == "," ? "" : " ").Append(_tokens[i].Span.ToString(_text));
                        budgetStart += _tokens[i].Key == "," ? 1 : 0;
                    }

                    continue;
                }

                // "Ủy ban Đối ngoại của Quốc hội" (or "… của QH"): a committee of the National Assembly or of the Government.
                if (token.Key == "của" && body.Length > 0 && (TokenPatterns.At(_tokens, i + 1, "quốc", "hội") || TokenPatterns.At(_tokens, i + 1, "chính", "phủ") ||
                    (i + 1 < _tokens.Length && _tokens[i + 1].Key == "qh")) && _tokens[i + 1].IsCapitalized)
                {
                    body.Append(" của");
                    i++;
                    continue;
                }

                // "Bộ Tài nguyên và Môi trường": "và" inside a body's name; "Ủy ban Kinh tế và ngân sách": also before a field
                // in lower case that ends the name. Not before a person ("Trưởng Ban Dân vận Tỉnh ủy và Trần Văn A, Giám đốc …"), also
                // one introduced by a rank ("Phó Chủ nhiệm Tổng cục Hậu cần và Thượng tá B, …"), or by a post ("Chủ tịch UBND tỉnh và
                // Phó Chủ tịch UBND tỉnh C trao …").
                if (token.Key == "và" && body.Length > 0 && i + 1 < _tokens.Length &&
                    (_tokens[i + 1].IsCapitalized && !PersonStartsAt(i + 1) || fieldBody && FieldAfterAnd(i)))
                {
                    body.Append(" và");
                    i++;
                    continue;
                }

                // "Văn phòng Chính phủ", "Công ty …": a word whose syllables alone would not continue the name.
                if (Officials.BodyCompounds.TryMatch(_tokens, i, out _, out int compound) && i + compound <= limit)
                {
                    for (int k = 0; k < compound; k++, i++)
                    {
                        // "phòng, chống": a comma in a compound is written against the word before it.
                        body.Append(body.Length > 0 && (_tokens[i].HasSpaceBefore || _tokens[i].Kind != TokenKind.Punctuation) ? " " : "").Append(_tokens[i].Span.ToString(_text));
                    }

                    continue;
                }

                // "Trưởng khoa Hồi sức tích cực, Bệnh viện X": a department's lower-case words up to the comma before its institution.
                // "Trưởng khoa dược Bệnh viện X": or right before its institution.
                if (department && token.Kind == TokenKind.Word && !token.IsCapitalized && (body.Length > 0 || postHead.Length > 0) &&
                    DepartmentNameEnd(i) is int departmentEnd and > 0)
                {
                    for (; i < departmentEnd; i++)
                    {
                        body.Append(body.Length > 0 ? " " : "").Append(_tokens[i].Span.ToString(_text));
                    }

                    continue;
                }

                // A caption's photo credit ("… Tập đoàn Xăng dầu Việt Nam - Ảnh: Petrolimex") and the "đồng" of a verb ("Bí thư Tỉnh ủy
                // Sơn La đồng chủ trì hội nghị", "… đồng thời là …") end a body; the "đồng" of "Hội đồng" (and of "Lâm Đồng") does not.
                if (PersonNames.PhotoCreditAt(_tokens, i) ||
                    (token.Key == "đồng" && !token.IsCapitalized && i > 0 && _tokens[i - 1].Key != "hội" && i + 1 < _tokens.Length &&
                     _tokens[i + 1].Key is "chủ" or "thời"))
                {
                    break;
                }

                string? word = null;
                if (token.Kind == TokenKind.Number && body.Length > 0 && NumberedUnits.Contains(_tokens[i - 1].Key))
                {
                    // "Quận 12", "Chi bộ 4", "Quân khu 3", "Trường THPT Thuận Thành số 1": a numbered unit.
                    word = token.Span.ToString(_text);
                }
                else if (token.Kind == TokenKind.Number && body.Length > 0 && token.HasSpaceBefore && token.Key.Length <= 3 && _tokens[i - 1].IsWordLike &&
                         (i + 1 == _tokens.Length || _tokens[i + 1].Key is "," or "." or ";" or ")" or "-" or "–" || Officials.UnitLevels.StartsAt(_tokens, i + 1)))
                {
                    // "Bệnh viện Quân y 103", "Tổng công ty 36", "Ban Quản lý dự án 85,": a unit's number that ends its name (a
                    // count goes on into what it counts; a year has four digits).
                    word = token.Span.ToString(_text);
                }
                else if (token.Key == "số" && body.Length > 0 && i + 1 < Math.Min(limit, _tokens.Length) && _tokens[i + 1].Kind == TokenKind.Number)
                {
                    // "… số 1": the number follows as a numbered unit's.
                    word = token.Span.ToString(_text);
                }
                else if (token.Kind == TokenKind.Abbreviation && GluedUnit(token) is string unit)
                {
                    word = unit;
                }
                else if (token.Key == "các" && body.Length > 0 && i + 1 < _tokens.Length && (Officials.BodyWords.Contains(_tokens[i + 1].Key) ||
                         Officials.Abbreviations.TryGetValue(_tokens[i + 1].Key, out var plural) && !plural.IsPosition && PersonNames.IsAbbreviationLike(_tokens[i + 1])))
                {
                    // "Đảng ủy Khối các cơ quan Trung ương", "Vụ Các tổ chức quốc tế".
                    word = token.Span.ToString(_text);
                }
                else if (token.Key == "chuyên" && !token.IsCapitalized && body.Length > 0 && AfterNamingHead(_tokens, i) && i + 1 < _tokens.Length &&
                         _tokens[i + 1].Kind == TokenKind.Word && _tokens[i + 1].IsCapitalized)
                {
                    // "Trường THPT chuyên Lê Quý Đôn": a specialised school's kind, in lower case between its level and its name.
                    word = token.Span.ToString(_text);
                }
                else if (body.Length > 0 && Bodies.RegionAt(_tokens, i))
                {
                    // "Tổng công ty Lương thực miền Bắc", "Cục Thuế miền Nam": a region in the name.
                    word = token.Span.ToString(_text);
                }
                else if (body.Length > 0 && Officials.LegalForms.Contains(token.Key))
                {
                    // "Công ty TNHH MTV Cấp nước …": the legal form, as written; "Công ty A Ltd.": with its full stop.
                    word = token.Span.ToString(_text);
                    if (Officials.DottedLegalForms.Contains(token.Key) && i + 2 < _tokens.Length && _tokens[i + 1].Key == "." && !_tokens[i + 1].HasSpaceBefore)
                    {
                        word += ".";
                        i++;
                    }
                }
                else if (body.Length == 0 && i == bodyStart && token.Kind == TokenKind.Abbreviation && token.IsAllCaps && token.Span.Length is >= 3 and <= 6 &&
                         !Officials.Abbreviations.ContainsKey(token.Key) && !CentralKeys.Any(c => token.Key.EndsWith(c, StringComparison.Ordinal)) &&
                         // A member's initials name a party organ the tables spell out ("UV BCT", "Ủy viên BTV"), not a firm.
                         !position.StartsWith("Ủy viên", StringComparison.Ordinal))
                {
                    // "Chủ tịch VNR Vũ Anh Minh", "Tổng Giám đốc EVN": a body known by initials the tables do not hold, as written; a
                    // place may follow ("Giám đốc CDC Quảng Ninh", "Giám đốc CDC tỉnh Hải Dương"), other lower-case words do not
                    // ("Tổng Giám đốc EVN chính thức …").
                    word = token.Span.ToString(_text);
                    if (i + 1 < _tokens.Length && !(_tokens[i + 1].Kind == TokenKind.Word && _tokens[i + 1].IsCapitalized) &&
                        !Officials.UnitLevels.StartsAt(_tokens, i + 1))
                    {
                        body.Append(word);
                        i++;
                        break;
                    }
                }
                else if (enterprise && body.Length > 0 && token.Kind == TokenKind.Abbreviation && token.IsAllCaps && !Officials.Abbreviations.ContainsKey(token.Key))
                {
                    // "Công ty ABC Việt Nam", "Tập đoàn XYZ": a brand in capitals is the firm's name.
                    word = token.Span.ToString(_text);
                }
                else if (enterprise && body.Length > 0 && token.Kind == TokenKind.Number && token.HasSpaceBefore && _tokens[i - 1].IsWordLike &&
                         _tokens[i - 1].IsCapitalized && !(i + 1 < _tokens.Length && Officials.MeasureWords.Contains(_tokens[i + 1].Key)))
                {
                    // "Công ty CP Licogi 14": a firm's number (not "Công ty X 20 năm").
                    word = token.Span.ToString(_text);
                }
                else if (enterprise && token.Kind == TokenKind.Word && i > bodyStart && _tokens[i - 1].IsCapitalized && Bodies.SectorSyllables.Contains(token.Key))
                {
                    // "Công ty TNHH MTV Xăng dầu Tây Bắc": a sector word's second syllable in lower case.
                    word = token.Span.ToString(_text);
                }
                else if (token.Key == "đbqh" && i > 0 && _tokens[i - 1].Key == "đoàn")
                {
                    // "Trưởng Đoàn ĐBQH tỉnh": the delegation of deputies, a body (elsewhere ĐBQH is a deputy's post).
                    word = "đại biểu Quốc hội";
                }
                else if (Officials.Abbreviations.TryGetValue(token.Key, out var abbreviation) && PersonNames.IsAbbreviationLike(token) && !abbreviation.IsPosition)
                {
                    word = token.Key is "tthu" or "tttu" && position.EndsWith("Thường trực", StringComparison.Ordinal)
                        ? abbreviation.Expansion["Thường trực ".Length..]
                        : abbreviation.Expansion;
                }
                else if (token.Kind == TokenKind.Word && (token.IsCapitalized || Officials.BodyWords.Contains(token.Key)))
                {
                    word = token.Span.ToString(_text);
                }
                else if (i == pressName && token.Kind == TokenKind.Abbreviation)
                {
                    // "Phó Tổng Biên tập báo SGGP": a newspaper known by its initials.
                    word = token.Span.ToString(_text);
                }
                else if (i < pressName)
                {
                    // The newspaper's head is written with a capital in the organisation's name ("Báo Hà Nội Mới").
                    word = i == bodyStart ? char.ToUpperInvariant(_text[token.Span.Start]) + token.Span.ToString(_text)[1..] : token.Span.ToString(_text);
                }
                else if (body.Length > 0 && IsRomanNumeral(token))
                {
                    // "Kiểm toán Nhà nước khu vực IV": a numeral that the tokenizer reads as an abbreviation numbers the body.
                    word = token.Span.ToString(_text);
                }
                else if (token.Kind == TokenKind.Word && i > bodyStart && _tokens[i - 1].Kind == TokenKind.Word && ContinuesWord(i) &&
                         (_tokens[i - 1].IsCapitalized || (i - 2 >= bodyStart && _tokens[i - 2].IsCapitalized && _tokens[i - 2].Kind == TokenKind.Word && ContinuesWord(i - 1))))
                {
                    // "Hội Kiến trúc sư tỉnh": a three-syllable word whose first syllable alone is capitalised goes on too.
                    // "Tổng công ty Cao su Đồng Nai", "Công ty Xăng dầu": a name capitalises only a word's first syllable, so a
                    // lower-case syllable that the segmenter joins to the capitalised one before it is still the name's
                    // ("Huyện ủy Phù Mỹ phát biểu": "phát" starts a word of its own).
                    word = token.Span.ToString(_text);
                }

                if (word is null)
                {
                    break;
                }

                if (body.Length > 0)
                {
                    body.Append(' ');
                }

                body.Append(word);
                i++;
            }

            end = i;
            // "Phó Chủ tịch UBND tỉnh - Hoàng Văn Liên": a dash read on into the body sets off the holder's name; it is neither the
            // title's nor the body's (the reader still ends the title after it, where the name starts).
            int textEnd = end;
            while (textEnd - 1 > at && _tokens[textEnd - 1].Key is "-" or "–")
            {
                textEnd--;
            }

            if (textEnd < end)
            {
                string trimmed = body.ToString().TrimEnd(' ', '-', '–');
                body.Clear().Append(trimmed);
            }

            string text = _text[_tokens[titleStart].Span.Start.._tokens[Math.Max(at, textEnd - 1)].Span.End];
            // "Trưởng ban Tổ chức Huyện ủy": the post's head noun belongs to the body (Ban Tổ chức Huyện ủy).
            if (body.Length > 0 && Officials.PostHeadNouns.TryGetValue(position, out PostHead? head) &&
                !Officials.BodyReferences.Contains(VietnameseOrthography.Key(body.ToString())))
            {
                string headed = head.Apply(body.ToString());
                body.Clear().Append(headed);
            }

            // Bodies, like names, are given with canonical tone-mark placement ("Đảng uỷ" → "Đảng ủy").
            string? organization = body.Length == 0 ? null : VietnameseOrthography.PlaceToneMarks(Resolve(body.ToString()));
            if (organization is not null && Officials.BodyReferences.Contains(VietnameseOrthography.Key(organization)))
            {
                organization = null;
            }

            if (organization is null && position is "Tỉnh ủy viên" or "Thành ủy viên" && context.Province is string province)
            {
                organization = $"{(position == "Thành ủy viên" ? "Thành ủy" : "Tỉnh ủy")} {province}";
            }
            else if (organization is null && Officials.CommitteeMemberships.TryGetValue(position, out string? committee) &&
                     Resolve(committee) is string named && named != committee)
            {
                // "Huyện ủy viên": a member of the article's Huyện ủy when the article names it (annotation.md); with no unit
                // named the post says all there is, and the organisation stays null as in the seed corpus's gold.
                organization = named;
            }

            // "đại biểu Quốc hội", "ĐBQH tỉnh": a deputy of the National Assembly (the province after it is where they were
            // elected), position and body split as for any member.
            if (position == "Đại biểu Quốc hội")
            {
                (position, organization) = ("Đại biểu", "Quốc hội");
            }

            // "Ủy viên BTVTU", "Ủy viên Ban TVHU": the abbreviation held the standing committee and its committee together; the
            // membership is the post and the committee the body, as written out (annotation.md).
            if (position == "Ủy viên" && organization is not null && organization.StartsWith("Ban Thường vụ ", StringComparison.Ordinal))
            {
                (position, organization) = ("Ủy viên Ban Thường vụ", organization["Ban Thường vụ ".Length..]);
            }
            else if (position == "Ủy viên" && organization is not null && organization.StartsWith("Thường vụ ", StringComparison.Ordinal))
            {
                // "Ủy viên TVTU", "TVTU" alone: the same, written without "Ban".
                (position, organization) = ("Ủy viên Ban Thường vụ", organization["Thường vụ ".Length..]);
            }
            else if (position == "Ủy viên" && organization is not null && MemberOfCommittee(organization) is string member)
            {
                // "Ủy viên Thành ủy Hải Phòng", "Ủy viên Huyện ủy": a member of the committee itself is its "Thành ủy viên", as
                // annotation.md writes "Tỉnh ủy viên"; the committee stays the body.
                position = member;
            }

            if (acting)
            {
                position = "Quyền " + position;
            }

            return new Title(position, organization, text);
        }

        /// <summary>The member's post of a party committee named as a body (<c>Tỉnh ủy X</c> → <c>Tỉnh ủy viên</c>), else null.</summary>
        private static string? MemberOfCommittee(string organization)
        {
            foreach (var (member, committee) in Officials.CommitteeMemberships)
            {
                if (organization == committee || organization.StartsWith(committee + " ", StringComparison.Ordinal))
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>
        /// Length of a bracket of another name right after a person's (<c>ông A (Tư Út)</c>, <c>(Hai Lúa)</c>): a few capitalised
        /// words that start no post, or 0.
        /// </summary>
        private readonly int NameAside(int open)
        {
            int k = open + 1;
            while (k < _tokens.Length && k - open <= 4 && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsCapitalized && !StartsTitleChain(k))
            {
                k++;
            }

            return k > open + 1 && k < _tokens.Length && _tokens[k].Key == ")" ? k + 1 - open : 0;
        }

        /// <summary>
        /// A short bracket of lower-case words that holds no post, set off before a title chain: <c>ông A (vừa bị kỷ luật), nguyên Phó
        /// Chủ tịch …</c>. What the news says of the person then is passed over to the posts.
        /// </summary>
        private readonly bool LowerCaseAside(int open)
        {
            int close = CloseOfAside(open);
            if (close <= open + 1 || close - open > 8 || close + 2 >= _tokens.Length || _tokens[close + 1].Key is not ("," or "-" or "–") ||
                !StartsTitleChain(close + 2))
            {
                return false;
            }

            for (int k = open + 1; k < close; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word || _tokens[k].IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The level's syllable at <paramref name="index"/> ends a word of a name (<c>Phát triển nông thôn</c>), so it is no level.</summary>
        private readonly bool LevelInWord(int index) => ContinuesWord(index) && !Officials.UnitLevels.StartsAt(_tokens, index - 1);

        /// <summary>An association's head noun (<c>Hội</c>, <c>Đoàn</c>, <c>Văn phòng</c>) ends right before <paramref name="index"/>.</summary>
        private readonly bool EndsAssociationHead(int index) => Officials.AssociationHeads.EndsBefore(_tokens, index, 3);

        /// <summary>A body's name goes on at <paramref name="index"/>: a unit level, a lower-case body word, or a capitalised word that starts no name.</summary>
        private readonly bool ContinuesBody(int index) =>
            index < _tokens.Length && _tokens[index].Kind == TokenKind.Word &&
            (Officials.UnitLevels.StartsAt(_tokens, index) || (!_tokens[index].IsCapitalized && Officials.BodyWords.Contains(_tokens[index].Key)) ||
             (_tokens[index].IsCapitalized && BareNameAt(index) == 0 && !StartsPosition(index) && PersonNames.IntroducerAt(_tokens, index) == 0));

        /// <summary>
        /// In a body named after fields, the <c>và</c> at <paramref name="index"/> joins a second field in lower case to a committee's or a ministry's
        /// field (<c>Ủy ban Kinh tế và ngân sách</c>, <c>Bộ Tài nguyên và môi trường</c>): one to three words of bodies that
        /// end the name at a punctuation mark or the unit's level and start no body, unit or post of their own (<c>Chủ tịch UBND xã và
        /// công an xã</c> are two bodies).
        /// </summary>
        private readonly bool FieldAfterAnd(int index)
        {
            if (_tokens[index - 1].Kind != TokenKind.Word || RightAfterUnitLevel(index))
            {
                return false;
            }

            int k = index + 1;
            while (k < _tokens.Length && k - index <= 3 && _tokens[k].Kind == TokenKind.Word && !_tokens[k].IsCapitalized &&
                   (Officials.BodyWords.Contains(_tokens[k].Key) || Officials.BodyCompounds.StartsAt(_tokens, k)) &&
                   // A word's second syllable ("môi trường") starts nothing.
                   ((k > index + 1 && ContinuesWord(k)) ||
                    (!Bodies.Heads.StartsAt(_tokens, k) && !Officials.UnitLevels.StartsAt(_tokens, k) && !Officials.LevelCommittees.StartsAt(_tokens, k) &&
                     !Officials.InstitutionHeads.StartsAt(_tokens, k) && !StartsPosition(k))))
            {
                // "an ninh": a compound is read whole, its second syllable being no body word of its own.
                k += Officials.BodyCompounds.TryMatch(_tokens, k, out _, out int compound) ? compound : 1;
            }

            return k > index + 1 && (k == _tokens.Length || _tokens[k].Kind == TokenKind.Punctuation && _tokens[k].Key is "," or "." or ";" or ")" or "-" or "–" ||
                                     Officials.UnitLevels.StartsAt(_tokens, k));
        }

        /// <summary>
        /// Where a department's name that goes on in lower case at <paramref name="index"/> ends: at a comma a few words on that
        /// its institution follows (<c>Khoa Hồi sức tích cực, Bệnh viện X</c>) or right before the institution (<c>khoa dược
        /// Bệnh viện X</c>), or -1 when none does.
        /// </summary>
        private readonly int DepartmentNameEnd(int index)
        {
            for (int k = index; k < _tokens.Length && k - index <= 4; k++)
            {
                if (k > index && _tokens[k].IsCapitalized && Officials.InstitutionHeads.StartsAt(_tokens, k) && !StartsPosition(k))
                {
                    return k;
                }

                if (_tokens[k].Key == ",")
                {
                    return k > index && k + 1 < _tokens.Length && _tokens[k + 1].IsCapitalized && Officials.InstitutionHeads.StartsAt(_tokens, k + 1) &&
                           !StartsPosition(k + 1) ? k : -1;
                }

                if (_tokens[k].Kind != TokenKind.Word || _tokens[k].IsCapitalized || StartsPosition(k) || PersonNames.IntroducerAt(_tokens, k) > 0)
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Where the list of fields that a comma at <paramref name="index"/> continues ends, at its <c>và</c> before a last
        /// capitalised field (<c>Sở Văn hóa, Thể thao và Du lịch</c>) or, with no <c>và</c>, before <c>của</c> or the person the
        /// title belongs to (<c>Ủy ban Văn hóa, Giáo dục A</c>), or -1: the fields after the comma are capitalised words
        /// that start no post, person, body or unit, and no unit has been named in the body yet (<c>UBND xã A, B và C</c>).
        /// </summary>
        private readonly int FieldListEnd(int index, int bodyStart)
        {
            for (int k = bodyStart; k < index; k++)
            {
                if (!_tokens[k].IsCapitalized && Officials.UnitLevels.StartsAt(_tokens, k))
                {
                    return -1;
                }
            }

            for (int k = index + 1; k < _tokens.Length && k - index <= 12; k++)
            {
                var token = _tokens[k];
                if (token.Key == "," && k > index + 1)
                {
                    continue;
                }

                // "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục (của Quốc hội) A": a list with no "và" ends where the body's owner or the
                // person named after the title follows a whole field.
                if (k > index + 2 && _tokens[k - 1].Key != "," && _tokens[k - 1].Kind == TokenKind.Word &&
                    (token.Key == "của" || (token.IsCapitalized && BareNameAt(k) > 0)))
                {
                    return k;
                }

                if (token.Kind != TokenKind.Word)
                {
                    return -1;
                }

                if (token.Key == "và")
                {
                    return k > index + 1 && k + 1 < _tokens.Length && _tokens[k + 1].IsCapitalized && BareNameAt(k + 1) == 0 ? k : -1;
                }

                // Each field opens with a capital and starts nothing else.
                if ((_tokens[k - 1].Key == "," && (!token.IsCapitalized || FieldStartsOther(k))) || StartsPosition(k))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>A post, a person, a body or a unit starts at <paramref name="index"/>, so no field of a body's name does.</summary>
        private readonly bool FieldStartsOther(int index) =>
            BareNameAt(index) > 0 || PersonNames.IntroducerAt(_tokens, index) > 0 || Bodies.Heads.StartsAt(_tokens, index) ||
            Officials.InstitutionHeads.StartsAt(_tokens, index) || Officials.FieldBodyHeads.StartsAt(_tokens, index) ||
            Officials.LevelCommittees.StartsAt(_tokens, index) || Officials.UnitLevels.StartsAt(_tokens, index);

        /// <summary>
        /// Where a National Assembly committee's name ends (after <c>của Quốc hội</c>) when the comma or <c>và</c> at
        /// <paramref name="index"/> is inside it (<c>Ủy ban Văn hóa, Giáo dục của Quốc hội</c>), or -1. A few words at most.
        /// </summary>
        private readonly int CommitteeOfAssemblyEnd(int index)
        {
            for (int k = index + 1; k < _tokens.Length && k - index <= 6; k++)
            {
                if (TokenPatterns.At(_tokens, k, "của", "quốc", "hội") && _tokens[k + 1].IsCapitalized)
                {
                    return k > index + 1 ? k : -1;
                }

                if (!(_tokens[k].Kind == TokenKind.Word || _tokens[k].Key == ",") || StartsPosition(k) || PersonNames.IntroducerAt(_tokens, k) > 0)
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// After <c>tham gia</c>: where <c>giữ chức</c> starts when only committees joined stand before it (<c>Ban Chấp hành, Ban
        /// Thường vụ Tỉnh ủy và</c>), else null.
        /// </summary>
        private readonly int? CommitteesJoinedBeforeHolding(int from)
        {
            for (int k = from; k + 1 < _tokens.Length && k - from < 16; k++)
            {
                if (TokenPatterns.At(_tokens, k, "giữ", "chức"))
                {
                    return k > from ? k : null;
                }

                if (!(_tokens[k].Key is "," or "và" || _tokens[k].Kind == TokenKind.Word && (_tokens[k].IsCapitalized || Officials.BodyWords.Contains(_tokens[k].Key))))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// Past the adverbs a list's shared verb may open with (<c>các đồng chí A, B tiếp tục được bầu …</c>, <c>cũng được</c>), from
        /// <paramref name="from"/>; not <c>lần lượt</c>, which gives each their own post.
        /// </summary>
        private readonly int SharedAdverbsEnd(int from)
        {
            int k = from;
            while (k < _tokens.Length - 1 && SharedVerbAdverbs.TryMatch(_tokens, k, out _, out int length))
            {
                k += length;
            }

            return Math.Min(k, _tokens.Length - 1);
        }

        /// <summary>A capitalised run of two words or more at <paramref name="at"/>, right after a country: a foreign person's name.</summary>
        private readonly bool ForeignNameAfterCountry(int at) =>
            at + 1 < _tokens.Length && _tokens[at].IsCapitalized && _tokens[at].Kind == TokenKind.Word && _tokens[at + 1].IsCapitalized &&
            _tokens[at + 1].Kind == TokenKind.Word && Officials.Countries.EndsBefore(_tokens, at, 4);

        /// <summary>
        /// A leader's post at <paramref name="index"/> (<see cref="Officials.LeadersWithOffices"/>) right after a noun that makes it
        /// name someone else's office or role (<see cref="Officials.LeaderOfficeNouns"/>: <c>Văn phòng Thủ tướng</c>, <c>thư ký báo chí
        /// Tổng thống</c>): no post of the person named after it.
        /// </summary>
        private readonly bool LeaderOfSomeoneElsesPost(int index) =>
            Officials.LeaderOfficeNouns.EndsBefore(_tokens, index, 3) && Officials.Positions.TryMatch(_tokens, index, out string? leader, out _) &&
            Officials.LeadersWithOffices.Contains(leader);

        /// <summary>Length of a person's name at <paramref name="at"/> right after a title: a Vietnamese one, or a foreign one (<see cref="ForeignRunIn"/>); else 0.</summary>
        private readonly int NameAfterTitleAt(int at)
        {
            int length = BareNameAt(at);
            if (at >= _tokens.Length || !_tokens[at].IsCapitalized)
            {
                return length;
            }

            // "Tổng thống Kim Dae Jung": a foreign name that opens like a Vietnamese one is read whole.
            int run = CapitalisedRun(at, out _);
            return run > length && ForeignRunIn(at, run) == at ? run : length;
        }

        /// <summary>
        /// Where a foreign person's name starts in the capitalised run [<paramref name="start"/>, +<paramref name="run"/>) after a
        /// post, or -1: the words after the last one written with Vietnamese diacritics (the body's, <c>Bộ trưởng Công Thương Anton
        /// Alikhanov</c>), two to four words in plain Latin letters of which at least one no Vietnamese syllable is shaped like
        /// (<see cref="SyllableShape"/>: <c>Moon Jae In</c>, <c>Holly Donald</c>; not <c>Hun Sen</c>, which the labeller may read). A
        /// Vietnamese name carries its diacritics, so a run ending with them (<c>Tập đoàn Sun Group Đặng Minh Trường</c>) holds no
        /// foreign name; nor is a place right after a unit's level (<c>xã Ea Tul</c>), nor a brand: one a few words after a firm's
        /// head or legal form, one holding a legal form, one with a word glued on (<c>Co.op</c>), or one right after a director's or a
        /// board's post (<c>Công ty BP Petco Ltd</c>, <c>Giám đốc Google Asia</c>, <c>Hội đồng quản trị Saigon Co.op</c>).
        /// </summary>
        private readonly int ForeignRunIn(int start, int run)
        {
            int at = start + run;
            while (at > start && IsPlainLatin(_tokens[at - 1].Span.Slice(_text)) && _tokens[at - 1].Kind == TokenKind.Word)
            {
                at--;
            }

            int length = start + run - at;
            if (length is < PersonNames.MinSyllables or > 4 ||
                (at >= 2 && (TokenPatterns.At(_tokens, at - 2, "giám", "đốc") || TokenPatterns.At(_tokens, at - 2, "điều", "hành") ||
                             TokenPatterns.At(_tokens, at - 2, "quản", "trị") || TokenPatterns.At(_tokens, at - 2, "thành", "viên"))))
            {
                return -1;
            }

            // "Saigon Co.op": a word glued on after the run continues a brand.
            int after = start + run;
            if (after + 1 < _tokens.Length && !_tokens[after].HasSpaceBefore && _tokens[after].Key is "." or "-" && !_tokens[after + 1].HasSpaceBefore)
            {
                return -1;
            }

            // "xã Ea Tul", "huyện Krông Nô": right after a unit's level or its committee the run is a place. Right after a party
            // body's word ("Bí thư Đảng ủy Saigon Coop", "Chi bộ Intel") it is the unit the body is of: no foreigner holds a post in one.
            if (RightAfterUnitOrCommittee(at) || TokenPatterns.At(_tokens, at - 2, "đảng", "ủy") || TokenPatterns.At(_tokens, at - 2, "đảng", "bộ") ||
                TokenPatterns.At(_tokens, at - 2, "chi", "bộ"))
            {
                return -1;
            }

            // "Tổng Giám đốc Công ty BP Petco Ltd", "Công ty TNHH Thương mại Kim Long Group": a firm's head or legal form a few words
            // before, or a legal form in the run, makes it the firm's name.
            for (int w = at - 1; w >= Math.Max(0, at - 8) && _tokens[w].Key is not ("," or ";" or ":" or "."); w--)
            {
                if (Officials.EnterpriseHeads.StartsAt(_tokens, w) || Officials.LegalForms.Contains(_tokens[w].Key))
                {
                    return -1;
                }
            }

            bool foreign = false;
            for (int w = at; w < start + run; w++)
            {
                if (_tokens[w].Span.Length < 2 || Officials.Countries.StartsAt(_tokens, w) || Officials.LegalForms.Contains(_tokens[w].Key) ||
                    Officials.DottedLegalForms.Contains(_tokens[w].Key))
                {
                    return -1;
                }

                foreign |= !SyllableShape.IsSyllable(_tokens[w].Key);
            }

            return foreign ? at : -1;
        }

        /// <summary>A word in plain Latin letters, with no Vietnamese diacritic (<c>Konstantin</c>, not <c>Đức</c>).</summary>
        private static bool IsPlainLatin(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where a post taken up starts being told in [<paramref name="from"/>, <paramref name="to"/>) (<c>giữ chức …</c>, <c>làm …</c>), or null.</summary>
        private readonly int? TakenUpIn(int from, int to)
        {
            for (int k = from; k + 1 < to; k++)
            {
                if (TokenPatterns.At(_tokens, k, "giữ", "chức") || (_tokens[k].Key == "làm" && StartsTitleChain(k + 1)))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the clause before <paramref name="index"/> appoints someone (<c>bổ nhiệm</c>, <c>điều động</c>, <c>bầu</c>,
        /// <c>luân chuyển</c>), so that a bare <c>làm</c> there introduces the post taken up.
        /// </summary>
        private readonly bool AppointedEarlier(int index)
        {
            for (int k = index - 1; k > 0 && index - k <= 40; k--)
            {
                string key = _tokens[k].Key;
                if (key is "." or ";")
                {
                    return false;
                }

                if ((key == "nhiệm" && _tokens[k - 1].Key == "bổ") || (key == "động" && _tokens[k - 1].Key == "điều") ||
                    (key == "chuyển" && _tokens[k - 1].Key == "luân") || key == "bầu")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A unit level glued to its name by a dot, spelled out: <c>Q.Tân Phú</c> → <c>quận Tân</c> (the name's
        /// other syllables follow as words), <c>H.Nghĩa Hành</c> → <c>huyện Nghĩa</c>, <c>TP.Vinh</c> → <c>thành phố Vinh</c>.
        /// </summary>
        private readonly string? GluedUnit(Token token)
        {
            var text = token.Span.Slice(_text);
            int dot = text.IndexOf('.');
            if (dot <= 0 || dot + 1 >= text.Length || !char.IsUpper(text[dot + 1]) || text[(dot + 1)..].IndexOf('.') >= 0)
            {
                return null;
            }

            string? level = VietnameseOrthography.Key(text[..dot]) switch
            {
                "q" => "quận", "h" => "huyện", "p" => "phường", "x" => "xã", "tp" => "thành phố", "tx" => "thị xã", "tt" => "thị trấn",
                _ => null,
            };
            // "TP.HCM" is an abbreviation of its own.
            return level is null || Officials.Abbreviations.ContainsKey(token.Key) ? null : $"{level} {text[(dot + 1)..]}";
        }

        /// <summary>
        /// Where a person's name starts in the capitalised run at <paramref name="start"/>, or -1 when the
        /// run is all place. After a unit level (<c>xã</c>) the place needs at least one syllable, so
        /// <c>xã Hoàng Hoa Thám</c> is a place and <c>xã Lê Lợi Trần Văn Bình</c> a place and a person.
        /// </summary>
        private readonly int PersonSplit(int start, bool afterLevel)
        {
            int run = 0;
            // A capitalised word that opens the next sentence of a run-in subheading ("… Lê Thị Kim Hoa Theo kết luận …") ends the run.
            // A body's term ("HĐND Thành phố Hà Nội Khóa XVI đối với ông A") ends it too: no name goes on with "Khóa XVI".
            while (start + run < _tokens.Length && _tokens[start + run].Kind == TokenKind.Word && _tokens[start + run].IsCapitalized &&
                   !(run > 0 && SentenceOpeners.Contains(_tokens[start + run].Key)) && TermEnd(start + run) == start + run)
            {
                run++;
            }

            // "Trường Cao Đẳng Việt Đức": a school's level written in capitals opens the run and is the body's; a person, if any, comes
            // after the school's own name.
            int school = _tokens[start].Key == "trường" ? start + 1 : start;
            if (school > 0 && _tokens[school - 1].Key == "trường" && SchoolLevelPhrases.TryMatch(_tokens, school, out _, out int level))
            {
                return school + level < start + run ? PersonSplit(school + level, afterLevel: false) : -1;
            }

            // "Bí thư Tỉnh ủy Ksor Phước", "Chủ tịch HĐND tỉnh Y Biêr Niê": a name of the Central Highlands' peoples, which opens or
            // closes with their family name and no province or district does, is the person.
            if (run is >= 2 and <= 4 && PersonNames.OpensHighlandName(_tokens, start))
            {
                return start;
            }

            // "Bệnh viện Răng Hàm Mặt Trung ương": a body's field of three words or more, capitalised, whose middle word is a family name.
            if (run >= 3 && Officials.BodyCompounds.TryMatch(_tokens, start, out _, out int field) && field >= 3)
            {
                return -1;
            }

            // "Giám đốc Vườn quốc gia Hoàng Liên", "Ban quản lý Khu bảo tồn Pù Luông": parks and reserves are named after their
            // mountains and forests; two syllables right after such a head are the place, not a person.
            if (run == 2 && Officials.NaturePlaceHeads.EndsBefore(_tokens, start, 3))
            {
                return -1;
            }

            // "Công ty Cổ phần Than Hà Tu-Vinacomin Nguyễn Việt Thanh": a run glued by a hyphen to a capitalised word is part of a
            // name joined to another (a firm's and its group's); no Vietnamese person's name is, so the person, if any, comes after
            // it. (A Korean given name's second part is in lower case: "Park Min-jun".)
            if (run > 0 && start + run + 1 < _tokens.Length && _tokens[start + run].Key == "-" && !_tokens[start + run].HasSpaceBefore &&
                !_tokens[start + run + 1].HasSpaceBefore && (_tokens[start + run + 1].IsCapitalized || _tokens[start + run + 1].Kind == TokenKind.Abbreviation))
            {
                return -1;
            }

            // "Đoàn Luật sư", "Hội Nhà báo": a run whose last syllable the lower-case syllable after it joins into a word
            // ends a word's head, which no name ends with.
            if (run > 0 && start + run < _tokens.Length && _tokens[start + run].Kind == TokenKind.Word && !_tokens[start + run].IsCapitalized &&
                ContinuesWord(start + run))
            {
                run--;
            }

            // "Bí thư Đoàn TNCS Hồ Chí Minh Trường Đại học A", "Đội Thiếu niên Tiền phong Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ
            // Chí Minh": the bodies named after him carry his name, and no person is it here; a person may still follow it.
            if (run >= 3 && TokenPatterns.At(_tokens, start, "hồ", "chí", "minh") &&
                (start >= 1 && _tokens[start - 1].Key == "tncs" || TokenPatterns.At(_tokens, start - 2, "cộng", "sản") ||
                 TokenPatterns.At(_tokens, start - 2, "tiền", "phong") || TokenPatterns.At(_tokens, start - 2, "quốc", "gia")))
            {
                return run > 3 ? PersonSplit(start + 3, afterLevel: false) : -1;
            }

            // "Chủ tịch Tập đoàn Hoàng Anh Gia Lai": after a firm's head, a run of four that ends with a province is the firm's name
            // (a person's may end with one: "Trương Hòa Bình").
            if (run == 4 && IsPlace(start + 2, 2) && Officials.EnterpriseHeads.EndsBefore(_tokens, start, 3))
            {
                return -1;
            }

            // "Hiệu trưởng Trường THPT Chu Văn An, thầy Nguyễn Văn B": a school named after a person, whose head is introduced after it.
            if (run > 0 && AfterNamingHead(_tokens, start) && start + run + 1 < _tokens.Length && _tokens[start + run].Key is "," or "-" or "–" &&
                PersonNames.IntroducerAt(_tokens, start + run + 1) is int introducer and > 0 &&
                PersonNames.NameAt(_tokens, start + run + 1 + introducer, introduced: true) > 0)
            {
                return -1;
            }

            // "Bí thư thứ nhất Trung ương Đoàn Bùi Quang Huy": the Youth Union's central committee is "Trung ương Đoàn" (also "T.Ư Đoàn",
            // "TƯ Đoàn", "TW Đoàn"), so a family name after it starts the person.
            if (run >= 3 && _tokens[start].Key == "đoàn" &&
                (start >= 2 && _tokens[start - 2].Key == "trung" && _tokens[start - 1].Key == "ương" || start >= 1 && _tokens[start - 1].Key is "t.ư" or "tư" or "tw" or "t.w") &&
                Officials.FamilyNames.Contains(_tokens[start + 1].Key))
            {
                return start + 1;
            }

            // "Chủ tịch Quốc hội Lào Pany Yathotou": after a country, the rest of the run is a foreign name.
            // Not right after a unit's level or its committee: "huyện Anh Sơn", "Huyện ủy Anh Sơn" are a district, not England.
            if (CountryAt(start) is int country and > 0 && run - country is >= PersonNames.MinSyllables and <= 4 && !RightAfterUnitOrCommittee(start))
            {
                return start + country;
            }

            // "Bộ trưởng Tư pháp Konstantin Chuichenko": the run turns foreign after the body's words.
            if (ForeignRunIn(start, run) is int foreign and >= 0)
            {
                return foreign;
            }

            // "Bí thư Huyện ủy Lâm Bình": after a unit's level or its committee, a known district is the place, whatever its syllables.
            bool afterUnit = afterLevel || RightAfterUnitOrCommittee(start);
            if (afterUnit && run > 0 && IsDistrict(start, run))
            {
                return -1;
            }

            // "UBND tỉnh Bắc Ninh Trần Lưu Hậu", "Huyện ủy Lâm Bình Hoàng Văn A": a known province (or, after a unit, district), then a
            // family name, is a place and a person.
            for (int k = 1; k <= run - PersonNames.MinSyllables; k++)
            {
                if (run - k <= 4 && Officials.FamilyNames.Contains(_tokens[start + k].Key) && (IsPlace(start, k) || afterUnit && IsDistrict(start, k)) &&
                    !IsPlace(start + k, run - k))
                {
                    return start + k;
                }
            }

            // "UBND huyện Vũ Thị Bích Ngọc": a family name then a middle name is a person even right after a level; not after a
            // school's or a hospital's head, which are named after people ("Trường Tiểu học Lê Văn Tám", "Trường THPT Phan Đăng Lưu").
            bool personFirst = run >= 3 && Officials.FamilyNames.Contains(_tokens[start].Key) && Officials.MiddleNames.Contains(_tokens[start + 1].Key) &&
                               !AfterNamingHead(_tokens, start);
            // "Bộ Tài chính Đỗ Hoàng Anh Tuấn": a run that is a whole name, not after a unit level, is the person.
            // ("Chi nhánh Văn phòng Đăng ký đất đai La Gi": two syllables that name a known district end a body's name instead.)
            if (!afterLevel && run >= PersonNames.MinSyllables && run <= 4 && Officials.FamilyNames.Contains(_tokens[start].Key) && !IsPlace(start, run) && !IsPlace(start, 2) &&
                !(run == 2 && IsDistrict(start, run)) && AllSyllables(start, start + run))
            {
                return start;
            }

            // "Phó Giám đốc Sở Xây dựng TP Lâm Quốc Vinh": after TP or tỉnh the place is a known city or province, so a
            // run that starts with a family name and begins with none of them is a person, and the bare level is the article's.
            // "Chủ tịch UBND tỉnh Nguyễn Bốn": every province's name is known, so after "tỉnh" two words will do; after TP two words
            // stay a place, since a city's name may be one the tables lack.
            if (afterLevel && AfterCityLevel(start) && Officials.FamilyNames.Contains(_tokens[start].Key) && !StartsWithCity(start, run) &&
                (run is >= 3 and <= 4 || (run == 2 && _tokens[start - 1].Key == "tỉnh" && !IsDistrict(start, run) && AllSyllables(start, start + run))))
            {
                return start;
            }

            // "Trường Đại học Phan Châu Trinh": a school named after a person in full is not cut into a place and a two-syllable name.
            bool schoolNamedAfterPerson = AfterNamingHead(_tokens, start) && Officials.FamilyNames.Contains(_tokens[start].Key);
            // "Bí thư Đảng ủy Công ty Than Hà Lầm": a firm's own name is longer than one syllable, so right after a firm's head a
            // single word and a two-syllable "name" are the firm's name, not the firm's first word and a person.
            bool afterFirmHead = Officials.EnterpriseHeads.EndsBefore(_tokens, start, 3);
            // Prefer a family name followed by a middle name ("xã Cao Dương Phạm Thị Thoa" → Phạm Thị Thoa), then any family name.
            for (int pass = 0; pass < 2; pass++)
            {
                for (int k = afterLevel && !personFirst ? 1 : 0; k <= run - PersonNames.MinSyllables; k++)
                {
                    int remaining = run - k;
                    bool middle = remaining >= 3 && Officials.MiddleNames.Contains(_tokens[start + k + 1].Key);
                    // "Trưởng ban Tổ chức Thành ủy TPHCM Văn Thị Bạch Tuyết": "Thị" follows the family name, whichever (a rare one too).
                    if (remaining <= 4 && (Officials.FamilyNames.Contains(_tokens[start + k].Key) || remaining >= 3 && PersonNames.BeforeThi(_tokens, start + k)) && !IsPlace(start + k, remaining) && !PersonNames.YouthUnionOfLevel(_tokens, start + k) &&
                        (!afterLevel || remaining >= 3 || k > 0) && (pass == 1 || middle) && AllSyllables(start + k, start + run) &&
                        !(schoolNamedAfterPerson && k > 0 && remaining == 2) && !(afterFirmHead && k == 1 && remaining == 2) &&
                        !(remaining == 2 && PersonNames.IsLetter(_tokens[start + run - 1])) && !(remaining == 2 && IsDistrict(start + k, 2)) &&
                        !(k > 0 && PlaceEndsAt(start + k, remaining)) &&
                        // "huyện Nga Sơn Thịnh Văn Huyên": a family name that ends a known place's name with the words before it is the
                        // place's last syllable, not the person's first.
                        !(k > 0 && (IsPlace(start, k + 1) || IsDistrict(start, k + 1))))
                    {
                        return start + k;
                    }
                }
            }

            return -1;
        }

        /// <summary>
        /// Every word in [<paramref name="from"/>, <paramref name="to"/>) is shaped like a Vietnamese syllable: a family name
        /// before a foreign word (<c>Công ty Sao Mai Global</c>) starts a firm's name, not a person's.
        /// </summary>
        private readonly bool AllSyllables(int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                if (!SyllableShape.IsSyllable(_tokens[k].Key))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Capitalises committee words (<c>huyện ủy</c> → <c>Huyện ủy</c>) and names a bare unit after the
        /// article's own (<c>Huyện ủy</c> → <c>Huyện ủy Yên Thành</c>, <c>Ủy ban nhân dân huyện</c> → <c>… huyện Yên Thành</c>).
        /// </summary>
        private readonly string Resolve(string body)
        {
            var words = body.Split(' ').ToList();
            var tokens = Tokenizer.Tokenize(body).ToArray();
            for (int k = 0; k + 1 < tokens.Length; k++)
            {
                if (Officials.LevelCommittees.StartsAt(tokens, k) && char.IsLower(body[tokens[k].Span.Start]))
                {
                    int wordIndex = body[..tokens[k].Span.Start].Count(c => c == ' ');
                    words[wordIndex] = string.Concat(words[wordIndex][..1].ToUpperInvariant(), words[wordIndex][1..]);
                }
            }

            // A body's name starts with a capital ("ban Dân vận" → "Ban Dân vận").
            words[0] = string.Concat(words[0][..1].ToUpperInvariant(), words[0][1..]);
            string resolved = string.Join(' ', words);
            var subject = context.Subject;
            if (subject?.UnitName is not string unitName || subject.UnitLevel is not string level)
            {
                return ResolveProvince(resolved, tokens);
            }

            // Ends with the committee of the article's level ("Huyện ủy") or the level itself ("… huyện").
            if (tokens.Length > 0 && Officials.LevelCommittees.Find(tokens, tokens.Length - 2, tokens.Length, out string? committeeLevel, out int committeeLength) is int c and >= 0 &&
                c + committeeLength == tokens.Length && committeeLevel == level)
            {
                return $"{resolved} {CityWrittenOut(unitName)}";
            }

            if (tokens.Length > 1 && Officials.UnitLevels.TryMatch(tokens, tokens.Length - 1, out string? trailing, out _) && trailing == level && !tokens[^1].IsCapitalized)
            {
                return $"{resolved} {unitName}";
            }

            return ResolveProvince(resolved, tokens);
        }

        /// <summary>A place as a body's name ends with it: "Hồ Chí Minh" alone is the man, so the city is written out.</summary>
        private static string CityWrittenOut(string place) =>
            VietnameseOrthography.Key(place) == "hồ chí minh" ? $"Thành phố {place}" : place;

        /// <summary>
        /// Names a bare provincial body after the one province the article names: <c>Tỉnh ủy</c> → <c>Tỉnh ủy Lạng Sơn</c>,
        /// <c>Ủy ban nhân dân tỉnh</c> → <c>… tỉnh Lạng Sơn</c>; in a city under the centre <c>Thành ủy</c> and
        /// <c>Công an thành phố</c> (written <c>TP</c>) likewise. Left bare when the article names no province or several.
        /// </summary>
        private readonly string ResolveProvince(string resolved, Token[] tokens)
        {
            if (context.ClearProvince is not string province || tokens.Length == 0)
            {
                return resolved;
            }

            bool central = Officials.CentralCities.Contains(VietnameseOrthography.Key(province));
            string city = CityWrittenOut(province);
            if (tokens.Length >= 2 && Officials.LevelCommittees.Find(tokens, tokens.Length - 2, tokens.Length, out string? committeeLevel, out int length) is int c and >= 0 &&
                c + length == tokens.Length && committeeLevel == (central ? "thành phố" : "tỉnh"))
            {
                return $"{resolved} {city}";
            }

            if (tokens.Length > 1 && !tokens[^1].IsCapitalized && Officials.UnitLevels.Find(tokens, tokens.Length - 2, tokens.Length, out string? level, out int levelLength) is int l and >= 0 &&
                l + levelLength == tokens.Length && level == (central ? "thành phố" : "tỉnh"))
            {
                return central && city != province ? $"{string.Join(' ', resolved.Split(' ')[..^levelLength])} {city}" : $"{resolved} {province}";
            }

            return resolved;
        }
    }
}
