using PapersLsp.Catalog.Import;

namespace PapersLsp.Catalog.Tests.Import;

public sealed class ImportPipelineTests
{
    [Fact]
    public void Read_ahead_keeps_every_item_in_order()
    {
        var items = Enumerable.Range(0, 100_000).ToArray();
        Assert.Equal(items, ImportPipeline.ReadAhead(items, capacity: 16).ToArray());
    }

    [Fact]
    public void A_failure_while_reading_reaches_the_consumer()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidDataException("broken source");
        }
        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() => { foreach (var i in ImportPipeline.ReadAhead(Failing())) seen.Add(i); });
        Assert.Equal("broken source", error.Message);
        Assert.Equal([1], seen);
    }

    [Fact]
    public void Stopping_early_stops_the_reader()
    {
        var produced = 0;
        var disposed = false;
        IEnumerable<int> Endless()
        {
            try
            {
                while (true) { Interlocked.Increment(ref produced); yield return produced; }
            }
            finally
            {
                Volatile.Write(ref disposed, true);
            }
        }
        Assert.Equal(10, ImportPipeline.ReadAhead(Endless(), capacity: 8).Take(10).Count());
        // The reader was stopped and let go of its source before the consumer went on (not left blocked on a full
        // buffer, which would also keep the count still).
        Assert.True(Volatile.Read(ref disposed));
        var after = Volatile.Read(ref produced);
        Thread.Sleep(100);
        Assert.Equal(after, Volatile.Read(ref produced));
    }
}
