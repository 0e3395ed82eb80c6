namespace ClaimGraph.Store;

/// <summary>A bulk load done as one ordinary transaction: for stores that hold every write in memory anyway.</summary>
internal sealed class TransactionBulkLoad(IStoreTransaction transaction) : IBulkLoad
{
    private long _added;

    public void Add(Rdf.Model.Quad quad)
    {
        if (transaction.Add(quad)) _added++;
    }

    public long Commit()
    {
        transaction.Commit();
        return _added;
    }

    public void Dispose() => transaction.Dispose();
}
