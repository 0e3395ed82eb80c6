using System.Text;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Sparql.Functions;

namespace ClaimGraph.Sparql.Eval;

/// <summary>GROUP BY and aggregates (18.5): one accumulator per aggregate per group.</summary>
internal sealed partial class Evaluator
{
    private IEnumerable<long[]> EvalGroup(GroupOp op, GraphScope graph)
    {
        var keySlots = op.Keys.Select(k => k.Variable is null ? -1 : _slots[k.Variable]).ToArray();
        var aggSlots = op.Aggregates.Select(a => _slots[a.Variable]).ToArray();
        // A key that is a plain variable is its id: no decoding and re-encoding per solution.
        var keyVarSlots = op.Keys.Select(k => k.Expr is VarExpr v ? _slots[v.Name] : -1).ToArray();
        var groups = new Dictionary<long[], Accumulator[]>(RowComparer.Instance);
        var order = new List<long[]>();
        foreach (var row in Eval(op.Inner, EmptyRow(), graph))
        {
            var key = new long[op.Keys.Count];
            for (int i = 0; i < key.Length; i++)
            {
                if (keyVarSlots[i] >= 0) { key[i] = row[keyVarSlots[i]]; continue; }
                var value = Evaluate(op.Keys[i].Expr, row, graph);
                key[i] = value is null ? 0 : _terms.Encode(value);
            }
            if (!groups.TryGetValue(key, out var accumulators))
            {
                accumulators = op.Aggregates.Select(a => Accumulator.For(a.Aggregate)).ToArray();
                groups[key] = accumulators;
                order.Add(key);
            }
            for (int i = 0; i < accumulators.Length; i++)
            {
                var agg = op.Aggregates[i].Aggregate;
                if (agg.Arg is null) accumulators[i].Add(null, row, countStar: true);
                else accumulators[i].Add(Evaluate(agg.Arg, row, graph), row, countStar: false);
            }
        }
        if (op.Keys.Count == 0 && groups.Count == 0)
        {
            var empty = Array.Empty<long>();
            groups[empty] = op.Aggregates.Select(a => Accumulator.For(a.Aggregate)).ToArray();
            order.Add(empty);
        }
        foreach (var key in order)
        {
            var result = EmptyRow();
            for (int i = 0; i < keySlots.Length; i++) if (keySlots[i] >= 0) result[keySlots[i]] = key[i];
            var accumulators = groups[key];
            for (int i = 0; i < accumulators.Length; i++)
            {
                var value = accumulators[i].Result();
                if (value is not null) result[aggSlots[i]] = _terms.Encode(value);
            }
            yield return result;
        }
    }

    /// <summary>The running state of one aggregate over one group.</summary>
    private abstract class Accumulator
    {
        private HashSet<object>? _distinct;

        public static Accumulator For(AggregateExpr aggregate)
        {
            Accumulator a = aggregate.Name switch
            {
                "COUNT" => new CountAccumulator(),
                "SUM" => new SumAccumulator(),
                "AVG" => new AvgAccumulator(),
                "MIN" => new ExtremeAccumulator(min: true),
                "MAX" => new ExtremeAccumulator(min: false),
                "SAMPLE" => new SampleAccumulator(),
                "GROUP_CONCAT" => new ConcatAccumulator(aggregate.Separator ?? " "),
                _ => throw new NotSupportedException("aggregate " + aggregate.Name),
            };
            if (aggregate.Distinct) a._distinct = new HashSet<object>();
            return a;
        }

        public void Add(Term? value, long[] row, bool countStar)
        {
            if (_distinct is not null)
            {
                object key = countStar ? new RowKey(row) : (object?)value ?? DBNull.Value;
                if (!_distinct.Add(key)) return;
            }
            Accept(value, countStar);
        }

        protected abstract void Accept(Term? value, bool countStar);

        public abstract Term? Result();

        private sealed record RowKey(long[] Row)
        {
            public bool Equals(RowKey? other) => other is not null && RowComparer.Instance.Equals(Row, other.Row);
            public override int GetHashCode() => RowComparer.Instance.GetHashCode(Row);
        }
    }

    private sealed class CountAccumulator : Accumulator
    {
        private long _count;
        protected override void Accept(Term? value, bool countStar) { if (countStar || value is not null) _count++; }
        public override Term? Result() => Literal.Integer(_count);
    }

    private sealed class SumAccumulator : Accumulator
    {
        private Term? _sum = Literal.Integer(0);
        private bool _error;
        protected override void Accept(Term? value, bool countStar)
        {
            if (_error) return;
            _sum = Operators.Add(_sum, value);
            if (_sum is null) _error = true;
        }
        public override Term? Result() => _error ? null : _sum;
    }

    private sealed class AvgAccumulator : Accumulator
    {
        private Term? _sum = Literal.Integer(0);
        private long _count;
        private bool _error;
        protected override void Accept(Term? value, bool countStar)
        {
            if (_error) return;
            _sum = Operators.Add(_sum, value);
            _count++;
            if (_sum is null) _error = true;
        }
        public override Term? Result() => _error ? null : _count == 0 ? Literal.Integer(0) : Operators.Divide(_sum, Literal.Integer(_count));
    }

    private sealed class ExtremeAccumulator(bool min) : Accumulator
    {
        private Term? _best;
        private bool _any;
        protected override void Accept(Term? value, bool countStar)
        {
            if (value is null) return;
            if (!_any) { _best = value; _any = true; return; }
            int c = Operators.OrderBy.Compare(value, _best);
            if (min ? c < 0 : c > 0) _best = value;
        }
        public override Term? Result() => _best;
    }

    private sealed class SampleAccumulator : Accumulator
    {
        private Term? _value;
        protected override void Accept(Term? value, bool countStar) => _value ??= value;
        public override Term? Result() => _value;
    }

    private sealed class ConcatAccumulator(string separator) : Accumulator
    {
        private readonly StringBuilder _text = new();
        private bool _first = true;
        private bool _error;
        protected override void Accept(Term? value, bool countStar)
        {
            if (_error) return;
            if (value is not Literal l) { _error = true; return; }
            if (!_first) _text.Append(separator);
            _first = false;
            _text.Append(l.Lexical);
        }
        public override Term? Result() => _error ? null : Literal.String(_text.ToString());
    }
}
