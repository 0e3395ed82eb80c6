using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ClaimGraph.Search.Analysis;

/// <summary>
/// The analysis chain for news English. Each step is one small filter:
/// <list type="number">
/// <item>StandardTokenizer (Unicode word breaks; keeps "8,600" and "1.8" whole)</item>
/// <item>ASCIIFoldingFilter (curly quotes and accents to ASCII, so "Council’s" reads as "Council's")</item>
/// <item>EnglishPossessiveFilter (drops the trailing 's)</item>
/// <item>LowerCaseFilter</item>
/// <item><see cref="ThousandsSeparatorFilter"/> ("8,600" to "8600")</item>
/// <item><see cref="ScaledNumberFilter"/> ("14 million" also as "14000000")</item>
/// <item>StopFilter (English stop words)</item>
/// <item>PorterStemFilter</item>
/// </list>
/// The same chain runs at index and at query time, so a query written the way the text is written matches.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly CharArraySet _stopWords;

    public NewsAnalyzer() : this(EnglishAnalyzer.DefaultStopSet) { }

    public NewsAnalyzer(CharArraySet stopWords)
    {
        _stopWords = stopWords;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ASCIIFoldingFilter(tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ThousandsSeparatorFilter(stream);
        stream = new ScaledNumberFilter(stream);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
