using TutorBot.Core;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Text;
using TutorBot.Core.State;

namespace TutorBot.Cli.Hosting;

/// <summary>
/// Drives one user's interview from lines of text: each line is one turn through Core's <see cref="InterviewStore"/>
/// (the same store and keys the bot uses), which saves the new state before the reply is printed, so nothing answered
/// is lost when the process ends; a turn that meets another session's write runs again on the fresh state.
/// </summary>
internal sealed class InterviewSession(InterviewEngine engine, InterviewStore store, ChatKey key, Language? language)
{
    private static readonly BilingualText ProgressSaved = new("进度已保存，再次运行 interview 即可继续。", "Progress saved; run interview again to continue.");

    public async Task<int> RunAsync(string startText, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected;
        var reply = await TurnAsync(startText, cancellationToken);
        output.Write(InterviewTextFormatter.Format(reply));
        while (reply.State is { IsOpen: true })
        {
            if (interactive)
            {
                output.Write("> ");
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                output.WriteLine();
                output.WriteLine(ProgressSaved.In(reply.Language));
                return ExitCodes.Ok;
            }

            if (!interactive)
            {
                output.WriteLine($"> {line}");
            }

            reply = await TurnAsync(line, cancellationToken);
            output.WriteLine();
            output.Write(InterviewTextFormatter.Format(reply));
        }

        return reply.Kind == InterviewReplyKind.NoQuestions ? ExitCodes.UserError : ExitCodes.Ok;
    }

    private Task<InterviewReply> TurnAsync(string text, CancellationToken cancellationToken) =>
        store.HandleAsync(key, (context, ct) => engine.HandleAsync(context with { Language = language }, text, ct), cancellationToken);
}
