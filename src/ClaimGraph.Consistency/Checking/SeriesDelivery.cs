using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Hands the series to the report sinks on a second thread while this one reads the store and applies
/// the rules: writing a large report (the HTML and JSON of every figure) costs about as much as
/// reading it, and on a machine with two cores the two overlap. The sinks get the series in order, one
/// at a time, always on the same thread. Series go across in batches, so that the two threads seldom
/// wait for each other. An exception on either side, or cancellation, stops both.
/// </summary>
internal static class SeriesDelivery
{
    /// <summary>Series per hand-over.</summary>
    private const int BatchSize = 64;

    /// <summary>Batches that may wait for the sinks: enough to smooth out large series, not to hold the report.</summary>
    private const int WaitingBatches = 8;

    public static void Deliver(IEnumerable<Series> series, IReadOnlyList<IReportSink> sinks, CancellationToken cancel)
    {
        using var queue = new BlockingCollection<List<Series>>(WaitingBatches);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var writing = Task.Factory.StartNew(() => Write(sinks, queue, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var batch = new List<Series>(BatchSize);
            foreach (var one in series)
            {
                batch.Add(one);
                if (batch.Count < BatchSize) continue;
                queue.Add(batch, stop.Token);
                batch = new List<Series>(BatchSize);
            }
            if (batch.Count > 0) queue.Add(batch, stop.Token);
            queue.CompleteAdding();
        }
        catch
        {
            stop.Cancel();
            try { writing.Wait(CancellationToken.None); } catch (AggregateException) { }
            // A sink that failed is why the reading side stopped: its exception is the one to report.
            if (writing.Exception?.InnerException is { } failed and not OperationCanceledException) ExceptionDispatchInfo.Throw(failed);
            throw;
        }
        writing.GetAwaiter().GetResult();
    }

    private static void Write(IReadOnlyList<IReportSink> sinks, BlockingCollection<List<Series>> queue, CancellationTokenSource stop)
    {
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
                foreach (var one in batch)
                    foreach (var sink in sinks) sink.Add(one);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stop.Cancel();   // the reading side stops at its next batch
            throw;
        }
    }
}
