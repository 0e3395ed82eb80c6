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
    public static byte[] Encode(Term term) => Encode(term, lowerCaseLanguage: false);

    /// <summary>
    /// The dictionary key of a term (term to id): as <see cref="Encode"/>, but with the language tag
    /// in lower case, because tags compare case-insensitively.
    /// </summary>
    public static byte[] Key(Term term) => Encode(term, lowerCaseLanguage: true);

    private static byte[] Encode(Term term, bool lowerCaseLanguage)
    {
        switch (term)
        {
            case Iri iri: return WithKind(IriKind, iri.Value);
            case BlankNode blank: return WithKind(BlankKind, blank.Label);
            case Literal { Language: { } language } literal:
                return WithKind(LangKind, lowerCaseLanguage ? language.ToLowerInvariant() : language, literal.Lexical);
            case Literal literal when literal.Datatype.Equals(Vocab.Xsd.String):
                return WithKind(StringKind, literal.Lexical);
            case Literal literal:
                return WithKind(TypedKind, literal.Datatype.Value, literal.Lexical);
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

    private static byte[] WithKind(byte kind, string text)
    {
        var bytes = new byte[1 + Encoding.UTF8.GetByteCount(text)];
        bytes[0] = kind;
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(1));
        return bytes;
    }

    private static byte[] WithKind(byte kind, string head, string lexical)
    {
        int headLength = Encoding.UTF8.GetByteCount(head);
        var bytes = new byte[2 + headLength + Encoding.UTF8.GetByteCount(lexical)];
        bytes[0] = kind;
        Encoding.UTF8.GetBytes(head, bytes.AsSpan(1));
        bytes[1 + headLength] = 0;
        Encoding.UTF8.GetBytes(lexical, bytes.AsSpan(2 + headLength));
        return bytes;
    }
}
