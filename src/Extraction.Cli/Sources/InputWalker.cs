using System.IO.Compression;

namespace Extraction.Cli.Sources;

/// <summary>How far the walk through the input files has come, in bytes of the files themselves (for the ETA).</summary>
internal sealed class InputProgress
{
    private long _bytesRead;

    /// <summary>Total size of the input files (0 when unknown, as for standard input).</summary>
    public long TotalBytes { get; set; }

    /// <summary>Bytes of the input files read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public void Add(long bytes) => Interlocked.Add(ref _bytesRead, bytes);
}

/// <summary>
/// Expands the command line's inputs into documents, in a stable order: files as given, folders walked
/// recursively in ordinal order of their paths, and inside each file its own order (zip entries, WARC
/// records, JSON lines). Only one input file is open at a time and archives are streamed.
/// </summary>
internal sealed class InputWalker
{
    private static readonly string[] PageExtensions = [".txt", ".html", ".htm"];

    private static readonly string[] ContainerExtensions = [".jsonl", ".json", ".warc", ".gz", ".zip"];

    private readonly IReadOnlyList<string> _roots;
    private readonly long _maxBytes;
    private readonly Func<Stream> _standardInput;
    private readonly HashSet<string> _excluded;
    private List<string>? _files;

    /// <param name="inputs">The INPUT arguments (none means standard input).</param>
    /// <param name="maxBytes">The document size limit.</param>
    /// <param name="standardInput">Opens standard input (a test can pass its own stream).</param>
    /// <param name="excluded">Files never read from a folder: the run's own output files.</param>
    public InputWalker(IReadOnlyList<string> inputs, long maxBytes, Func<Stream>? standardInput = null, IEnumerable<string?>? excluded = null)
    {
        _excluded = new HashSet<string>((excluded ?? []).OfType<string>().Select(Path.GetFullPath), StringComparer.Ordinal);
        _roots = inputs.Count == 0 ? ["-"] : inputs;
        _maxBytes = maxBytes;
        _standardInput = standardInput ?? Console.OpenStandardInput;
    }

    public InputProgress Progress { get; } = new();

    /// <summary>True for a name that is a single page (<c>.html</c>, <c>.htm</c>, <c>.txt</c>).</summary>
    public static bool IsPage(string name) => PageExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a file name this walker reads.</summary>
    public static bool IsInput(string name) => IsPage(name) || ContainerExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Lists the input files (checking every root exists) without reading them; throws
    /// <see cref="FileNotFoundException"/> for a missing root, <see cref="UnauthorizedAccessException"/> for an unreadable folder.
    /// </summary>
    public IReadOnlyList<string> ListFiles()
    {
        if (_files is not null)
        {
            return _files;
        }

        var files = new List<string>();
        long total = 0;
        foreach (string root in _roots)
        {
            if (root == "-")
            {
                files.Add(root);
            }
            else if (Directory.Exists(root))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
                var found = Directory.EnumerateFiles(root, "*", options)
                    .Where(f => IsInput(f) && !_excluded.Contains(Path.GetFullPath(f)))
                    .Select(f => f.Replace('\\', '/'))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                files.AddRange(found);
                total += found.Sum(SizeOf);
            }
            else if (File.Exists(root))
            {
                files.Add(root);
                total += SizeOf(root);
            }
            else if (new FileInfo(root).LinkTarget is not null)
            {
                files.Add(root); // a dangling link: reported as an unreadable document
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {root}", root);
            }
        }

        Progress.TotalBytes = total;
        _files = files;
        return files;
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The documents, lazily, one input file open at a time.</summary>
    public IEnumerable<DocumentRef> Documents()
    {
        foreach (string file in ListFiles())
        {
            foreach (var document in DocumentsOf(file))
            {
                yield return document;
            }
        }
    }

    private IEnumerable<DocumentRef> DocumentsOf(string file)
    {
        if (file == "-")
        {
            // Standard input: JSON Lines of scraped pages when it starts with '{' (as Spark's rdd.pipe feeds it), else one page.
            var (head, rest) = Peek(_standardInput());
            int first = Array.FindIndex(head, b => !char.IsWhiteSpace((char)b));
            var whole = new ConcatenatedStream(head, rest);
            if (first >= 0 && head[first] == (byte)'{')
            {
                foreach (var document in JsonPagesReader.Read("-", whole, _maxBytes))
                {
                    yield return document;
                }
            }
            else
            {
                yield return new DocumentRef(file, () => BoundedReader.Read(file, null, null, _maxBytes, () => whole));
            }

            yield break;
        }

        if (IsPage(file) || (!IsInput(file) && File.Exists(file)))
        {
            // One document; an explicit file with another extension is read as a page too.
            yield return new DocumentRef(file, () => BoundedReader.Read(file, null, null, _maxBytes, () => Open(file))) { Independent = true };
            yield break;
        }

        if (IsSingleGzip(file))
        {
            // A .gz of one document: a file of its own, so a worker can open, unzip and hash it.
            yield return new DocumentRef(file, () => ReadGzipPage(file)) { Independent = true };
            yield break;
        }

        Stream? stream = null;
        string? fault = null;
        try
        {
            stream = Open(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fault = e.Message;
        }

        if (stream is null)
        {
            yield return new DocumentRef(file, () => BoundedReader.Unreadable(file, fault ?? "The file cannot be opened."));
            yield break;
        }

        IEnumerable<DocumentRef> inner;
        if (file.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
        {
            inner = WarcReader.Read(file, stream, _maxBytes);
        }
        else if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            inner = JsonPagesReader.Read(file, stream, _maxBytes);
        }
        else if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            inner = ZipReader.Read(file, stream, _maxBytes);
        }
        else
        {
            throw new InvalidOperationException($"No reader for {file}."); // IsSingleGzip took every other container
        }

        try
        {
            foreach (var document in inner)
            {
                yield return document;
            }
        }
        finally
        {
            stream.Dispose();
        }
    }

    private static bool IsSingleGzip(string file) =>
        file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    private SourceDocument ReadGzipPage(string file)
    {
        Stream gz;
        try
        {
            gz = Open(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BoundedReader.Unreadable(file, e.Message);
        }

        using (gz)
        {
            return CheckGzipLength(file, BoundedReader.Read(file, null, null, _maxBytes, () => new GZipStream(gz, CompressionMode.Decompress, leaveOpen: true)), gz);
        }
    }

    /// <summary>
    /// GZipStream ends quietly at a truncated input; the gzip trailer's ISIZE (length mod 2^32) tells a whole
    /// member from a cut one.
    /// </summary>
    private static SourceDocument CheckGzipLength(string file, SourceDocument document, Stream gz)
    {
        if (document.Fault is not null || !gz.CanSeek || gz.Length < 18)
        {
            return document;
        }

        Span<byte> trailer = stackalloc byte[4];
        gz.Position = gz.Length - 4;
        gz.ReadExactly(trailer);
        uint expected = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (expected == (uint)document.Bytes.Length)
        {
            return document;
        }

        string sha = document.Sha256;
        document.Release();
        return document with
        {
            Bytes = ReadOnlyMemory<byte>.Empty, KnownSha256 = sha, Pooled = null,
            Fault = new DocumentFault("unreadable", $"The gzip file {file} is truncated or damaged (its trailer does not match its content)."),
        };
    }

    private static (byte[] Head, Stream Tail) Peek(Stream stream)
    {
        var head = new byte[4096];
        int n = 0, read;
        while (n < head.Length && (read = stream.Read(head, n, head.Length - n)) > 0)
        {
            n += read;
        }

        return (head[..n], stream);
    }

    /// <summary>The bytes already peeked at, then the rest of the stream.</summary>
    private sealed class ConcatenatedStream(byte[] head, Stream rest) : Stream
    {
        private int _offset;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset < head.Length)
            {
                int n = Math.Min(buffer.Length, head.Length - _offset);
                head.AsSpan(_offset, n).CopyTo(buffer);
                _offset += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private Stream Open(string file)
    {
        if (file == "-")
        {
            return _standardInput();
        }

        // FileOptions.SequentialScan: archives are read once, front to back.
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return new CountingStream(stream, Progress);
    }

    /// <summary>Counts the bytes read from an input file into <see cref="InputProgress"/>.</summary>
    private sealed class CountingStream(Stream inner, InputProgress progress) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int n)
        {
            progress.Add(n);
            return n;
        }
    }
}
