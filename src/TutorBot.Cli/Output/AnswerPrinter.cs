using TutorBot.Core;
using TutorBot.Core.Answering;

namespace TutorBot.Cli.Output;

/// <summary>
/// Prints a streamed answer as it arrives, then its notice (if any) and its numbered sources. When the final
/// answer replaces what was streamed (the LLM failed midway or cited nothing), the replacement is printed after a
/// separating line rather than pretending the streamed text was never shown.
/// </summary>
internal static class AnswerPrinter
{
    public static async Task<GroundedAnswer> PrintAsync(TextWriter output, IAsyncEnumerable<AnswerChunk> chunks, CancellationToken cancellationToken)
    {
        var streamedAny = false;
        await foreach (var chunk in chunks.WithCancellation(cancellationToken))
        {
            if (chunk.Final is not { } final)
            {
                output.Write(chunk.Text);
                output.Flush();
                streamedAny |= chunk.Text.Length > 0;
                continue;
            }

            if (chunk.ReplacesStreamedText)
            {
                output.WriteLine(streamedAny ? "\n---" : "");
                if (final.Notice is { } notice)
                {
                    output.WriteLine($"({notice})");
                }

                output.Write(final.Text);
            }
            else if (final.Notice is { } notice)
            {
                output.WriteLine();
                output.Write($"({notice})");
            }

            output.WriteLine();
            WriteSources(output, final);
            return final;
        }

        throw new InvalidOperationException("The answer stream ended without its final chunk.");
    }

    public static void WriteSources(TextWriter output, GroundedAnswer answer)
    {
        if (answer.Citations.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(TutorReplies.Sources.In(answer.Language));
        foreach (var c in answer.Citations)
        {
            var title = answer.Language == Language.English && c.TitleEn is { Length: > 0 } en ? en : c.Title;
            output.WriteLine($"[{c.N}] {c.EntryId}  {title}  {c.Source}");
        }
    }
}
