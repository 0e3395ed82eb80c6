namespace ClaimGraph.Sparql.Syntax;

/// <summary>Resolves IRI references against a base IRI (RFC 3986 section 5.2), without System.Uri.</summary>
internal static class IriResolver
{
    public static bool IsAbsolute(string iri)
    {
        int colon = iri.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(iri[0])) return false;
        for (int i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(iri[i]) || iri[i] is '+' or '-' or '.')) return false;
        return true;
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static Parts Split(string s)
    {
        string? scheme = null, authority = null, query = null, fragment = null;
        int hash = s.IndexOf('#');
        if (hash >= 0) { fragment = s[(hash + 1)..]; s = s[..hash]; }
        int q = s.IndexOf('?');
        if (q >= 0) { query = s[(q + 1)..]; s = s[..q]; }
        if (IsAbsolute(s)) { int c = s.IndexOf(':'); scheme = s[..c]; s = s[(c + 1)..]; }
        if (s.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = s.IndexOf('/', 2);
            authority = slash < 0 ? s[2..] : s[2..slash];
            s = slash < 0 ? "" : s[slash..];
        }
        return new Parts(scheme, authority, s, query, fragment);
    }

    public static string Resolve(string reference, string? baseIri)
    {
        if (IsAbsolute(reference)) return reference; // absolute IRIs are kept as written (no normalization)
        if (baseIri is null) return reference;
        var r = Split(reference);
        var b = Split(baseIri);
        string? scheme, authority, query;
        string path;
        if (r.Authority is not null)
        {
            scheme = b.Scheme; authority = r.Authority; path = RemoveDotSegments(r.Path); query = r.Query;
        }
        else if (r.Path.Length == 0)
        {
            scheme = b.Scheme; authority = b.Authority; path = b.Path; query = r.Query ?? b.Query;
        }
        else
        {
            scheme = b.Scheme; authority = b.Authority;
            if (r.Path.StartsWith('/')) path = RemoveDotSegments(r.Path);
            else
            {
                string merged;
                if (b.Authority is not null && b.Path.Length == 0) merged = "/" + r.Path;
                else
                {
                    int last = b.Path.LastIndexOf('/');
                    merged = (last >= 0 ? b.Path[..(last + 1)] : "") + r.Path;
                }
                path = RemoveDotSegments(merged);
            }
            query = r.Query;
        }
        return Compose(scheme, authority, path, query, r.Fragment);
    }

    private static string SchemeOf(string s) => s[..s.IndexOf(':')];

    private static string RemoveDotsFull(string iri)
    {
        var p = Split(iri);
        return Compose(p.Scheme, p.Authority, RemoveDotSegments(p.Path), p.Query, p.Fragment);
    }

    private static string Compose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new System.Text.StringBuilder();
        if (scheme is not null) sb.Append(scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (fragment is not null) sb.Append('#').Append(fragment);
        return sb.ToString();
    }

    private static string RemoveDotSegments(string input)
    {
        if (input.IndexOf('.') < 0) return input;
        var output = new System.Text.StringBuilder();
        string s = input;
        while (s.Length > 0)
        {
            if (s.StartsWith("../", StringComparison.Ordinal)) s = s[3..];
            else if (s.StartsWith("./", StringComparison.Ordinal)) s = s[2..];
            else if (s.StartsWith("/./", StringComparison.Ordinal)) s = s[2..];
            else if (s == "/.") s = "/";
            else if (s.StartsWith("/../", StringComparison.Ordinal) || s == "/..")
            {
                s = s.Length == 3 ? "/" : s[3..];
                var o = output.ToString();
                int last = o.LastIndexOf('/');
                output.Length = last >= 0 ? last : 0;
            }
            else if (s is "." or "..") s = "";
            else
            {
                int start = s[0] == '/' ? 1 : 0;
                int next = s.IndexOf('/', start);
                if (next < 0) next = s.Length;
                output.Append(s, 0, next);
                s = s[next..];
            }
        }
        return output.ToString();
    }
}
