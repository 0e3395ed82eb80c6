using ClaimGraph.Consistency.Model;

namespace ClaimGraph.Consistency.RuleChecks;

/// <summary>
/// The running maximum of lower bounds over figures taken in as-of order, with the figures that give
/// it: what a cumulative figure is compared with, instead of every earlier figure.
/// </summary>
internal sealed class HighestLowerBound
{
    public decimal? Value { get; private set; }
    public List<FigurePoint> Holders { get; private set; } = [];

    public void Take(FigurePoint figure)
    {
        if (figure.Lower is not decimal lower) return;
        if (Value is null || lower > Value) { Value = lower; Holders = [figure]; }
        else if (lower == Value) Holders.Add(figure);
    }
}
