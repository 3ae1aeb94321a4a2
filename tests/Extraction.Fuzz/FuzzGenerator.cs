using System.IO.Compression;
using System.Text;

namespace Extraction.Fuzz;

/// <summary>
/// Deterministic hostile inputs made from a <see cref="SeedCorpus"/>: case <c>i</c> of seed <c>s</c> is the same file
/// on every run and machine (its own <see cref="Random"/> seeded from <c>s</c> and <c>i</c>), whatever count is
/// asked for. Generators take turns by a fixed weighted schedule, so any run of a few hundred cases covers all of them.
/// </summary>
public sealed class FuzzGenerator
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static readonly string[] Entities =
    [
        "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#x1EA1;", "&#7843;", "&#273;", "&Aacute;", "&agrave;", "&#xD800;",
        "&#0;", "&#x110000;", "&#99999999999;", "&#xFFFE;", "&foo;", "&amp;amp;amp;", "&nbsp", "&#x1EA1", "&#", "&#x;", "&;",
    ];

    private static readonly string[] SoupTags =
    [
        "<b><i>", "</b></i>", "<table>", "<tr><td>", "</td></tr></table>", "</p>", "<p>", "</div>", "<li>", "<ul>",
        "<!--", "-->", "<![CDATA[", "]]>", "<textarea>", "<noscript>", "<template>", "<svg><foreignObject><p>", "<math><mi>",
        "<select><option>", "</body></html>", "<html><body>", "<form>", "<frameset>", "<title>", "<style>", "<xmp>",
        "<plaintext>", "<a href='", "<img src=\"x", "<br/>", "</br>", "<hr>", "<h1>", "</h2>",
    ];

    private static readonly string PunctuationMarks = ".,;:!?…-–—()[]\"'«»/*•";

    private readonly SeedCorpus _corpus;
    private readonly FuzzScale _scale;
    private readonly (string Name, Func<Random, int, FuzzCase> Make)[] _schedule;

    /// <summary>Creates a generator over <paramref name="corpus"/> at <paramref name="scale"/>.</summary>
    public FuzzGenerator(SeedCorpus corpus, FuzzScale scale)
    {
        _corpus = corpus;
        _scale = scale;
        (string, int, Func<Random, int, FuzzCase>)[] weighted =
        [
            ("byteFlip", 3, ByteFlip), ("truncate", 3, Truncate), ("deepNest", 2, DeepNest), ("hugeAttribute", 1, HugeAttribute),
            ("entityFlood", 2, EntityFlood), ("randomUnicode", 3, RandomUnicode), ("splice", 2, Splice), ("binary", 2, Binary),
            ("repeat", 1, Repeat), ("reencode", 3, Reencode), ("factLine", 1, FactLine), ("punctuationFlood", 1, PunctuationFlood),
            ("tagSoup", 4, TagSoup), ("iframeSrcdoc", 1, IframeSrcdoc), ("warc", 3, Warc), ("zipBomb", 1, ZipBomb), ("zip", 1, Zip),
            ("gzip", 1, Gzip), ("jsonLines", 3, JsonLines),
        ];

        // Round robin by weight: the first Σweight cases already hold every generator.
        var schedule = new List<(string, Func<Random, int, FuzzCase>)>();
        for (int round = 0; round < weighted.Max(w => w.Item2); round++)
        {
            schedule.AddRange(weighted.Where(w => w.Item2 > round).Select(w => (w.Item1, w.Item3)));
        }

        _schedule = [.. schedule];
    }

    /// <summary>The generators' names, in schedule order (with repeats for their weight).</summary>
    public IEnumerable<string> Schedule => _schedule.Select(s => s.Name);

    /// <summary>Cases <c>0 … count-1</c> of <paramref name="seed"/>, made lazily one at a time.</summary>
    public IEnumerable<FuzzCase> Generate(int seed, int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return Case(seed, i);
        }
    }

    /// <summary>Case <paramref name="index"/> of <paramref name="seed"/>.</summary>
    public FuzzCase Case(int seed, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var (_, make) = _schedule[index % _schedule.Length];
        return make(random, index);
    }

    private int Scaled(Random random, int min, int max)
    {
        // Log-uniform between the scaled bounds: mostly small, now and then the issue's full size.
        double lo = Math.Max(1, min * _scale.Size), hi = Math.Max(lo + 1, max * _scale.Size);
        return (int)Math.Exp(Math.Log(lo) + (random.NextDouble() * (Math.Log(hi) - Math.Log(lo))));
    }

    private static string Named(int index, string generator, string extension) => $"{index:D5}-{generator}{extension}";

    private static FuzzCase Page(int index, string generator, byte[] bytes) => new(Named(index, generator, ".html"), generator, bytes, false);

    private static FuzzCase Text(int index, string generator, byte[] bytes) => new(Named(index, generator, ".txt"), generator, bytes, false);

    private (byte[] Bytes, bool Html) AnySource(Random random) => random.Next(10) < 7
        ? (_corpus.Pages[random.Next(_corpus.Pages.Count)], true)
        : (_corpus.Texts[random.Next(_corpus.Texts.Count)], false);

    private byte[] AnyPage(Random random) => _corpus.Pages[random.Next(_corpus.Pages.Count)];

    private FuzzCase Source(int index, string generator, byte[] bytes, bool html) =>
        html ? Page(index, generator, bytes) : Text(index, generator, bytes);

    private static string Fact(Random random) => SeedCorpus.FactSentence(random, random.Next(4));

    private static string Wrap(string body) => $"<html><head><meta charset=\"utf-8\"><title>Tin</title></head><body>{body}</body></html>";

    private FuzzCase ByteFlip(Random random, int index)
    {
        var (source, html) = AnySource(random);
        byte[] bytes = (byte[])source.Clone();
        int flips = 1 + random.Next(64);
        for (int k = 0; k < flips; k++)
        {
            int at = random.Next(bytes.Length);
            bytes[at] = random.Next(3) switch { 0 => (byte)(bytes[at] ^ (1 << random.Next(8))), 1 => (byte)random.Next(256), _ => 0 };
        }

        return Source(index, "byteFlip", bytes, html);
    }

    private FuzzCase Truncate(Random random, int index)
    {
        var (source, html) = AnySource(random);
        return Source(index, "truncate", source[..random.Next(source.Length + 1)], html);
    }

    private FuzzCase DeepNest(Random random, int index)
    {
        int depth = Scaled(random, 1_000, 200_000);
        string[] tags = ["div", "span", "b", "blockquote", "section", "font", "a", "ul", "table", "p"];
        string tag = tags[random.Next(tags.Length)];
        string open = tag switch { "ul" => "<ul><li>", "table" => "<table><tr><td>", "a" => "<a href=\"#\">", _ => $"<{tag}>" };
        string close = tag switch { "ul" => "</li></ul>", "table" => "</td></tr></table>", _ => $"</{tag}>" };
        bool closed = random.Next(2) == 0;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, open, depth);
        html.Append("<p>").Append(Fact(random)).Append("</p>");
        if (closed)
        {
            html.Insert(html.Length, close, depth);
        }

        html.Append("<p>").Append(Fact(random)).Append("</p></body></html>");
        return Page(index, "deepNest", Encoding.UTF8.GetBytes(html.ToString()));
    }

    private FuzzCase HugeAttribute(Random random, int index)
    {
        int size = Scaled(random, 10_000, 1_000_000);
        var html = new StringBuilder("<html><body><div ");
        switch (random.Next(4))
        {
            case 0:
                html.Append('a', size).Append("=\"x\"");
                break;
            case 1:
                html.Append("data-x=\"").Append('đ', size / 2).Append('"');
                break;
            case 2:
                for (int k = 0; k < size / 6; k++)
                {
                    html.Append("a").Append(k).Append("=1 ");
                }

                break;
            default:
                // An attribute value that never closes swallows the rest of the page.
                html.Append("title='").Append('x', size);
                break;
        }

        html.Append("><p>").Append(Fact(random)).Append("</p></div></body></html>");
        return Page(index, "hugeAttribute", Encoding.UTF8.GetBytes(html.ToString()));
    }

    private FuzzCase EntityFlood(Random random, int index)
    {
        int count = Scaled(random, 1_000, 100_000);
        var body = new StringBuilder("<p>").Append(Fact(random));
        for (int k = 0; k < count; k++)
        {
            body.Append(Entities[random.Next(Entities.Length)]);
            if (random.Next(8) == 0)
            {
                body.Append(' ');
            }
        }

        body.Append("</p><p>").Append(Fact(random)).Append("</p>");
        return random.Next(4) == 0
            ? Text(index, "entityFlood", Encoding.UTF8.GetBytes(body.ToString()))
            : Page(index, "entityFlood", Encoding.UTF8.GetBytes(Wrap(body.ToString())));
    }

    /// <summary>Unicode scalar values from everywhere: unassigned planes, noncharacters, marks, CJK, private use.</summary>
    public static int RandomScalar(Random random) => random.Next(12) switch
    {
        0 => random.Next(0x20, 0x7F),
        1 => "ạảãàáâậầấẩẫăắằặẳẵđĐêềếểễệôồốổỗộơờớởỡợưừứửữựỳýỷỹỵ"[random.Next(48)],
        2 => random.Next(0x0300, 0x0370),
        3 => random.Next(0x80, 0xD800),
        4 => random.Next(0xE000, 0x10000),
        5 => random.Next(0x10000, 0x30000),
        6 => random.Next(0x30000, 0xE0000),
        7 => random.Next(0xE0000, 0x110000),
        8 => (random.Next(17) << 16) | 0xFFFE | random.Next(2),
        9 => random.Next(0xFDD0, 0xFDF0),
        10 => " \n\t.,"[random.Next(5)],
        _ => random.Next(0x1E00, 0x1F00),
    };

    private FuzzCase RandomUnicode(Random random, int index)
    {
        int length = Scaled(random, 5, 100_000);
        var text = new StringBuilder();
        bool facts = random.Next(2) == 0;
        for (int k = 0; k < length; k++)
        {
            text.Append(char.ConvertFromUtf32(RandomScalar(random)));
            if (facts && random.Next(200) == 0)
            {
                text.Append(' ').Append(Fact(random));
            }
        }

        return random.Next(3) == 0
            ? Page(index, "randomUnicode", Encoding.UTF8.GetBytes(Wrap("<p>" + text + "</p>")))
            : Text(index, "randomUnicode", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private FuzzCase Splice(Random random, int index)
    {
        var (a, html) = AnySource(random);
        var (b, _) = AnySource(random);
        byte[] bytes = [.. a.AsSpan(0, random.Next(a.Length + 1)), .. b.AsSpan(random.Next(b.Length + 1))];
        return Source(index, "splice", bytes, html);
    }

    private FuzzCase Binary(Random random, int index)
    {
        byte[][] magics =
        [
            [], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "%PDF-1.4\n"u8.ToArray(), [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B, 0x08, 0x00],
            [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0x7F, 0x45, 0x4C, 0x46], [0x00, 0x00, 0xFE, 0xFF], "<html>"u8.ToArray(),
        ];
        byte[] magic = magics[random.Next(magics.Length)];
        byte[] bytes = new byte[magic.Length + Scaled(random, 1, 1_000_000)];
        random.NextBytes(bytes);
        magic.CopyTo(bytes, 0);
        return Source(index, "binary", bytes, random.Next(2) == 0);
    }

    private FuzzCase Repeat(Random random, int index)
    {
        var (source, html) = AnySource(random);
        int times = Math.Max(2, (int)((10 + random.Next(51)) * Math.Min(1, _scale.Size * 4)));
        var bytes = new byte[source.Length * times];
        for (int k = 0; k < times; k++)
        {
            source.CopyTo(bytes, k * source.Length);
        }

        return Source(index, "repeat", bytes, html);
    }

    private FuzzCase Reencode(Random random, int index)
    {
        var (source, html) = AnySource(random);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(source);
        }
        catch (DecoderFallbackException)
        {
            // A page in a legacy encoding: read its bytes as Windows-1252, the way a careless converter would.
            text = CodePages.Get(1252).GetString(source);
        }

        bool bom = random.Next(2) == 0;
        Encoding encoding = random.Next(7) switch
        {
            0 => new UnicodeEncoding(bigEndian: false, byteOrderMark: bom),
            1 => new UnicodeEncoding(bigEndian: true, byteOrderMark: bom),
            2 => new UTF32Encoding(bigEndian: false, byteOrderMark: bom),
            3 => new UTF32Encoding(bigEndian: true, byteOrderMark: bom),
            4 => CodePages.Get(1258),
            5 => CodePages.Get(1252),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };

        if (encoding.CodePage == 1258)
        {
            // Windows-1258 writes tones as combining marks after the base letter.
            text = text.Normalize(NormalizationForm.FormD);
        }

        // GetPreamble is empty unless the encoding was made to write a byte-order mark.
        byte[] preamble = encoding.GetPreamble();
        return Source(index, "reencode", [.. preamble, .. encoding.GetBytes(text)], html);
    }

    private FuzzCase FactLine(Random random, int index)
    {
        int size = Scaled(random, 10_000, 3_000_000);
        int kind = random.Next(4);
        var line = new StringBuilder(size + 200);
        while (line.Length < size)
        {
            line.Append(SeedCorpus.FactSentence(random, kind));
        }

        return random.Next(2) == 0
            ? Text(index, "factLine", Encoding.UTF8.GetBytes(line.ToString()))
            : Page(index, "factLine", Encoding.UTF8.GetBytes(Wrap("<p>" + line + "</p>")));
    }

    private FuzzCase PunctuationFlood(Random random, int index)
    {
        int count = Scaled(random, 10_000, 1_000_000);
        bool spaces = random.Next(2) == 0;
        char single = PunctuationMarks[random.Next(PunctuationMarks.Length)];
        bool mixed = random.Next(2) == 0;
        var text = new StringBuilder(Fact(random));
        for (int k = 0; k < count; k++)
        {
            text.Append(mixed ? PunctuationMarks[random.Next(PunctuationMarks.Length)] : single);
            if (spaces && random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        text.Append(' ').Append(Fact(random));
        return random.Next(2) == 0
            ? Text(index, "punctuationFlood", Encoding.UTF8.GetBytes(text.ToString()))
            : Page(index, "punctuationFlood", Encoding.UTF8.GetBytes(Wrap("<p>" + text + "</p>")));
    }

    private FuzzCase TagSoup(Random random, int index)
    {
        // Latin-1 keeps every byte of a page in a legacy encoding as it was; the markup is ASCII.
        string page = Latin1.GetString(AnyPage(random));
        int operations = 1 + random.Next(5);
        for (int k = 0; k < operations; k++)
        {
            page = random.Next(6) switch
            {
                0 => DropClosing(page, random),
                1 => ScriptInParagraph(page, random),
                2 => InsertAt(page, random, SoupTags[random.Next(SoupTags.Length)]),
                3 => InsertAt(page, random, "<table><tr><td>" + L1(Fact(random))),
                4 => DeleteTag(page, random),
                _ => InsertAt(page, random, "<p>" + L1(Fact(random)) + "<script>document.write('</p><p>')</script>"),
            };
        }

        return Page(index, "tagSoup", Latin1.GetBytes(page));
    }

    private static string L1(string text) => Latin1.GetString(Encoding.UTF8.GetBytes(text));

    private static string InsertAt(string page, Random random, string insert) => page.Insert(random.Next(page.Length + 1), insert);

    private static string DropClosing(string page, Random random)
    {
        // An unclosed table (or list, or paragraph): every closing tag of one kind removed.
        string[] kinds = ["</table>", "</tr>", "</td>", "</p>", "</div>", "</li>", "</ul>", "</a>", "</span>"];
        return page.Replace(kinds[random.Next(kinds.Length)], "", StringComparison.OrdinalIgnoreCase);
    }

    private static string ScriptInParagraph(string page, Random random)
    {
        int at = page.IndexOf("<p", random.Next(Math.Max(1, page.Length)), StringComparison.OrdinalIgnoreCase);
        at = at < 0 ? page.IndexOf("<p", StringComparison.OrdinalIgnoreCase) : at;
        int end = at < 0 ? -1 : page.IndexOf('>', at);
        string script = random.Next(3) switch
        {
            0 => "<script>var s = \"</p><p>" + L1("kết nạp 9 đảng viên") + "\"; if (a < b && c) { x = '<!--'; }</script>",
            1 => "<script>", // never closed: the rest of the page is script
            _ => "<script type=\"text/template\"><p>" + L1("Đảng bộ kết nạp 7 đảng viên mới.") + "</p></script>",
        };
        return end < 0 ? script + page : page.Insert(end + 1, script);
    }

    private static string DeleteTag(string page, Random random)
    {
        int at = page.IndexOf('<', random.Next(Math.Max(1, page.Length)));
        int end = at < 0 ? -1 : page.IndexOf('>', at);
        return end < 0 ? page : page.Remove(at, random.Next(2) == 0 ? end - at + 1 : 1);
    }

    private FuzzCase IframeSrcdoc(Random random, int index)
    {
        // Each level escapes the page below it once more, so the innermost text is &amp;amp;… deep.
        string inner = "<p>" + Fact(random) + "</p>";
        int levels = 1 + random.Next(8);
        for (int k = 0; k < levels; k++)
        {
            inner = $"<div><p>{Fact(random)}</p><iframe srcdoc=\"{inner.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)}\"></iframe></div>";
        }

        return Page(index, "iframeSrcdoc", Encoding.UTF8.GetBytes(Wrap(inner)));
    }

    private FuzzCase Warc(Random random, int index)
    {
        bool gzip = random.Next(2) == 0;
        int records = 1 + random.Next(5);
        using var file = new MemoryStream();
        for (int r = 0; r < records; r++)
        {
            byte[] record = WarcRecord(random, r);
            if (gzip)
            {
                byte[] member = GzipBytes(record);
                if (random.Next(4) == 0)
                {
                    Damage(member, random);
                }

                file.Write(member);
            }
            else
            {
                file.Write(record);
            }
        }

        byte[] bytes = file.ToArray();
        if (random.Next(5) == 0)
        {
            bytes = bytes[..random.Next(bytes.Length + 1)];
        }

        return new FuzzCase(Named(index, "warc", gzip ? ".warc.gz" : ".warc"), "warc", bytes, true);
    }

    private byte[] WarcRecord(Random random, int r)
    {
        byte[] body = random.Next(3) == 0 ? TagSoup(random, 0).Bytes : AnyPage(random);
        string encodingHeader = "";
        switch (random.Next(6))
        {
            case 0:
                // Chunked with a chunk size that lies.
                body = [.. Encoding.ASCII.GetBytes($"{body.Length + random.Next(-50, 5000):x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8];
                encodingHeader = "Transfer-Encoding: chunked\r\n";
                break;
            case 1:
                // Content-Encoding gzip, sometimes damaged.
                body = GzipBytes(body);
                if (random.Next(2) == 0)
                {
                    Damage(body, random);
                }

                encodingHeader = "Content-Encoding: gzip\r\n";
                break;
        }

        byte[] block = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{encodingHeader}\r\n"), .. body];
        string type = random.Next(6) == 0 ? "request" : "response";
        string length = random.Next(3) == 0
            ? random.Next(6) switch
            {
                0 => (block.Length - random.Next(1, Math.Max(2, block.Length))).ToString(),
                1 => (block.Length + random.Next(1, 100_000)).ToString(),
                2 => "99999999999999",
                3 => "-5",
                4 => "abc",
                _ => "",
            }
            : block.Length.ToString();
        string header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{r:D12}>\r\n" +
                        $"WARC-Target-URI: http://tin.example.vn/bai-{r}.html\r\nContent-Type: application/http; msgtype=response\r\n" +
                        (length.Length > 0 ? $"Content-Length: {length}\r\n" : "") + "\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    private FuzzCase ZipBomb(Random random, int index)
    {
        bool gzip = random.Next(3) == 0;
        long inflated = _scale.MaxBytes + 1 + random.NextInt64(_scale.MaxBytes);
        byte[] filler = random.Next(2) == 0 ? new byte[1 << 16] : Repeated(AnyPage(random), 1 << 16);
        if (gzip)
        {
            using var raw = new MemoryStream();
            using (var gz = new GZipStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                WriteFilled(gz, filler, inflated);
            }

            return new FuzzCase(Named(index, "zipBomb", ".html.gz"), "zipBomb", raw.ToArray(), true);
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(archive, "truoc.html", AnyPage(random));
            using (var entry = archive.CreateEntry("bom.html", CompressionLevel.SmallestSize).Open())
            {
                WriteFilled(entry, filler, inflated);
            }

            AddEntry(archive, "sau.txt", _corpus.Texts[random.Next(_corpus.Texts.Count)]);
        }

        byte[] bytes = zip.ToArray();
        if (random.Next(2) == 0)
        {
            // The headers claim the bomb is small: a reader that trusts them allocates too little or too much.
            LieAboutSizes(bytes, 100);
        }

        return new FuzzCase(Named(index, "zipBomb", ".zip"), "zipBomb", bytes, true);
    }

    private FuzzCase Zip(Random random, int index)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            int entries = random.Next(6);
            for (int e = 0; e < entries; e++)
            {
                string name = random.Next(5) switch
                {
                    0 => $"../../ngoai-{e}.html",
                    1 => $"thu-muc/{new string('d', 200)}/{e}.htm",
                    2 => $"tệp {e}.txt",
                    3 => $"anh-{e}.png",
                    _ => $"trang-{e}.html",
                };
                AddEntry(archive, name, random.Next(3) == 0 ? ByteFlip(random, 0).Bytes : AnySource(random).Bytes);
            }
        }

        byte[] bytes = zip.ToArray();
        switch (random.Next(4))
        {
            case 0:
                bytes = bytes[..random.Next(bytes.Length + 1)];
                break;
            case 1:
                Damage(bytes, random);
                break;
            case 2:
                LieAboutSizes(bytes, random.Next(1, 1_000_000));
                break;
        }

        return new FuzzCase(Named(index, "zip", ".zip"), "zip", bytes, true);
    }

    private FuzzCase Gzip(Random random, int index)
    {
        var (source, html) = AnySource(random);
        byte[] bytes = GzipBytes(source);
        switch (random.Next(5))
        {
            case 0:
                bytes = bytes[..random.Next(bytes.Length + 1)];
                break;
            case 1:
                Damage(bytes, random);
                break;
            case 2:
                // ISIZE (the trailer's length) lies.
                BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 4), random.Next());
                break;
            case 3:
                bytes = [.. bytes, .. GzipBytes(AnySource(random).Bytes)];
                break;
        }

        return new FuzzCase(Named(index, "gzip", html ? ".html.gz" : ".txt.gz"), "gzip", bytes, true);
    }

    private FuzzCase JsonLines(Random random, int index)
    {
        var lines = new StringBuilder(random.Next(4) == 0 ? "\uFEFF" : "");
        int count = 1 + random.Next(6);
        for (int k = 0; k < count; k++)
        {
            lines.Append(random.Next(10) switch
            {
                0 => "{\"url\":\"http://tin.example.vn/" + k + "\",\"html\":\"" + new string('x', Scaled(random, 1_000, 5_000_000)) + "\"}",
                1 => "{\"html\":" + new string('[', Scaled(random, 1_000, 100_000)) + "\"<p>x</p>\"",
                2 => "{\"text\":\"\\ud800\\u0000\\uFFFE " + Fact(random) + "\"}",
                3 => "{\"html\": 5, \"text\": null}",
                4 => random.Next(2) == 0 ? "[1,2,3]" : "\"chỉ là chuỗi\"",
                5 => "{\"text\":\"" + Fact(random) + "\"", // the object never closes
                6 => "{\"url\":\"http://a\",\"text\":\"\\q\\x41\"}",
                7 => "{\"text\":\"" + new string('{', Scaled(random, 1_000, 100_000)) + "\",\"meta\":" + new string('{', 64) + "}",
                _ => "{\"url\":\"http://tin.example.vn/" + k + "\",\"html\":" + System.Text.Json.JsonSerializer.Serialize(SeedCorpus.Utf8(AnyPage(random))) + "}",
            });
            lines.Append(random.Next(4) == 0 ? "\r\n" : "\n");
            if (random.Next(5) == 0)
            {
                lines.Append('\n');
            }
        }

        return new FuzzCase(Named(index, "jsonLines", ".jsonl"), "jsonLines", Encoding.UTF8.GetBytes(lines.ToString()), true);
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] bytes)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(bytes);
    }

    private static byte[] GzipBytes(byte[] bytes)
    {
        using var raw = new MemoryStream();
        using (var gz = new GZipStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        return raw.ToArray();
    }

    private static void Damage(byte[] bytes, Random random)
    {
        for (int k = 0; k < 1 + random.Next(8) && bytes.Length > 0; k++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
        }
    }

    private static byte[] Repeated(byte[] source, int length)
    {
        byte[] bytes = new byte[length];
        for (int at = 0; at < length; at += source.Length)
        {
            source.AsSpan(0, Math.Min(source.Length, length - at)).CopyTo(bytes.AsSpan(at));
        }

        return bytes;
    }

    private static void WriteFilled(Stream stream, byte[] filler, long length)
    {
        for (long written = 0; written < length; written += filler.Length)
        {
            stream.Write(filler, 0, (int)Math.Min(filler.Length, length - written));
        }
    }

    /// <summary>Overwrites the uncompressed size of every entry (local headers and central directory) with <paramref name="size"/>.</summary>
    public static void LieAboutSizes(byte[] zip, int size)
    {
        for (int at = 0; at + 30 <= zip.Length; at++)
        {
            if (zip[at] == 0x50 && zip[at + 1] == 0x4B)
            {
                if (zip[at + 2] == 0x03 && zip[at + 3] == 0x04)
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(at + 22, 4), size);
                }
                else if (zip[at + 2] == 0x01 && zip[at + 3] == 0x02 && at + 28 <= zip.Length)
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(at + 24, 4), size);
                }
            }
        }
    }

    private static class CodePages
    {
        public static Encoding Get(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
    }
}
