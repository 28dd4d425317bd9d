using System.Globalization;

namespace PapersLsp.Online;

/// <summary>
/// Keeps requests to arXiv at least <c>spacing</c> apart and one at a time, across every papers-lsp process of the
/// user. A process-wide gate serialises this process's requests; an exclusive lock on a small file serialises the
/// processes, and the file holds the time of the last request's start and end, so the next request (in any process)
/// waits until <c>spacing</c> after it. The OS releases the lock when a process dies, so a crash cannot wedge others.
/// </summary>
public sealed class RequestSpacing
{
    /// <summary>One request at a time per process, whatever the number of clients (the CLI and the server each make one).</summary>
    private static readonly SemaphoreSlim ProcessGate = new(1, 1);

    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(100);

    private readonly string _lockFile;
    private readonly TimeSpan _spacing;
    private readonly IOnlineClock _clock;
    private readonly Action<string> _report;
    private DateTimeOffset? _lastInProcess;
    private bool _fileProblemReported;

    public RequestSpacing(string lockFile, TimeSpan spacing, IOnlineClock clock, Action<string>? report = null)
    {
        _lockFile = lockFile;
        _spacing = spacing;
        _clock = clock;
        _report = report ?? (_ => { });
    }

    /// <summary>Waits for this process's and the machine's turn; dispose the turn when the response has been read.</summary>
    public async Task<RequestTurn> AcquireAsync(CancellationToken cancellationToken)
    {
        await ProcessGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        FileStream? file = null;
        try
        {
            file = await LockFileAsync(cancellationToken).ConfigureAwait(false);
            var last = Later(file is null ? null : ReadTime(file), _lastInProcess);
            if (last is { } previous)
            {
                // A time in the future (clock change, another machine's clock on a shared home) never costs more than one spacing.
                var wait = previous + _spacing - _clock.UtcNow;
                if (wait > _spacing) wait = _spacing;
                if (wait > TimeSpan.Zero) await _clock.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
            }
            var started = _clock.UtcNow;
            Record(file, started);
            return new RequestTurn(this, file, started);
        }
        catch
        {
            file?.Dispose();
            ProcessGate.Release();
            throw;
        }
    }

    internal void Release(FileStream? file)
    {
        try
        {
            Record(file, _clock.UtcNow);
        }
        finally
        {
            file?.Dispose();
            ProcessGate.Release();
        }
    }

    private void Record(FileStream? file, DateTimeOffset time)
    {
        _lastInProcess = time;
        if (file is null) return;
        try
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) + "\n");
            file.SetLength(0);
            file.Position = 0;
            file.Write(bytes);
            file.Flush(flushToDisk: false);
        }
        catch (IOException ex)
        {
            ReportFileProblem(ex.Message);
        }
    }

    private static DateTimeOffset? ReadTime(FileStream file)
    {
        try
        {
            file.Position = 0;
            Span<byte> buffer = stackalloc byte[64];
            var read = file.Read(buffer);
            var text = System.Text.Encoding.ASCII.GetString(buffer[..read]).Trim();
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Opens the lock file exclusively, waiting while another process holds it; null when the file cannot be used at all.</summary>
    private async Task<FileStream?> LockFileAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_lockFile))!);
                return new FileStream(_lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or DirectoryNotFoundException or PathTooLongException or NotSupportedException)
            {
                // A read-only home: keep the limit inside this process rather than stop working.
                ReportFileProblem(ex.Message);
                return null;
            }
            catch (IOException)
            {
                // Another process holds the lock for the length of one request.
                await _clock.DelayAsync(LockPoll, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void ReportFileProblem(string message)
    {
        if (_fileProblemReported) return;
        _fileProblemReported = true;
        _report($"the arXiv request lock {_lockFile} cannot be used ({message}); requests are spaced within this process only");
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}

/// <summary>This process's turn to send one request; disposing it records the end time and lets the next one go.</summary>
public sealed class RequestTurn : IDisposable
{
    private readonly RequestSpacing _owner;
    private FileStream? _file;
    private bool _released;

    internal RequestTurn(RequestSpacing owner, FileStream? file, DateTimeOffset started)
    {
        _owner = owner;
        _file = file;
        Started = started;
    }

    /// <summary>When the request was allowed to start.</summary>
    public DateTimeOffset Started { get; }

    public void Dispose()
    {
        if (_released) return;
        _released = true;
        var file = _file;
        _file = null;
        _owner.Release(file);
    }
}
