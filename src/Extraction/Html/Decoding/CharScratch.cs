using System.Text;

namespace Extraction.Html.Decoding;

/// <summary>
/// One worker's reusable character buffer for decoded pages. It grows to the largest page the worker has seen and is
/// kept, so that decoding a page does not allocate a large-object-heap string each time. Not thread-safe.
/// </summary>
internal sealed class CharScratch
{
    private char[] _chars = [];

    /// <summary>Decodes valid UTF-8 into the buffer; the result is valid until the next call.</summary>
    public ReadOnlyMemory<char> DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        int count = Encoding.UTF8.GetCharCount(bytes);
        if (_chars.Length < count)
        {
            _chars = new char[Math.Max(count, _chars.Length * 2)];
        }

        int written = Encoding.UTF8.GetChars(bytes, _chars);
        return _chars.AsMemory(0, written);
    }
}
