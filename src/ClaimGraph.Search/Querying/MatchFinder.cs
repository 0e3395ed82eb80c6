using ClaimGraph.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ClaimGraph.Search.Querying;

/// <summary>
/// Finds which words of a stored text a query matched, without a Highlighter: the query's terms
/// (multi-term queries such as fuzzy and wildcard rewritten to the index terms they stand for) are
/// looked for among the tokens of the text, re-analysed with the index's analyzer. A phrase lights
/// up only where the whole phrase occurs; words of prohibited (-) clauses never do.
/// </summary>
public sealed class MatchFinder
{
    private const int MaxExpandedTerms = 1024;

    private readonly string _field;
    private readonly Analyzer _analyzer;
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly List<PhrasePattern> _phrases = [];

    /// <param name="query">The query as parsed (not yet rewritten).</param>
    /// <param name="reader">The index, to expand fuzzy, wildcard, prefix and range terms.</param>
    /// <param name="field">The analysed field whose words are to be found.</param>
    public MatchFinder(Query query, IndexReader reader, string field, Analyzer analyzer)
    {
        _field = field;
        _analyzer = analyzer;
        Collect(query, reader);
    }

    /// <summary>The single terms the query looks for in the field (after expansion), for tests and diagnostics.</summary>
    public IReadOnlyCollection<string> Terms => _terms;

    /// <summary>The UTF-16 spans [start, end) of the matched words in <paramref name="text"/>, in text order, without duplicates.</summary>
    public List<(int Start, int End)> Find(string text)
    {
        var spans = new SortedSet<(int Start, int End)>();
        if (_terms.Count == 0 && _phrases.Count == 0) return [];
        var tokens = _analyzer.Tokens(_field, text);
        foreach (var token in tokens)
            if (_terms.Contains(token.Term)) spans.Add((token.StartOffset, token.EndOffset));
        if (_phrases.Count > 0)
        {
            var byPosition = tokens.ToLookup(t => t.Position);
            foreach (var phrase in _phrases) phrase.AddMatches(tokens, byPosition, spans);
        }
        return [.. spans];
    }

    private void Collect(Query query, IndexReader reader)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, reader);
                break;
            case TermQuery term:
                if (term.Term.Field == _field) _terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                var terms = phrase.GetTerms();
                if (terms.Length > 0 && terms[0].Field == _field)
                    _phrases.Add(new PhrasePattern(terms.Select(t => new[] { t.Text }).ToArray(), phrase.GetPositions(), phrase.Slop));
                break;
            case MultiPhraseQuery multi:
                var arrays = multi.GetTermArrays();
                if (arrays.Count > 0 && arrays[0].Length > 0 && arrays[0][0].Field == _field)
                    _phrases.Add(new PhrasePattern(arrays.Select(a => a.Select(t => t.Text).ToArray()).ToArray(), multi.GetPositions(), multi.Slop));
                break;
            case MultiTermQuery multiTerm when multiTerm.Field == _field:
                // Expand to the index terms it stands for, as scored term clauses we can read.
                multiTerm.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpandedTerms);
                Collect(multiTerm.Rewrite(reader), reader);
                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Collect(constant.Query, reader);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) Collect(disjunct, reader);
                break;
        }
    }

    /// <summary>A phrase: alternatives per slot, each slot's position relative to the first, and the allowed slop.</summary>
    private sealed record PhrasePattern(string[][] Slots, int[] Positions, int Slop)
    {
        public void AddMatches(List<AnalyzedToken> tokens, ILookup<int, AnalyzedToken> byPosition, SortedSet<(int, int)> spans)
        {
            var matched = new List<AnalyzedToken>(Slots.Length);
            foreach (var first in tokens)
            {
                if (!Slots[0].Contains(first.Term)) continue;
                matched.Clear();
                matched.Add(first);
                for (int slot = 1; slot < Slots.Length; slot++)
                {
                    int expected = first.Position + Positions[slot] - Positions[0];
                    var found = FindNear(byPosition, expected, Slots[slot]);
                    if (found is null) break;
                    matched.Add(found.Value);
                }
                if (matched.Count == Slots.Length)
                    foreach (var token in matched) spans.Add((token.StartOffset, token.EndOffset));
            }
        }

        private AnalyzedToken? FindNear(ILookup<int, AnalyzedToken> byPosition, int expected, string[] alternatives)
        {
            for (int distance = 0; distance <= Slop; distance++)
            {
                foreach (int position in distance == 0 ? [expected] : new[] { expected - distance, expected + distance })
                    foreach (var token in byPosition[position])
                        if (alternatives.Contains(token.Term)) return token;
            }
            return null;
        }
    }
}
