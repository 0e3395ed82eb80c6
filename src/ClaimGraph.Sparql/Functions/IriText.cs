namespace ClaimGraph.Sparql.Functions;

/// <summary>IRI text helpers for IRI()/URI().</summary>
internal static class IriText
{
    /// <summary>Resolves a reference against the base; an absolute reference stands alone. False when relative without a base.</summary>
    public static bool TryResolve(string? baseIri, string reference, out string resolved)
    {
        if (HasScheme(reference) || baseIri is null)
        {
            resolved = reference;
            return HasScheme(reference);
        }
        resolved = ResolveRelative(baseIri, reference);
        return true;
    }

    private static bool HasScheme(string s)
    {
        int colon = s.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(s[0])) return false;
        for (int i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(s[i]) || s[i] is '+' or '-' or '.')) return false;
        return true;
    }

    // Interim RFC 3986 resolution for the common cases; to be replaced by the RDF layer's resolver.
    private static string ResolveRelative(string baseIri, string reference)
    {
        if (reference.Length == 0) return StripFragment(baseIri);
        if (reference[0] == '#') return StripFragment(baseIri) + reference;
        int schemeEnd = baseIri.IndexOf(':') + 1;
        if (reference.StartsWith("//", StringComparison.Ordinal)) return baseIri[..schemeEnd] + reference;
        int authorityEnd = baseIri.Length;
        if (baseIri.AsSpan(schemeEnd).StartsWith("//"))
        {
            int slash = baseIri.IndexOf('/', schemeEnd + 2);
            authorityEnd = slash < 0 ? baseIri.Length : slash;
        }
        else authorityEnd = schemeEnd;
        if (reference[0] == '/') return baseIri[..authorityEnd] + reference;
        string basePath = StripFragment(baseIri);
        int q = basePath.IndexOf('?');
        if (q >= 0) basePath = basePath[..q];
        if (reference[0] == '?') return basePath + reference;
        int lastSlash = basePath.LastIndexOf('/');
        string merged = (lastSlash >= authorityEnd ? basePath[..(lastSlash + 1)] : basePath[..authorityEnd] + "/") + reference;
        return merged;
    }

    private static string StripFragment(string iri)
    {
        int hash = iri.IndexOf('#');
        return hash < 0 ? iri : iri[..hash];
    }
}
