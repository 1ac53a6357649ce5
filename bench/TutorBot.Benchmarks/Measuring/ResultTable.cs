namespace TutorBot.Benchmarks.Measuring;

/// <summary>The benchmark's results, one row per measured figure, printed as a Markdown table (paste-able into docs).</summary>
internal sealed class ResultTable
{
    private readonly List<(string Section, string Metric, string Value, string Target)> _rows = [];

    public void Add(string section, string metric, string value, string target = "")
    {
        _rows.Add((section, metric, value, target));
        Console.WriteLine($"  {section,-9} {metric,-44} {value}{(target.Length > 0 ? $"   [target {target}]" : "")}");
    }

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| Scenario | Measure | Measured | Target |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (section, metric, value, target) in _rows)
        {
            output.WriteLine($"| {section} | {metric} | {value} | {target} |");
        }
    }
}
