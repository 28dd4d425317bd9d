using System.Text;
using System.Text.RegularExpressions;

namespace PapersLsp.Catalog.Tests.Import;

/// <summary>
/// A deterministic, snapshot-shaped JSON-lines stream of any length, generated on the fly: record i is real corpus
/// record i mod 85 with a fresh new-style id, so field shapes and lengths are those of the real snapshot.
/// </summary>
internal sealed partial class GeneratedSnapshotStream : Stream
{
    private readonly string[] _templates;
    private readonly int _count;
    private int _next;
    private byte[] _line = [];
    private int _lineOffset;

    public GeneratedSnapshotStream(int count)
    {
        _count = count;
        _templates = [.. File.ReadLines(Corpus.PathOf("arxiv-metadata/kaggle-arxiv-snapshot_0704.0002-0704.0086.jsonl"))
            .Where(l => l.Length > 0)];
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_lineOffset == _line.Length)
            {
                if (_next == _count) break;
                _line = Encoding.UTF8.GetBytes(Line(_next++) + "\n");
                _lineOffset = 0;
            }
            var n = Math.Min(count - written, _line.Length - _lineOffset);
            Buffer.BlockCopy(_line, _lineOffset, buffer, offset + written, n);
            _lineOffset += n;
            written += n;
        }
        return written;
    }

    private string Line(int i)
    {
        var months = i / 20000;
        // New-style five-digit ids exist from 1501 on.
        var id = $"{15 + months / 12:00}{months % 12 + 1:00}.{i % 20000 + 1:00000}";
        return IdValue().Replace(_templates[i % _templates.Length], $"\"id\":\"{id}\"", 1);
    }

    [GeneratedRegex("\"id\":\"[^\"]*\"")]
    private static partial Regex IdValue();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
