using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// GROUP BY over a band join (<see cref="GroupOp.OverBand"/>): MIN and MAX of right-side variables,
/// per group of left-side keys, over Filter(left ~ right, Join(left, right)). The right solutions
/// are bucketed on the join variables and each bucket is sorted on its band variable once, with
/// running extremes from either end; a left solution then finds its matches as one prefix or
/// suffix by binary search. MIN and MAX ignore repeats, so a group may take each left solution's
/// extreme rather than every joined pair: n log n instead of n².
/// </summary>
internal sealed partial class Evaluator
{
    private IEnumerable<long[]> EvalGroupOverBand(GroupOp op, CallExpr band, JoinOp join, GraphScope graph)
    {
        var leftVariables = OpVariables.InScope(join.Left);
        var (leftBand, rightBand) = (VarExpr)band.Args[0] is var first && leftVariables.Contains(first.Name)
            ? ((VarExpr)band.Args[0], (VarExpr)band.Args[1])
            : ((VarExpr)band.Args[1], (VarExpr)band.Args[0]);
        // The band read from the right side: "right op left".
        string comparison = ReferenceEquals(rightBand, band.Args[0]) ? band.Name : Flip(band.Name);
        var joinSlots = leftVariables.Intersect(OpVariables.InScope(join.Right)).Select(v => _slots[v]).ToArray();
        var aggregateSlots = op.Aggregates.Select(a => _slots[((VarExpr)a.Aggregate.Arg!).Name]).ToArray();
        var maximum = op.Aggregates.Select(a => a.Aggregate.Name == "MAX").ToArray();

        var buckets = new Dictionary<long[], BandBucket>(RowComparer.Instance);
        var unkeyed = new List<long[]>();
        var all = new List<long[]>();
        foreach (var right in Eval(join.Right, EmptyRow(), graph))
        {
            all.Add(right);
            var key = KeyOf(right, joinSlots);
            if (key is null) { unkeyed.Add(right); continue; }
            if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = new BandBucket();
            bucket.Rows.Add(right);
        }

        var groups = new GroupTable(this, op, graph);
        int leftSlot = _slots[leftBand.Name], rightSlot = _slots[rightBand.Name];
        foreach (var left in Eval(join.Left, EmptyRow(), graph))
        {
            var key = KeyOf(left, joinSlots);
            // A left solution unbound on a join variable joins every right solution: pair them.
            if (key is null) { AddPairs(groups, band, left, all, graph); continue; }
            AddPairs(groups, band, left, unkeyed, graph);
            if (!buckets.TryGetValue(key, out var bucket)) continue;
            bucket.Prepare(this, rightSlot, aggregateSlots, maximum);
            var value = _terms.ValueOf(left[leftSlot]);
            if (bucket.Pairwise || !BandBucket.Orderable(value, bucket.Order))
            {
                AddPairs(groups, band, left, bucket.Rows, graph);
                continue;
            }
            var (from, to) = bucket.Matches(value, comparison);
            if (from >= to) continue;
            var accumulators = groups.GroupOf(left);
            for (int i = 0; i < accumulators.Length; i++)
                accumulators[i].Add(bucket.Extreme(i, from, to), left, countStar: false);
        }
        foreach (var result in groups.Results()) yield return result;
    }

    private static string Flip(string comparison) => comparison switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        _ => "<=",
    };

    private static long[]? KeyOf(long[] row, int[] slots)
    {
        var key = new long[slots.Length];
        for (int i = 0; i < slots.Length; i++)
            if ((key[i] = row[slots[i]]) == 0) return null;
        return key;
    }

    /// <summary>The general way: every compatible pair that passes the band goes into its group.</summary>
    private void AddPairs(GroupTable groups, CallExpr band, long[] left, List<long[]> rights, GraphScope graph)
    {
        foreach (var right in rights)
        {
            if ((++_ticks & 1023) == 0) _cancel.ThrowIfCancellationRequested();
            var merged = Merge(left, right);
            if (merged is not null && IsTrue(band, merged, graph)) groups.Add(merged);
        }
    }

    /// <summary>
    /// The right solutions of one join key, sorted on the band variable, with the running extremes
    /// of each aggregate from the start (prefix) and from the end (suffix).
    /// </summary>
    private sealed class BandBucket
    {
        public List<long[]> Rows { get; } = new();

        /// <summary>True when the band values cannot all be ordered with each other: pairs are compared one by one.</summary>
        public bool Pairwise { get; private set; }

        /// <summary>What every band value of the bucket is (see <see cref="OrderOf"/>).</summary>
        public (ValueCategory Category, int Detail) Order { get; private set; }

        private bool _prepared;
        private TermValue[] _band = [];
        private Term?[][] _prefix = [];
        private Term?[][] _suffix = [];

        public void Prepare(Evaluator evaluator, int bandSlot, int[] aggregateSlots, bool[] maximum)
        {
            if (_prepared) return;
            _prepared = true;
            // A right solution unbound on the band, or with a value "<" cannot compare, never passes.
            var entries = new List<(TermValue Band, long[] Row)>(Rows.Count);
            (ValueCategory, int)? order = null;
            foreach (var row in Rows)
            {
                var value = evaluator._terms.ValueOf(row[bandSlot]);
                if (OrderOf(value) is not { } o) { if (value.Category != ValueCategory.None) Pairwise = true; continue; }
                if (order is { } seen && seen != o) Pairwise = true;
                order = o;
                entries.Add((value, row));
            }
            if (Pairwise || order is null) { Pairwise = true; return; }
            Order = order.Value;
            entries.Sort((x, y) => Operators.ValueCompare(x.Band, y.Band)!.Value);
            _band = entries.Select(e => e.Band).ToArray();
            int n = entries.Count;
            _prefix = new Term?[aggregateSlots.Length][];
            _suffix = new Term?[aggregateSlots.Length][];
            for (int a = 0; a < aggregateSlots.Length; a++)
            {
                var values = entries.Select(e => evaluator._terms.DecodeOrNull(e.Row[aggregateSlots[a]])).ToArray();
                _prefix[a] = Running(values, maximum[a], Enumerable.Range(0, n));
                _suffix[a] = Running(values, maximum[a], Enumerable.Range(0, n).Reverse());
            }
        }

        private static Term?[] Running(Term?[] values, bool maximum, IEnumerable<int> order)
        {
            var running = new Term?[values.Length];
            Term? best = null;
            foreach (int i in order)
            {
                var v = values[i];
                if (v is not null && (best is null || Operators.OrderBy.Compare(v, best) is var c && (maximum ? c > 0 : c < 0))) best = v;
                running[i] = best;
            }
            return running;
        }

        /// <summary>
        /// Values that "&lt;" orders totally among themselves: numerics of one family (exact,
        /// floating without NaN, or huge integers), dates of one kind all with or all without a timezone, strings,
        /// booleans. Null for the rest (durations, mixed timezones, ...), which are paired one by one.
        /// </summary>
        private static (ValueCategory, int)? OrderOf(in TermValue value) => value.Category switch
        {
            ValueCategory.Numeric when value.Numeric.IsNaN => null,
            // Integers and decimals compare exactly, floats and doubles as doubles, huge integers approximately.
            ValueCategory.Numeric => (ValueCategory.Numeric, value.Numeric.Kind >= NumericKind.Float ? 1 : value.Numeric.IsBigInteger ? 2 : 0),
            ValueCategory.DateTime => (ValueCategory.DateTime, (int)value.DateTime.Kind * 2 + (value.DateTime.HasTimezone ? 1 : 0)),
            ValueCategory.String or ValueCategory.Boolean => (value.Category, 0),
            _ => null,
        };

        public static bool Orderable(in TermValue value, (ValueCategory, int) order) => OrderOf(value) == order;

        /// <summary>The index range [from, to) of the entries e with "e comparison value" true.</summary>
        public (int From, int To) Matches(in TermValue value, string comparison)
        {
            int n = _band.Length;
            return comparison switch
            {
                "<" => (0, FirstWhere(value, c => c >= 0)),
                "<=" => (0, FirstWhere(value, c => c > 0)),
                ">" => (FirstWhere(value, c => c > 0), n),
                _ => (FirstWhere(value, c => c >= 0), n),
            };
        }

        /// <summary>The first index whose comparison with the value passes the test (monotone in the sorted order), or the count.</summary>
        private int FirstWhere(in TermValue value, Func<int, bool> test)
        {
            int lo = 0, hi = _band.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (test(Operators.ValueCompare(_band[mid], value)!.Value)) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        }

        /// <summary>The extreme of aggregate a over the entries [from, to), which is a prefix or a suffix.</summary>
        public Term? Extreme(int a, int from, int to) => from == 0 ? _prefix[a][to - 1] : _suffix[a][from];
    }
}
