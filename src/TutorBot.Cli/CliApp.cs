using System.CommandLine;
using System.Text;
using TutorBot.Cli.Commands;
using TutorBot.Cli.Hosting;
using TutorBot.Core.State;

namespace TutorBot.Cli;

/// <summary>The table of contents of the command line, and its one catch-all.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        var services = new CliServices();
        var root = new RootCommand("TutorBot: answers ML and LLM interview questions from a curated knowledge base.")
        {
            SearchCommand.Create(services),
            IndexCommand.Create(services),
            EvalCommand.Create(services),
            ImportCommand.Create(services),
            ValidateCommand.Create(services),
            AskCommand.Create(services),
            ChatCommand.Create(services),
            AskEvalCommand.Create(services),
            InterviewCommand.Create(services),
            ProgressCommand.Create(services),
            GradeEvalCommand.Create(services),
            ExportCommand.Create(services),
            FeedbackCommand.Create(services),
        };

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UserError;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            Console.Error.WriteLine($"error: the configuration is not valid: {string.Join("; ", ex.Failures)}");
            return ExitCodes.UserError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.UserError;
        }
        catch (StateStoreUnavailableException ex)
        {
            // A known fault with a clear cause (a full disk, a read-only folder, a damaged database), not a crash.
            Console.Error.WriteLine($"error: the state store cannot be used: {ex.Message}. What was stored before is unchanged.");
            return ExitCodes.SystemError;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"error: TutorBot failed unexpectedly ({ex.GetType().Name}: {ex.Message}).");
            Console.Error.WriteLine("Run again with TUTORBOT_DEBUG=1 for details.");
            if (Environment.GetEnvironmentVariable("TUTORBOT_DEBUG") == "1")
            {
                Console.Error.WriteLine(ex);
            }

            return ExitCodes.SystemError;
        }
        finally
        {
            await services.DisposeAsync();
        }
    }
}
