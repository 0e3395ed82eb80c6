using System.Xml;
using ClaimGraph.Rdf.Model;

namespace ClaimGraph.Sparql.Results;

/// <summary>SPARQL Query Results XML Format (application/sparql-results+xml), written row by row.</summary>
public sealed class SparqlXmlWriter : IResultsWriter
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    public string MediaType => "application/sparql-results+xml";

    public bool CanWrite(QueryResult result) => result is SolutionsResult or BooleanResult;

    public void Write(QueryResult result, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, CloseOutput = false, OmitXmlDeclaration = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("sparql", Namespace);
        xml.WriteStartElement("head", Namespace);
        switch (result)
        {
            case BooleanResult b:
                xml.WriteEndElement();
                xml.WriteElementString("boolean", Namespace, b.Value ? "true" : "false");
                break;
            case SolutionsResult s:
                foreach (var v in s.Variables)
                {
                    xml.WriteStartElement("variable", Namespace);
                    xml.WriteAttributeString("name", v);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                xml.WriteStartElement("results", Namespace);
                foreach (var row in s.Rows)
                {
                    xml.WriteStartElement("result", Namespace);
                    for (int i = 0; i < row.Length; i++)
                    {
                        if (row[i] is not Term term) continue;
                        xml.WriteStartElement("binding", Namespace);
                        xml.WriteAttributeString("name", s.Variables[i]);
                        WriteTerm(xml, term);
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                break;
            default:
                throw new ArgumentException("SPARQL XML results hold SELECT and ASK results only", nameof(result));
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteTerm(XmlWriter xml, Term term)
    {
        switch (term)
        {
            case Iri iri: xml.WriteElementString("uri", Namespace, iri.Value); break;
            case BlankNode b: xml.WriteElementString("bnode", Namespace, b.Label); break;
            case Literal l:
                xml.WriteStartElement("literal", Namespace);
                if (l.Language is string lang) xml.WriteAttributeString("xml", "lang", null, lang);
                else if (!l.Datatype.Equals(Vocab.Xsd.String)) xml.WriteAttributeString("datatype", l.Datatype.Value);
                xml.WriteString(l.Lexical);
                xml.WriteEndElement();
                break;
        }
    }
}

/// <summary>Reads the SPARQL XML results format (SELECT and ASK).</summary>
public sealed class SparqlXmlReader : IResultsReader
{
    public QueryResult Read(TextReader input)
    {
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Ignore };
        using var xml = XmlReader.Create(input, settings);
        var variables = new List<string>();
        var rows = new List<Dictionary<string, Term>>();
        Dictionary<string, Term>? row = null;
        string? bindingName = null;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "result" && row is not null)
            {
                rows.Add(row);
                row = null;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "variable":
                    variables.Add(xml.GetAttribute("name")!);
                    break;
                case "boolean":
                    return new BooleanResult(xml.ReadElementContentAsString().Trim() == "true");
                case "result":
                    row = new Dictionary<string, Term>(StringComparer.Ordinal);
                    if (xml.IsEmptyElement) { rows.Add(row); row = null; }
                    break;
                case "binding":
                    bindingName = xml.GetAttribute("name");
                    break;
                case "uri":
                    Bind(row, bindingName, new Iri(xml.ReadElementContentAsString()));
                    break;
                case "bnode":
                    Bind(row, bindingName, new BlankNode(xml.ReadElementContentAsString()));
                    break;
                case "literal":
                    string? lang = xml.GetAttribute("xml:lang");
                    string? datatype = xml.GetAttribute("datatype");
                    string text = xml.IsEmptyElement ? "" : xml.ReadElementContentAsString();
                    Term literal = lang is not null ? Literal.LangTagged(text, lang)
                        : datatype is not null && datatype != Vocab.Xsd.String.Value ? Literal.Typed(text, new Iri(datatype))
                        : Literal.String(text);
                    Bind(row, bindingName, literal);
                    break;
            }
        }
        foreach (var r in rows)
            foreach (var name in r.Keys)
                if (!variables.Contains(name)) variables.Add(name);
        return new SolutionsResult(variables, rows.Select(r => variables.Select(v => r.GetValueOrDefault(v)).ToArray()).ToList());
    }

    private static void Bind(Dictionary<string, Term>? row, string? name, Term term)
    {
        if (row is null || name is null) throw new FormatException("a term outside a <binding> in SPARQL XML results");
        row[name] = term;
    }
}
