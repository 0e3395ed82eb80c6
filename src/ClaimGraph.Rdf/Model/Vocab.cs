namespace ClaimGraph.Rdf.Model;

/// <summary>IRIs of the core vocabularies the RDF and SPARQL layers need.</summary>
public static class Vocab
{
    public static class Rdf
    {
        public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public static readonly Iri Type = new(Namespace + "type");
        public static readonly Iri LangString = new(Namespace + "langString");
        public static readonly Iri DirLangString = new(Namespace + "dirLangString");
        public static readonly Iri First = new(Namespace + "first");
        public static readonly Iri Rest = new(Namespace + "rest");
        public static readonly Iri Nil = new(Namespace + "nil");
    }

    public static class Rdfs
    {
        public const string Namespace = "http://www.w3.org/2000/01/rdf-schema#";
        public static readonly Iri Label = new(Namespace + "label");
        public static readonly Iri Comment = new(Namespace + "comment");
    }

    public static class Xsd
    {
        public const string Namespace = "http://www.w3.org/2001/XMLSchema#";
        public static readonly Iri String = new(Namespace + "string");
        public static readonly Iri Boolean = new(Namespace + "boolean");
        public static readonly Iri Decimal = new(Namespace + "decimal");
        public static readonly Iri Integer = new(Namespace + "integer");
        public static readonly Iri Double = new(Namespace + "double");
        public static readonly Iri Float = new(Namespace + "float");
        public static readonly Iri Long = new(Namespace + "long");
        public static readonly Iri Int = new(Namespace + "int");
        public static readonly Iri Short = new(Namespace + "short");
        public static readonly Iri Byte = new(Namespace + "byte");
        public static readonly Iri NonNegativeInteger = new(Namespace + "nonNegativeInteger");
        public static readonly Iri NonPositiveInteger = new(Namespace + "nonPositiveInteger");
        public static readonly Iri PositiveInteger = new(Namespace + "positiveInteger");
        public static readonly Iri NegativeInteger = new(Namespace + "negativeInteger");
        public static readonly Iri UnsignedLong = new(Namespace + "unsignedLong");
        public static readonly Iri UnsignedInt = new(Namespace + "unsignedInt");
        public static readonly Iri UnsignedShort = new(Namespace + "unsignedShort");
        public static readonly Iri UnsignedByte = new(Namespace + "unsignedByte");
        public static readonly Iri DateTime = new(Namespace + "dateTime");
        public static readonly Iri Date = new(Namespace + "date");
        public static readonly Iri Time = new(Namespace + "time");
        public static readonly Iri Duration = new(Namespace + "duration");
        public static readonly Iri DayTimeDuration = new(Namespace + "dayTimeDuration");
        public static readonly Iri YearMonthDuration = new(Namespace + "yearMonthDuration");
        public static readonly Iri GYear = new(Namespace + "gYear");
    }
}
