using ClaimGraph.Rdf.Model;
using ClaimGraph.Sparql.Algebra;
using ClaimGraph.Store;

namespace ClaimGraph.Sparql.Eval;

/// <summary>
/// DESCRIBE: the concise bounded description of each resource — every triple of the default graph
/// with the resource as subject, followed through blank node objects.
/// </summary>
internal sealed class DescribeBuilder(Evaluator evaluator)
{
    public IEnumerable<Triple> Build(Query query, IEnumerable<long[]> solutions)
    {
        var resources = new List<long>();
        var seenResources = new HashSet<long>();
        var terms = evaluator.Terms;
        foreach (var target in query.DescribeTargets)
            if (target is TermNode t && seenResources.Add(terms.Encode(t.Term))) resources.Add(terms.Encode(t.Term));
        var vars = query.DescribeTargets.Count == 0
            ? OpVariables.Mentioned(query.Algebra).Where(Var.IsUserName).ToList()
            : query.DescribeTargets.OfType<Var>().Select(v => v.Name).ToList();
        if (vars.Count > 0)
        {
            var slots = vars.Select(evaluator.Slot).ToArray();
            foreach (var row in solutions)
                foreach (var slot in slots)
                    if (row[slot] != 0 && seenResources.Add(row[slot])) resources.Add(row[slot]);
        }
        var emitted = new HashSet<(long, long, long)>();
        var visitedBlank = new HashSet<long>();
        foreach (var resource in resources)
        {
            if (resource < 0) continue;
            var queue = new Queue<long>();
            queue.Enqueue(resource);
            while (queue.Count > 0)
            {
                long subject = queue.Dequeue();
                foreach (var q in evaluator.ScanScope(subject, TermIds.Any, TermIds.Any, GraphScope.Default, null))
                {
                    if (!emitted.Add((q.Subject, q.Predicate, q.Object))) continue;
                    var o = terms.Decode(q.Object);
                    if (o is BlankNode && visitedBlank.Add(q.Object)) queue.Enqueue(q.Object);
                    yield return new Triple(terms.Decode(q.Subject), terms.Decode(q.Predicate), o);
                }
            }
        }
    }
}
