using ClaimGraph.Rdf.Model;
using ClaimGraph.Store.Rocks;

namespace ClaimGraph.Store.Tests;

public sealed class NewTermTableTests
{
    private static NewTermTable Empty(long firstId = 100, long maxId = long.MaxValue)
    {
        var table = new NewTermTable();
        table.Reset(firstId, maxId);
        return table;
    }

    [Fact]
    public void Terms_get_consecutive_ids_once_each_and_come_back_as_added()
    {
        var table = Empty();
        var terms = Enumerable.Range(0, 20_000).Select(i => (Term)new Iri($"http://example.org/a/{i % 7}/{i}")).ToList();
        terms.Add(Literal.LangTagged("hallo", "de-DE"));
        terms.Add(Literal.String(new string('x', 3 << 20)));   // a key longer than a chunk
        terms.Add(Literal.Typed("42", Vocab.Xsd.Integer));

        var ids = terms.Select(table.GetOrAdd).ToList();

        Assert.Equal(Enumerable.Range(0, terms.Count).Select(i => 100L + i), ids);
        Assert.Equal(100 + terms.Count, table.NextId);
        for (int i = 0; i < terms.Count; i++)
        {
            Assert.Equal(ids[i], table.GetOrAdd(terms[i]));
            Assert.True(table.TryGetId(terms[i], out long id));
            Assert.Equal(ids[i], id);
            Assert.Equal(terms[i], table.GetTerm(ids[i]));
        }
        // A language tag in another case is the same term; the tag first seen is the one kept.
        Assert.True(table.TryGetId(Literal.LangTagged("hallo", "de-de"), out long lower));
        Assert.Equal(ids[20_000], lower);
        Assert.Equal("de-DE", ((Literal)table.GetTerm(lower)).Language);
        Assert.False(table.TryGetId(new Iri("http://example.org/absent"), out _));
    }

    [Fact]
    public void A_reset_table_starts_again_from_its_new_first_id()
    {
        var table = Empty();
        table.GetOrAdd(new Iri("http://example.org/x"));
        table.Reset(500, long.MaxValue);
        Assert.False(table.TryGetId(new Iri("http://example.org/x"), out _));
        Assert.Equal(500, table.GetOrAdd(new Iri("http://example.org/y")));
    }

    [Fact]
    public void Adding_past_the_largest_id_fails_and_finding_does_not()
    {
        var table = Empty(firstId: 10, maxId: 10);
        Assert.Equal(10, table.GetOrAdd(new Iri("http://example.org/x")));
        Assert.Equal(10, table.GetOrAdd(new Iri("http://example.org/x")));
        Assert.Throws<StoreException>(() => table.GetOrAdd(new Iri("http://example.org/y")));
    }

    [Fact]
    public void Keys_come_in_byte_order_and_a_view_keeps_what_it_saw()
    {
        var random = new Random(7);
        var table = Empty();
        var words = new[] { "", "a", "ab", "abc", "b", "article/0f3a/", "article/0f3a/claim/1-2", "article/0f3a/claim/1-20", "\u00e9", "z" };
        for (int i = 0; i < 5_000; i++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => words[random.Next(words.Length)]));
            table.GetOrAdd(random.Next(3) switch
            {
                0 => new Iri("http://example.org/" + text),
                1 => Literal.String(text),
                _ => Literal.Typed(text, Vocab.Xsd.Integer),
            });
        }

        foreach (var end in new[] { "b", "a", "" }) table.GetOrAdd(Literal.String(new string('q', 1000) + end));   // a long shared prefix

        var view = table.Since(10);
        table.GetOrAdd(new Iri("http://example.org/added-after"));   // not in the view
        var order = view.InKeyOrder();

        Assert.Equal(table.Count - 11, view.Count);
        Assert.Equal(Enumerable.Range(0, view.Count), order.Order());
        for (int k = 1; k < order.Length; k++)
            Assert.True(view.Key(order[k - 1]).SequenceCompareTo(view.Key(order[k])) < 0);
        Assert.Equal(110, view.Id(0));
    }
}
