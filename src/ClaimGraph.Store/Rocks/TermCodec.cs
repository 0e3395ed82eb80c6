using System.Buffers;
using System.Text;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Store.Rocks;

/// <summary>
/// Terms as compact bytes: a kind byte, then UTF-8. Literals with a language tag or a datatype
/// other than xsd:string put the tag or datatype IRI first, then a 0 byte (which neither can hold),
/// then the lexical form.
/// </summary>
internal static class TermCodec
{
    private const byte IriKind = 1, BlankKind = 2, StringKind = 3, LangKind = 4, TypedKind = 5;

    /// <summary>The bytes stored for a term (id to term).</summary>
    public static byte[] Encode(Term term) => ToArray(term, lowerCaseLanguage: false);

    /// <summary>
    /// The dictionary key of a term (term to id): as <see cref="Encode"/>, but with the language tag
    /// in lower case, because tags compare case-insensitively.
    /// </summary>
    public static byte[] Key(Term term) => ToArray(term, lowerCaseLanguage: true);

    /// <summary>Writes the <see cref="Key"/> of a term into <paramref name="destination"/>, which holds at least <see cref="MaxLength"/> bytes; returns its length.</summary>
    public static int WriteKey(Term term, Span<byte> destination) => Write(term, lowerCaseLanguage: true, destination);

    /// <summary>The bytes every <see cref="Key"/> of an IRI that starts with <paramref name="prefix"/> starts with.</summary>
    public static byte[] IriPrefixKey(string prefix)
    {
        var key = new byte[1 + Encoding.UTF8.GetByteCount(prefix)];
        WithKind(IriKind, prefix, key);
        return key;
    }

    /// <summary>At least as many bytes as the term's encoding or key takes (three per UTF-16 unit, as UTF-8 may need).</summary>
    public static int MaxLength(Term term) => term switch
    {
        Iri iri => 1 + Encoding.UTF8.GetMaxByteCount(iri.Value.Length),
        BlankNode blank => 1 + Encoding.UTF8.GetMaxByteCount(blank.Label.Length),
        Literal { Language: { } language } literal => 2 + Encoding.UTF8.GetMaxByteCount(language.Length + literal.Lexical.Length),
        Literal literal => 2 + Encoding.UTF8.GetMaxByteCount(literal.Datatype.Value.Length + literal.Lexical.Length),
        _ => throw new ArgumentException($"cannot store term {term}", nameof(term)),
    };

    private static byte[] ToArray(Term term, bool lowerCaseLanguage)
    {
        int max = MaxLength(term);
        if (max <= 1024)
        {
            Span<byte> buffer = stackalloc byte[max];
            return buffer[..Write(term, lowerCaseLanguage, buffer)].ToArray();
        }
        var rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            return rented.AsSpan(0, Write(term, lowerCaseLanguage, rented)).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int Write(Term term, bool lowerCaseLanguage, Span<byte> destination)
    {
        switch (term)
        {
            case Iri iri: return WithKind(IriKind, iri.Value, destination);
            case BlankNode blank: return WithKind(BlankKind, blank.Label, destination);
            case Literal { Language: { } language } literal:
                return WithKind(LangKind, lowerCaseLanguage ? language.ToLowerInvariant() : language, literal.Lexical, destination);
            case Literal literal when literal.Datatype.Equals(Vocab.Xsd.String):
                return WithKind(StringKind, literal.Lexical, destination);
            case Literal literal:
                return WithKind(TypedKind, literal.Datatype.Value, literal.Lexical, destination);
            default: throw new ArgumentException($"cannot store term {term}", nameof(term));
        }
    }

    public static Term Decode(ReadOnlySpan<byte> bytes)
    {
        var body = bytes[1..];
        switch (bytes[0])
        {
            case IriKind: return new Iri(Encoding.UTF8.GetString(body));
            case BlankKind: return new BlankNode(Encoding.UTF8.GetString(body));
            case StringKind: return Literal.String(Encoding.UTF8.GetString(body));
            case LangKind:
            {
                int zero = body.IndexOf((byte)0);
                return Literal.LangTagged(Encoding.UTF8.GetString(body[(zero + 1)..]), Encoding.UTF8.GetString(body[..zero]));
            }
            case TypedKind:
            {
                int zero = body.IndexOf((byte)0);
                return Literal.Typed(Encoding.UTF8.GetString(body[(zero + 1)..]), new Iri(Encoding.UTF8.GetString(body[..zero])));
            }
            default: throw new StoreException($"the store holds a term of unknown kind {bytes[0]}: it was written by another format");
        }
    }

    private static int WithKind(byte kind, string text, Span<byte> destination)
    {
        destination[0] = kind;
        return 1 + Encoding.UTF8.GetBytes(text, destination[1..]);
    }

    private static int WithKind(byte kind, string head, string lexical, Span<byte> destination)
    {
        destination[0] = kind;
        int headEnd = 1 + Encoding.UTF8.GetBytes(head, destination[1..]);
        destination[headEnd] = 0;
        return headEnd + 1 + Encoding.UTF8.GetBytes(lexical, destination[(headEnd + 1)..]);
    }
}
