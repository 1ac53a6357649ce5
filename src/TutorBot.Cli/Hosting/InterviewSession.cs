using TutorBot.Core;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Text;

namespace TutorBot.Cli.Hosting;

/// <summary>
/// Drives one user's interview from lines of text: each line goes through the engine and the new state is saved
/// before the reply is printed, so nothing answered is lost when the process ends. A save that finds the stored
/// state changed by another process stops the session instead of overwriting it.
/// </summary>
internal sealed class InterviewSession(InterviewEngine engine, InterviewRepository repository, string userId, Language? language)
{
    public async Task<int> RunAsync(string startText, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected;
        var (data, etag) = await repository.LoadAsync(userId, cancellationToken);
        var reply = await engine.HandleAsync(new InterviewContext(userId, data.Interview, data.Schedule, language), startText, cancellationToken);
        etag = await SaveAsync(reply, etag, cancellationToken);
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
                output.WriteLine(reply.Language == Language.Chinese
                    ? "进度已保存，再次运行 interview 即可继续。"
                    : "Progress saved; run interview again to continue.");
                return ExitCodes.Ok;
            }

            if (!interactive)
            {
                output.WriteLine($"> {line}");
            }

            reply = await engine.HandleAsync(new InterviewContext(userId, reply.State, reply.Schedule, language), line, cancellationToken);
            etag = await SaveAsync(reply, etag, cancellationToken);
            output.WriteLine();
            output.Write(InterviewTextFormatter.Format(reply));
        }

        return reply.Kind == InterviewReplyKind.NoQuestions ? ExitCodes.UserError : ExitCodes.Ok;
    }

    private async Task<string?> SaveAsync(InterviewReply reply, string? etag, CancellationToken cancellationToken) =>
        await repository.SaveAsync(userId, new UserInterviewData(reply.State, reply.Schedule), etag, cancellationToken)
            ?? throw new UserErrorException($"the interview of user '{userId}' was changed by another session; run interview again to continue from there");
}
