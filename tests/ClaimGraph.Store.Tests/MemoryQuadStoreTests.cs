using ClaimGraph.Store.Memory;

namespace ClaimGraph.Store.Tests;

public sealed class MemoryQuadStoreTests : QuadStoreContractTests
{
    protected override IQuadStore CreateStore() => new MemoryQuadStore();

    protected override IQuadStore? Reopen(IQuadStore store) => null;
}
