using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.Sparql.Functions;

/// <summary>
/// Translates XPath/XSD regular expressions and flags (s, m, i, x, q) to .NET regexes, compiled once
/// per (pattern, flags) and matched with a timeout so that a pathological pattern cannot hang a query.
/// </summary>
internal static class XPathRegex
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private const int CacheLimit = 1024;
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex?> Cache = new();

    /// <summary>The regex for a pattern and flags, or null when either is invalid (a SPARQL error).</summary>
    public static Regex? Get(string pattern, string flags)
    {
        if (Cache.TryGetValue((pattern, flags), out var cached)) return cached;
        var regex = Build(pattern, flags);
        if (Cache.Count >= CacheLimit) Cache.Clear();
        Cache[(pattern, flags)] = regex;
        return regex;
    }

    private static Regex? Build(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        bool literal = false, stripWhitespace = false;
        foreach (char f in flags)
        {
            switch (f)
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'x': stripWhitespace = true; break;
                case 'q': literal = true; break;
                default: return null;
            }
        }
        string translated = literal ? Regex.Escape(pattern) : Translate(pattern, stripWhitespace, (options & RegexOptions.Multiline) != 0);
        if (translated is null) return null;
        try { return new Regex(translated, options, MatchTimeout); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>
    /// XPath syntax that .NET reads differently: "$" outside multi-line mode matches only at the very
    /// end; \i and \c name-character escapes; the x flag removes whitespace outside character classes.
    /// </summary>
    private static string Translate(string pattern, bool stripWhitespace, bool multiline)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        int classDepth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[++i];
                sb.Append(next switch
                {
                    'i' => classDepth > 0 ? @"_:A-Za-z" : @"[_:A-Za-z]",
                    'c' => classDepth > 0 ? @"\-._:A-Za-z0-9" : @"[\-._:A-Za-z0-9]",
                    'I' => @"[^_:A-Za-z]",
                    'C' => @"[^\-._:A-Za-z0-9]",
                    _ => "\\" + next,
                });
                continue;
            }
            if (c == '[') classDepth++;
            else if (c == ']' && classDepth > 0) classDepth--;
            else if (classDepth == 0 && stripWhitespace && c is ' ' or '\t' or '\n' or '\r') continue;
            else if (classDepth == 0 && c == '$' && !multiline) { sb.Append(@"\z"); continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>fn:replace replacement text to .NET: "$n" stays, "\$" and "\\" become literal; other "\" or a lone "$" is an error (null).</summary>
    public static string? TranslateReplacement(string replacement)
    {
        var sb = new StringBuilder(replacement.Length);
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length || replacement[i + 1] is not ('\\' or '$')) return null;
                char escaped = replacement[++i];
                sb.Append(escaped == '$' ? "$$" : "\\");
            }
            else if (c == '$')
            {
                int start = i + 1, end = start;
                while (end < replacement.Length && char.IsAsciiDigit(replacement[end])) end++;
                if (end == start) return null;
                sb.Append("${").Append(replacement, start, end - start).Append('}');
                i = end - 1;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
