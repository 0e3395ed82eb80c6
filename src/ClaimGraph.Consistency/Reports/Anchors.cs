namespace ClaimGraph.Consistency.Reports;

/// <summary>Short, stable HTML ids for claims and articles, derived from their IRIs or names.</summary>
internal static class Anchors
{
    public static string Claim(string claimIri) => "c-" + Hash(claimIri);

    public static string Article(string articleName) => "a-" + Hash(articleName);

    /// <summary>
    /// 48 bits of 64-bit FNV-1a over the UTF-16 text, as 12 hex digits. Ids only need to be stable
    /// and rarely collide within one page; a report hashes every claim IRI, so no cryptographic hash.
    /// </summary>
    private static string Hash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 32;   // fold the well-mixed high half into the digits kept
        return (hash & 0xFFFF_FFFF_FFFFUL).ToString("x12");
    }
}
