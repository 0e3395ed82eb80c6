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
        if (op.OverBand && op.Inner is FilterOp { Exprs: [CallExpr band], Inner: JoinOp join })
            return EvalGroupOverBand(op, band, join, graph);
        var groups = new GroupTable(this, op, graph);
        return groups.Results(Eval(op.Inner, EmptyRow(), graph));
    }

    /// <summary>The groups of one GROUP BY, each with one accumulator per aggregate, in first-seen order.</summary>
    private sealed class GroupTable
    {
        private readonly Evaluator _evaluator;
        private readonly GroupOp _op;
        private readonly GraphScope _graph;
        private readonly Dictionary<long[], Accumulator[]> _groups = new(RowComparer.Instance);
        private readonly List<long[]> _order = new();
        // The key being looked up: filled per solution, copied only when it starts a new group.
        private readonly long[] _key;
        // Per key, its variable's slot when the key is a plain variable (read directly), else -1.
        private readonly int[] _keyVariableSlots;

        public GroupTable(Evaluator evaluator, GroupOp op, GraphScope graph)
        {
            _evaluator = evaluator;
            _op = op;
            _graph = graph;
            _key = new long[op.Keys.Count];
            _keyVariableSlots = op.Keys.Select(k => k.Expr is VarExpr v ? evaluator._slots[v.Name] : -1).ToArray();
        }

        /// <summary>The accumulators of the group the solution falls in.</summary>
        public Accumulator[] GroupOf(long[] row)
        {
            for (int i = 0; i < _key.Length; i++)
                _key[i] = _keyVariableSlots[i] >= 0 ? row[_keyVariableSlots[i]] : _evaluator.IdOf(_op.Keys[i].Expr, row, _graph);
            if (!_groups.TryGetValue(_key, out var accumulators))
            {
                var key = (long[])_key.Clone();
                accumulators = NewAccumulators();
                _groups[key] = accumulators;
                _order.Add(key);
            }
            return accumulators;
        }

        /// <summary>Adds a solution to its group: each aggregate takes its argument's value.</summary>
        public void Add(long[] row)
        {
            var accumulators = GroupOf(row);
            for (int i = 0; i < accumulators.Length; i++)
            {
                var agg = _op.Aggregates[i].Aggregate;
                if (agg.Arg is null) accumulators[i].Add(null, row, countStar: true);
                else accumulators[i].Add(_evaluator.Evaluate(agg.Arg, row, _graph), row, countStar: false);
            }
        }

        /// <summary>Adds every solution, then yields one solution per group (keys and aggregate values).</summary>
        public IEnumerable<long[]> Results(IEnumerable<long[]> rows)
        {
            foreach (var row in rows) Add(row);
            foreach (var result in Results()) yield return result;
        }

        public IEnumerable<long[]> Results()
        {
            if (_op.Keys.Count == 0 && _groups.Count == 0)
            {
                var empty = Array.Empty<long>();
                _groups[empty] = NewAccumulators();
                _order.Add(empty);
            }
            var keySlots = _op.Keys.Select(k => k.Variable is null ? -1 : _evaluator._slots[k.Variable]).ToArray();
            var aggSlots = _op.Aggregates.Select(a => _evaluator._slots[a.Variable]).ToArray();
            foreach (var key in _order)
            {
                var result = _evaluator.EmptyRow();
                for (int i = 0; i < keySlots.Length; i++) if (keySlots[i] >= 0) result[keySlots[i]] = key[i];
                var accumulators = _groups[key];
                for (int i = 0; i < accumulators.Length; i++)
                {
                    var value = accumulators[i].Result();
                    if (value is not null) result[aggSlots[i]] = _evaluator._terms.Encode(value);
                }
                yield return result;
            }
        }

        private Accumulator[] NewAccumulators()
        {
            var accumulators = new Accumulator[_op.Aggregates.Count];
            for (int i = 0; i < accumulators.Length; i++) accumulators[i] = Accumulator.For(_op.Aggregates[i].Aggregate);
            return accumulators;
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
