using ClaimGraph.Sparql.Results;
using ClaimGraph.Store;

namespace ClaimGraph.Consistency.Checking;

/// <summary>Runs a SELECT query over a dataset. The SPARQL engine does it in production; the seam keeps the checker testable.</summary>
public interface ISelectRunner
{
    SolutionsResult Select(NamedQuery query, IQuadReader data, CancellationToken cancel = default);
}
