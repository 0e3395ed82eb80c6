using ClaimGraph.Consistency.Checking;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Tests;

/// <summary>The series reach the sinks on a second thread: in order, and with either side's failure reported.</summary>
public class SeriesDeliveryTests
{
    private static IEnumerable<Series> Many(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var one = SampleSeries.Single();
            yield return new Series(one.Key, "series " + i, one.Points, one.Findings, one.Rates);
        }
    }

    private sealed class Recorder : IReportSink
    {
        public List<string> Labels { get; } = [];
        public HashSet<int> Threads { get; } = [];
        public void Begin(ReportProvenance provenance) { }
        public void Add(Series series) { Labels.Add(series.Label); Threads.Add(Environment.CurrentManagedThreadId); }
        public void End() { }
    }

    private sealed class FailsAt(int index) : IReportSink
    {
        private int _seen;
        public void Begin(ReportProvenance provenance) { }
        public void Add(Series series) { if (_seen++ == index) throw new IOException("disk full"); }
        public void End() { }
    }

    [Fact]
    public void Every_sink_gets_every_series_in_order_on_one_thread()
    {
        var first = new Recorder();
        var second = new Recorder();
        SeriesDelivery.Deliver(Many(1000), [first, second], CancellationToken.None);
        var expected = Enumerable.Range(0, 1000).Select(i => "series " + i).ToList();
        Assert.Equal(expected, first.Labels);
        Assert.Equal(expected, second.Labels);
        Assert.Single(first.Threads);
    }

    [Fact]
    public void A_failing_sink_stops_the_reading_side_with_its_own_exception()
    {
        int read = 0;
        IEnumerable<Series> Counted() { foreach (var s in Many(100_000)) { read++; yield return s; } }
        var error = Assert.Throws<IOException>(() => SeriesDelivery.Deliver(Counted(), [new FailsAt(10)], CancellationToken.None));
        Assert.Equal("disk full", error.Message);
        Assert.True(read < 100_000, $"the reading side went on to series {read}");
    }

    [Fact]
    public void A_failing_reading_side_is_reported_and_the_writing_side_stops()
    {
        IEnumerable<Series> Broken() { foreach (var s in Many(5)) yield return s; throw new InvalidOperationException("query failed"); }
        var recorder = new Recorder();
        var error = Assert.Throws<InvalidOperationException>(() => SeriesDelivery.Deliver(Broken(), [recorder], CancellationToken.None));
        Assert.Equal("query failed", error.Message);
    }

    [Fact]
    public void Cancellation_stops_delivery()
    {
        using var cancel = new CancellationTokenSource();
        IEnumerable<Series> Endless() { while (true) foreach (var s in Many(10)) { cancel.Cancel(); yield return s; } }
        Assert.ThrowsAny<OperationCanceledException>(() => SeriesDelivery.Deliver(Endless(), [new Recorder()], cancel.Token));
    }
}
