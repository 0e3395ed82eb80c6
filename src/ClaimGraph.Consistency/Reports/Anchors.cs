using System.Security.Cryptography;
using System.Text;

namespace ClaimGraph.Consistency.Reports;

/// <summary>Short, stable HTML ids for claims and articles, derived from their IRIs or names.</summary>
internal static class Anchors
{
    public static string Claim(string claimIri) => "c-" + Hash(claimIri);

    public static string Article(string articleName) => "a-" + Hash(articleName);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 6));
}
