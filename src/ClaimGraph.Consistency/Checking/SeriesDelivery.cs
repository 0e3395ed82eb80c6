using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Hands the series to the report sinks, each on a thread of its own, while this one reads the store
/// and applies the rules: writing a large report (the HTML and JSON of every figure) costs about as
/// much as reading it, and the HTML and JSON writers cost about as much as each other, so on a
/// machine with two cores they overlap with the reading and with each other. Each sink gets the
/// series in order, one at a time, always on the same thread. Series go across in batches, so that
/// the threads seldom wait for each other. An exception on any side, or cancellation, stops all.
/// </summary>
internal static class SeriesDelivery
{
    /// <summary>Series per hand-over.</summary>
    private const int BatchSize = 64;

    /// <summary>Batches that may wait for a sink: enough to smooth out large series, not to hold the report.</summary>
    private const int WaitingBatches = 8;

    public static void Deliver(IEnumerable<Series> series, IReadOnlyList<IReportSink> sinks, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var queues = sinks.Select(_ => new BlockingCollection<List<Series>>(WaitingBatches)).ToArray();
        var writing = sinks.Select((sink, i) => Task.Factory.StartNew(() => Write(sink, queues[i], stop),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            var batch = new List<Series>(BatchSize);
            foreach (var one in series)
            {
                batch.Add(one);
                if (batch.Count < BatchSize) continue;
                HandOver(batch, queues, stop.Token);
                batch = new List<Series>(BatchSize);
            }
            if (batch.Count > 0) HandOver(batch, queues, stop.Token);
            foreach (var queue in queues) queue.CompleteAdding();
            Task.WaitAll(writing);
        }
        catch
        {
            stop.Cancel();
            try { Task.WaitAll(writing, CancellationToken.None); } catch (AggregateException) { }
            // A sink that failed is why the reading side stopped: its exception is the one to report.
            if (writing.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) is { } failed)
                ExceptionDispatchInfo.Throw(failed);
            throw;
        }
        finally
        {
            foreach (var queue in queues) queue.Dispose();
        }
    }

    /// <summary>The batch to every sink: the series are immutable, so the sinks share it.</summary>
    private static void HandOver(List<Series> batch, BlockingCollection<List<Series>>[] queues, CancellationToken stop)
    {
        foreach (var queue in queues) queue.Add(batch, stop);
    }

    private static void Write(IReportSink sink, BlockingCollection<List<Series>> queue, CancellationTokenSource stop)
    {
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
                foreach (var one in batch) sink.Add(one);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stop.Cancel();   // the reading side and the other sinks stop at their next batch
            throw;
        }
    }
}
