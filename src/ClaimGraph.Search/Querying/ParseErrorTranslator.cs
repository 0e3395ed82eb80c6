using Lucene.Net.QueryParsers.Classic;

namespace ClaimGraph.Search.Querying;

/// <summary>
/// Turns the classic QueryParser's errors (JavaCC's ParseException and TokenMgrError, with their token
/// images) into one plain sentence: where, what was found, what would have been accepted.
/// </summary>
internal static class ParseErrorTranslator
{
    public static QuerySyntaxException Translate(string query, Exception error)
    {
        var cause = error is ParseException { InnerException: not null } wrapper ? wrapper.InnerException! : error;
        return cause switch
        {
            ParseException parse when parse.CurrentToken is not null => FromParseException(query, parse),
            TokenMgrError lexical => FromLexicalError(query, lexical),
            _ => new QuerySyntaxException($"cannot parse query \"{query}\": {FirstLine(cause.Message)}", 1),
        };
    }

    private static QuerySyntaxException FromParseException(string query, ParseException parse)
    {
        var found = parse.CurrentToken.Next;
        int column = (found?.BeginColumn ?? query.Length) + 1;   // the parser's columns count from 0
        bool atEnd = found is null || found.Kind == 0;   // kind 0 is <EOF>
        if (atEnd) column = query.Length + 1;
        string what = atEnd ? "the query ended" : $"unexpected \"{found!.Image}\"";
        var expected = Expected(parse);
        string hint = expected.Count == 0 ? "" : "; expected " + JoinOr(expected);
        return new QuerySyntaxException($"query syntax error at column {column}: {what}{hint}", column);
    }

    private static QuerySyntaxException FromLexicalError(string query, TokenMgrError error)
    {
        // "Lexical error at line 1, column 9.  Encountered: <EOF> after : "\"two card""
        int column = ColumnIn(error.Message) ?? query.Length + 1;
        string what = error.Message.Contains("<EOF>", StringComparison.Ordinal)
            ? "the query ended inside a quoted phrase or an escape (a closing \" is missing?)"
            : "a character that cannot start a term";
        return new QuerySyntaxException($"query syntax error at column {column}: {what}", column);
    }

    private static List<string> Expected(ParseException parse)
    {
        var words = new List<string>();
        if (parse.ExpectedTokenSequences is null || parse.TokenImage is null) return words;
        foreach (var sequence in parse.ExpectedTokenSequences)
        {
            if (sequence.Length == 0) continue;
            var word = Describe(parse.TokenImage[sequence[0]]);
            if (word is not null && !words.Contains(word)) words.Add(word);
        }
        return words;
    }

    /// <summary>Plain words for a JavaCC token image of the classic query grammar.</summary>
    private static string? Describe(string image) => image switch
    {
        "<TERM>" or "<PREFIXTERM>" or "<WILDTERM>" or "<REGEXPTERM>" or "<NUMBER>" => "a word",
        "<QUOTED>" => "a quoted phrase",
        "\"(\"" => "\"(\"",
        "\")\"" => "\")\"",
        "\"*\"" => "\"*\"",
        "\"[\"" or "\"{\"" => "a range",
        "<RANGE_GOOP>" or "<RANGE_QUOTED>" => "a range bound",
        "\"TO\"" or "<RANGE_TO>" => "TO",
        "\"]\"" or "\"}\"" or "<RANGEIN_END>" or "<RANGEEX_END>" => "the end of the range",
        "\":\"" or "<COLON>" => "\":\"",
        _ when image.StartsWith('<') => null,   // operators and modifiers: listing them would not help
        _ => image,
    };

    private static string JoinOr(List<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];

    private static int? ColumnIn(string message)
    {
        var at = message.IndexOf("column ", StringComparison.Ordinal);
        if (at < 0) return null;
        int start = at + "column ".Length, end = start;
        while (end < message.Length && char.IsAsciiDigit(message[end])) end++;
        return int.TryParse(message.AsSpan(start, end - start), out var column) ? column : null;
    }

    private static string FirstLine(string text)
    {
        int cut = text.IndexOfAny(['\r', '\n']);
        return cut < 0 ? text : text[..cut];
    }
}
