namespace ClaimGraph.Rdf.Model;

/// <summary>
/// An RDF literal: a lexical form with a datatype, or with a language tag (datatype rdf:langString).
/// A literal without either has datatype xsd:string. Language tags are kept as written but compared
/// case-insensitively.
/// </summary>
public sealed class Literal : Term
{
    private Literal(string lexical, Iri datatype, string? language)
    {
        Lexical = lexical;
        Datatype = datatype;
        Language = language;
    }

    public string Lexical { get; }
    public Iri Datatype { get; }

    /// <summary>The language tag, or null when the literal has none.</summary>
    public string? Language { get; }

    public bool HasLanguage => Language is not null;

    public override TermKind Kind => TermKind.Literal;

    /// <summary>A plain string literal (xsd:string).</summary>
    public static Literal String(string lexical) => new(lexical, Vocab.Xsd.String, null);

    public static Literal Typed(string lexical, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(datatype);
        return datatype.Equals(Vocab.Rdf.LangString)
            ? throw new ArgumentException("rdf:langString literals need a language tag", nameof(datatype))
            : new Literal(lexical, datatype, null);
    }

    public static Literal LangTagged(string lexical, string language)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentException.ThrowIfNullOrEmpty(language);
        return new Literal(lexical, Vocab.Rdf.LangString, language);
    }

    public static Literal Integer(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer, null);
    public static Literal Decimal(decimal value) => new(XsdFormat.Decimal(value), Vocab.Xsd.Decimal, null);
    public static Literal Double(double value) => new(XsdFormat.Double(value), Vocab.Xsd.Double, null);
    public static Literal Boolean(bool value) => value ? True : False;
    public static Literal Date(DateOnly value) => new(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Date, null);

    public static readonly Literal True = new("true", Vocab.Xsd.Boolean, null);
    public static readonly Literal False = new("false", Vocab.Xsd.Boolean, null);

    private int _hash;   // 0 until first asked, as Iri's

    public override bool Equals(Term? other) =>
        ReferenceEquals(other, this)
        || (other is Literal l
            && string.Equals(l.Lexical, Lexical, StringComparison.Ordinal)
            && l.Datatype.Equals(Datatype)
            && string.Equals(l.Language, Language, StringComparison.OrdinalIgnoreCase));

    public override int GetHashCode()
    {
        if (_hash == 0) _hash = Iri.NonZero(HashCode.Combine(Lexical, Datatype, Language is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Language)));
        return _hash;
    }

    public override string ToString() => NTriplesFormat.Literal(this);
}
