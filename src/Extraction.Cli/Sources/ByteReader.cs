namespace Extraction.Cli.Sources;

/// <summary>
/// A forward-only byte reader over a stream with its own buffer: lines (up to a length limit), exact blocks,
/// skipping, and pushing bytes back (so a WARC reader can resynchronise after a record that lied about its length).
/// </summary>
internal sealed class ByteReader
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    public ByteReader(Stream stream) => _stream = stream;

    /// <summary>Bytes consumed from the reader so far (not counting bytes pushed back and read again).</summary>
    public long Position { get; private set; }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0 && _start == _end)
        {
            _start = _end = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            else
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }

        int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
            return false;
        }

        _end += n;
        return true;
    }

    /// <summary>True when no byte is left.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>
    /// Reads one line (without its LF, and without a CR before it). Null at the end. A line longer than
    /// <paramref name="maxLength"/> is consumed whole but returned as an empty array with <paramref name="tooLong"/> set.
    /// </summary>
    public byte[]? ReadLine(int maxLength, out bool tooLong)
    {
        tooLong = false;
        using var longLine = new MemoryStream();
        long length = 0;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                if (length == 0)
                {
                    return null;
                }

                return tooLong ? [] : longLine.ToArray();
            }

            int lf = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = lf < 0 ? _end : lf;
            int take = stop - _start;
            if (!tooLong && length + take > maxLength)
            {
                tooLong = true;
            }

            if (!tooLong)
            {
                longLine.Write(_buffer, _start, take);
            }

            length += take;
            Position += take;
            _start = stop;
            if (lf >= 0)
            {
                _start++;
                Position++;
                if (tooLong)
                {
                    return [];
                }

                byte[] line = longLine.ToArray();
                return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
            }
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes into <paramref name="destination"/>; fewer only at the end.</summary>
    public int Read(Span<byte> destination)
    {
        int done = 0;
        while (done < destination.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            int n = Math.Min(destination.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination[done..]);
            _start += n;
            done += n;
        }

        Position += done;
        return done;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count, Action<ReadOnlySpan<byte>>? observe = null)
    {
        long done = 0;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            int n = (int)Math.Min(count - done, _end - _start);
            observe?.Invoke(_buffer.AsSpan(_start, n));
            _start += n;
            done += n;
        }

        Position += done;
        return done;
    }

    /// <summary>Puts bytes back in front of the unread input.</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _start)
        {
            _start -= bytes.Length;
            bytes.CopyTo(_buffer.AsSpan(_start));
        }
        else
        {
            var merged = new byte[Math.Max(_buffer.Length, bytes.Length + (_end - _start) + 4096)];
            bytes.CopyTo(merged);
            _buffer.AsSpan(_start, _end - _start).CopyTo(merged.AsSpan(bytes.Length));
            _end = bytes.Length + (_end - _start);
            _start = 0;
            _buffer = merged;
        }

        Position -= bytes.Length;
    }
}
