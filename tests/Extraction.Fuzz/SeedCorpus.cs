using System.Text;

namespace Extraction.Fuzz;

/// <summary>
/// The material the generators damage: the repository's seed articles (<c>corpus/seeds/*.txt</c>) and real-layout
/// pages (<c>corpus/html/*.html</c>, some in legacy encodings), read once, in ordinal order of their names.
/// </summary>
public sealed class SeedCorpus
{
    private SeedCorpus(IReadOnlyList<byte[]> texts, IReadOnlyList<byte[]> pages)
    {
        Texts = texts;
        Pages = pages;
    }

    /// <summary>Plain-text articles (UTF-8 bytes).</summary>
    public IReadOnlyList<byte[]> Texts { get; }

    /// <summary>HTML pages, as stored (not all UTF-8).</summary>
    public IReadOnlyList<byte[]> Pages { get; }

    /// <summary>Reads the corpus under <paramref name="root"/> (the folder holding <c>seeds/</c> and <c>html/</c>).</summary>
    /// <exception cref="DirectoryNotFoundException">Either folder is missing or empty.</exception>
    public static SeedCorpus Load(string root)
    {
        var texts = Read(Path.Combine(root, "seeds"), "*.txt");
        var pages = Read(Path.Combine(root, "html"), "*.html");
        return new SeedCorpus(texts, pages);
    }

    /// <summary>The repository's <c>corpus/</c>, found by walking up from <paramref name="start"/> to the folder that holds <c>Extraction.sln</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder above <paramref name="start"/>.</exception>
    public static string FindRepositoryCorpus(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        throw new DirectoryNotFoundException($"No Extraction.sln above {start}.");
    }

    /// <summary>A plain-text fact sentence of the kind the extractors read (admission, discipline, award, official).</summary>
    public static string FactSentence(Random random, int i) => (i % 4) switch
    {
        0 => $"Năm {2000 + random.Next(26)}, Đảng bộ xã kết nạp {1 + random.Next(300)} đảng viên mới. ",
        1 => $"Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật khiển trách {1 + random.Next(9)} đảng viên vi phạm. ",
        2 => $"Đồng chí Nguyễn Văn {(char)('A' + random.Next(26))}, Bí thư Đảng ủy xã, trao Huy hiệu 30 năm tuổi Đảng cho {1 + random.Next(50)} đồng chí. ",
        _ => $"kết nạp {1 + random.Next(20)} đảng viên ",
    };

    private static List<byte[]> Read(string folder, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The corpus folder {folder} is missing.");
        }

        var files = Directory.GetFiles(folder, pattern).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        return files.Count > 0 ? files : throw new DirectoryNotFoundException($"The corpus folder {folder} holds no {pattern}.");
    }

    internal static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
