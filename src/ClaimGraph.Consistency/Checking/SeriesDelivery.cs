using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.Checking;

/// <summary>
/// Hands the series to the report sinks while this thread reads the store and applies the rules: each
/// sink writes on a thread of its own, so writing a large report (the HTML and the JSON of every
/// figure each cost about as much as reading it) overlaps the reading and the other writers. Every
/// sink gets the series in order, always on the same thread; series go across in batches, so that
/// the threads seldom wait for each other. An exception on either side, or cancellation, stops all.
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
        var writers = sinks.Select((sink, i) => Task.Factory.StartNew(() => Write(sink, queues[i], stop),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            var batch = new List<Series>(BatchSize);
            foreach (var one in series)
            {
                batch.Add(one);
                if (batch.Count < BatchSize) continue;
                foreach (var queue in queues) queue.Add(batch, stop.Token);   // read-only from here on
                batch = new List<Series>(BatchSize);
            }
            if (batch.Count > 0) foreach (var queue in queues) queue.Add(batch, stop.Token);
            foreach (var queue in queues) queue.CompleteAdding();
        }
        catch
        {
            stop.Cancel();
            try { Task.WaitAll(writers, CancellationToken.None); } catch (AggregateException) { }
            // A sink that failed is why the reading side stopped: its exception is the one to report.
            if (SinkFailure(writers) is { } failed) ExceptionDispatchInfo.Throw(failed);
            throw;
        }
        finally
        {
            try { Task.WaitAll(writers, CancellationToken.None); } catch (AggregateException) { }
            foreach (var queue in queues) queue.Dispose();
        }
        if (SinkFailure(writers) is { } error) ExceptionDispatchInfo.Throw(error);
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
            stop.Cancel();   // the reading side and the other sinks stop at their next series
            throw;
        }
    }

    private static Exception? SinkFailure(Task[] writers) =>
        writers.Select(w => w.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
}
