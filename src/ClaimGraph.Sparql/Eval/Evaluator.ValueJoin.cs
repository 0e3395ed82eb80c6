using ClaimGraph.Rdf.Model;
using ClaimGraph.Rdf.Xsd;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// Filter(a = b, Join(left, right)) as a hash join on the value of the equality and on the
/// variables both sides bind for sure (<see cref="ValueJoinOp"/>).
/// </summary>
internal sealed partial class Evaluator
{
    private IEnumerable<long[]> ValueJoin(ValueJoinOp join, long[] seed, GraphScope graph)
    {
        var shared = OpVariables.Certain(join.Left);
        shared.IntersectWith(OpVariables.Certain(join.Right));
        var columns = ColumnsOf(join.Right);
        var table = new ValueJoinTable(shared.Select(v => _slots[v]).ToArray());
        foreach (var right in Eval(join.Right, seed, graph))
            table.Add(right, Stored(right, columns), Evaluate(join.RightKey, right, graph));
        if (table.Count == 0) yield break;
        var equals = new CallExpr("=", [join.LeftKey, join.RightKey]);
        foreach (var left in Eval(join.Left, seed, graph))
        {
            foreach (var right in table.Candidates(left, Evaluate(join.LeftKey, left, graph)))
            {
                var merged = MergeStored(left, right, columns);
                if (merged is not null && IsTrue(equals, merged, graph)) yield return merged;
            }
        }
    }

    /// <summary>
    /// Solutions (in their stored form) bucketed by the ids of some slots and a key value such that
    /// every pair equal under "=" shares a bucket (callers still test "="). Integers and decimals
    /// compare exactly, so each exact number has a bucket of its own; a float or double may equal
    /// several of them after promotion, so those are kept apart and compared with every number of
    /// the same slot ids.
    /// </summary>
    private sealed class ValueJoinTable(int[] slots)
    {
        // Bucket markers: every number, and the numbers that are neither integers nor decimals.
        private static readonly object AnyNumber = new();
        private static readonly object InexactNumber = new();

        private readonly Dictionary<Key, List<long[]>> _buckets = new();

        public int Count { get; private set; }

        public void Add(long[] row, long[] stored, Term? value)
        {
            var key = EqualityKey(value);
            if (key is null) return; // an error: "=" cannot be true
            Count++;
            var ids = Ids(row);
            if (key is decimal || key == InexactNumber) Bucket(new Key(ids, AnyNumber)).Add(stored);
            Bucket(new Key(ids, key)).Add(stored);
        }

        public IEnumerable<long[]> Candidates(long[] row, Term? value)
        {
            var key = EqualityKey(value);
            if (key is null) return [];
            var ids = Ids(row);
            if (key == InexactNumber) return Lookup(new Key(ids, AnyNumber));
            if (key is decimal) return Lookup(new Key(ids, key)).Concat(Lookup(new Key(ids, InexactNumber)));
            return Lookup(new Key(ids, key));
        }

        private List<long[]> Bucket(Key key)
        {
            if (!_buckets.TryGetValue(key, out var bucket)) _buckets[key] = bucket = new List<long[]>();
            return bucket;
        }

        private IEnumerable<long[]> Lookup(Key key) => _buckets.TryGetValue(key, out var bucket) ? bucket : [];

        private long[] Ids(long[] row)
        {
            var ids = new long[slots.Length];
            for (int i = 0; i < ids.Length; i++) ids[i] = row[slots[i]];
            return ids;
        }

        /// <summary>An exact number's decimal value; the marker for the other numbers; else <see cref="TermValues.EqualityKey"/>.</summary>
        private static object? EqualityKey(Term? value)
        {
            var key = TermValues.EqualityKey(value);
            if (key is not ValueCategory.Numeric) return key;
            TermValues.TryNumeric(value, out var number);
            return number.Kind <= NumericKind.Decimal && number.TryToDecimal(out var exact) ? exact : InexactNumber;
        }

        private readonly record struct Key(long[] Ids, object Value)
        {
            public bool Equals(Key other) => Value.Equals(other.Value) && Ids.AsSpan().SequenceEqual(other.Ids);
            public override int GetHashCode() => HashCode.Combine(RowComparer.Instance.GetHashCode(Ids), Value);
        }
    }
}
