namespace PapersLsp.Online.Tests;

public sealed class NotFoundCacheTests
{
    [Fact]
    public void A_missing_id_is_remembered_for_a_day()
    {
        var clock = new ManualClock();
        var cache = new NotFoundCache(null, TimeSpan.FromDays(1), clock);
        var id = OnlineFixture.Id("2501.00001");
        cache.MarkMissing([id]);
        Assert.True(cache.IsKnownMissing(id));
        Assert.True(cache.IsKnownMissing(OnlineFixture.Id("2501.00001v3")));
        clock.Advance(TimeSpan.FromHours(23));
        Assert.True(cache.IsKnownMissing(id));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.False(cache.IsKnownMissing(id));
    }

    [Fact]
    public void The_list_is_shared_through_its_file_and_expired_or_damaged_lines_are_dropped()
    {
        using var scratch = new ScratchFolder();
        var file = Path.Combine(scratch.Path, OnlineState.NotFoundFileName);
        var clock = new ManualClock();
        new NotFoundCache(file, TimeSpan.FromDays(1), clock).MarkMissing([OnlineFixture.Id("2501.00001")]);
        clock.Advance(TimeSpan.FromHours(12));
        new NotFoundCache(file, TimeSpan.FromDays(1), clock).MarkMissing([OnlineFixture.Id("hep-th/9901001")]);
        File.AppendAllLines(file, ["garbage", "2501.00002\tnot a date", ""]);

        var reader = new NotFoundCache(file, TimeSpan.FromDays(1), clock);
        Assert.True(reader.IsKnownMissing(OnlineFixture.Id("2501.00001")));
        Assert.True(reader.IsKnownMissing(OnlineFixture.Id("hep-th/9901001")));
        Assert.False(reader.IsKnownMissing(OnlineFixture.Id("2501.00002")));

        clock.Advance(TimeSpan.FromHours(13));
        var later = new NotFoundCache(file, TimeSpan.FromDays(1), clock);
        Assert.False(later.IsKnownMissing(OnlineFixture.Id("2501.00001")));
        Assert.True(later.IsKnownMissing(OnlineFixture.Id("hep-th/9901001")));
        Assert.Equal(["hep-th/9901001"], File.ReadAllLines(file).Select(l => l.Split('\t')[0]));
    }
}
