namespace ClaimGraph.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("ClaimGraph benchmarks: nothing to measure yet.");
        return 0;
    }
}
