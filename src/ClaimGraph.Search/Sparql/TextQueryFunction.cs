using System.Globalization;
using ClaimGraph.Rdf.Model;
using ClaimGraph.Search.Indexing;
using ClaimGraph.Search.Querying;
using ClaimGraph.Sparql;

namespace ClaimGraph.Search.Sparql;

/// <summary>
/// Jena's <c>text:query</c> property function over the sentence index, so SPARQL can join text hits
/// to claims, metrics and dates. Accepted forms (<c>text:</c> = <c>http://jena.apache.org/text#</c>):
/// <code>
/// ?s text:query "words"
/// ?s text:query ("words" 10)
/// ?s text:query (cg:text "words" 10)                  # sentences (the default)
/// ?a text:query (schema:headline "words")             # articles by headline
/// (?s ?score) text:query "words"
/// (?s ?score ?text) text:query (cg:text "words" 10)
/// </code>
/// The subject binds to the sentence IRI (or the article IRI for headline search), ?score to the
/// Lucene score (xsd:float), ?text to the matched text. A subject already bound keeps only the hits
/// for it. The words use Lucene's classic syntax; a syntax error stops the query with its position.
/// </summary>
public sealed class TextQueryFunction(SentenceSearcher searcher) : IPropertyFunction
{
    public const string Namespace = "http://jena.apache.org/text#";
    public const string QueryIri = Namespace + "query";

    /// <summary>Jena's default limit when the query gives none.</summary>
    public const int DefaultLimit = 10_000;

    private const string SentenceTextProperty = "https://claimgraph.org/ns#text";
    private static readonly HashSet<string> HeadlineProperties = new(StringComparer.Ordinal)
    {
        "https://schema.org/headline", "http://schema.org/headline",
    };

    public string PredicateIri => QueryIri;

    public IEnumerable<IReadOnlyDictionary<string, Term>> Evaluate(
        IReadOnlyList<PropertyFunctionArgument> subject,
        IReadOnlyList<PropertyFunctionArgument> @object,
        PropertyFunctionContext context)
    {
        var call = TextQueryCall.Parse(subject, @object);
        string field = call.Property is null || call.Property == SentenceTextProperty
            ? SearchFields.Text
            : HeadlineProperties.Contains(call.Property)
                ? SearchFields.Headline
                : throw new SparqlEvaluationException(
                    $"text:query cannot search <{call.Property}>: the text index holds cg:text (sentences) and schema:headline (articles)");

        IReadOnlyList<TextHit> hits;
        try
        {
            hits = searcher.TextHits(call.QueryText, field, call.Limit);
        }
        catch (QuerySyntaxException e)
        {
            throw new SparqlEvaluationException("text:query \"" + call.QueryText + "\": " + e.Message);
        }

        foreach (var hit in hits)
        {
            context.Cancel.ThrowIfCancellationRequested();
            var row = new Dictionary<string, Term>(3, StringComparer.Ordinal);
            if (!Bind(row, call.Subject, new Iri(hit.Iri))) continue;
            if (!Bind(row, call.Score, Literal.Typed(hit.Score.ToString("R", CultureInfo.InvariantCulture), Vocab.Xsd.Float))) continue;
            if (!Bind(row, call.MatchedText, Literal.String(hit.Text))) continue;
            yield return row;
        }
    }

    /// <summary>Binds a variable, or checks a bound value; false when a bound value differs (the hit is dropped).</summary>
    private static bool Bind(Dictionary<string, Term> row, PropertyFunctionArgument? argument, Term value)
    {
        if (argument is null) return true;
        if (argument.IsBound) return argument.Value!.Equals(value);
        if (argument.Variable is string name)
        {
            if (row.TryGetValue(name, out var earlier)) return earlier.Equals(value);   // (?x ?x) asks for equality
            row[name] = value;
        }
        return true;
    }
}

/// <summary>The parts of one text:query call: what to bind, which property, the query text and the limit.</summary>
internal sealed record TextQueryCall(
    PropertyFunctionArgument? Subject,
    PropertyFunctionArgument? Score,
    PropertyFunctionArgument? MatchedText,
    string? Property,
    string QueryText,
    int Limit)
{
    public static TextQueryCall Parse(IReadOnlyList<PropertyFunctionArgument> subject, IReadOnlyList<PropertyFunctionArgument> @object)
    {
        if (subject.Count is < 1 or > 3)
            throw new SparqlEvaluationException("text:query: the subject is ?s or a list (?s ?score ?text)");

        int at = 0;
        string? property = null;
        if (@object.Count > 0 && @object[0].Value is Iri iri)
        {
            property = iri.Value;
            at++;
        }
        if (at >= @object.Count || @object[at].Value is not Literal text || !IsString(text))
            throw new SparqlEvaluationException("text:query: the object is \"words\" or a list ([property] \"words\" [limit])"
                + (at < @object.Count && !@object[at].IsBound ? "; the words must be a string, not an unbound variable" : ""));
        at++;

        int limit = TextQueryFunction.DefaultLimit;
        for (; at < @object.Count; at++)
        {
            if (@object[at].Value is Literal number && !IsString(number)
                && int.TryParse(number.Lexical, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                limit = n < 0 ? TextQueryFunction.DefaultLimit : n;
            else if (@object[at].Value is Literal option && IsString(option))
                continue;   // Jena's "highlight:..." and "lang:..." options: not supported, ignored
            else
                throw new SparqlEvaluationException("text:query: after the words only a limit (an integer) may follow");
        }

        return new TextQueryCall(
            subject[0],
            subject.Count > 1 ? subject[1] : null,
            subject.Count > 2 ? subject[2] : null,
            property,
            text.Lexical,
            limit);
    }

    private static bool IsString(Literal literal) => literal.Datatype.Equals(Vocab.Xsd.String) || literal.HasLanguage;
}
