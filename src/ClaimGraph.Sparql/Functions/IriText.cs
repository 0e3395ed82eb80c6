using ClaimGraph.Rdf.Iris;

namespace ClaimGraph.Sparql.Functions;

/// <summary>IRI text helpers for IRI()/URI().</summary>
internal static class IriText
{
    /// <summary>Resolves a reference against the base (RFC 3986); an absolute reference stands alone. False when relative without a base.</summary>
    public static bool TryResolve(string? baseIri, string reference, out string resolved)
    {
        bool absolute = IriReference.HasScheme(reference);
        if (absolute || baseIri is null)
        {
            resolved = reference;
            return absolute;
        }
        resolved = IriReference.Resolve(baseIri, reference);
        return true;
    }
}
