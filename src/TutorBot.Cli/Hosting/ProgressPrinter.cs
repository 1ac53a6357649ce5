using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Hosting;

/// <summary>
/// Shows index build progress on standard error: a live line on a terminal, a line per 10% otherwise.
/// Small builds (under 1,000 entries) finish too fast to need it and print nothing.
/// </summary>
internal sealed class ProgressPrinter : IProgress<IndexProgress>
{
    private const int Threshold = 1000;
    private readonly object _lock = new();
    private int _lastTenth = -1;
    private bool _live;

    public void Report(IndexProgress value)
    {
        if (value.Total < Threshold)
        {
            return;
        }

        lock (_lock)
        {
            var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write($"\rIndexing {value.Done:N0}/{value.Total:N0} entries ({percent}%)");
                _live = true;
            }
            else if (percent / 10 > _lastTenth)
            {
                _lastTenth = percent / 10;
                Console.Error.WriteLine($"Indexing {value.Done:N0}/{value.Total:N0} entries ({percent}%)");
            }
        }
    }

    public void Finish()
    {
        if (_live)
        {
            Console.Error.WriteLine();
        }
    }
}
