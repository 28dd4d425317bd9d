namespace PapersLsp.Catalog.Import.Kaggle;

/// <summary>
/// Reads a stream as '\n'-terminated UTF-8 lines into a reused buffer, so a multi-gigabyte file is never held whole.
/// The current line is valid until the next call to <see cref="MoveNext"/>.
/// </summary>
public sealed class Utf8LineReader(Stream stream, int initialBufferSize = 1 << 20)
{
    private byte[] _buffer = new byte[initialBufferSize];
    private int _start;
    private int _end;
    private int _lineStart;
    private int _lineLength;
    private bool _eof;

    /// <summary>1-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_lineStart, _lineLength);

    public bool MoveNext()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                SetLine(_start, newline);
                _start += newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end) return false;
                SetLine(_start, _end - _start);
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    private void SetLine(int start, int length)
    {
        if (length > 0 && _buffer[start + length - 1] == '\r') length--;
        _lineStart = start;
        _lineLength = length;
        LineNumber++;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }
}
