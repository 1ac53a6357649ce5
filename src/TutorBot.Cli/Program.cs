using TutorBot.Cli;

// The command line's one catch-all lives in CliApp: exit codes 0 ok, 1 user error, 2 system error.
return await CliApp.RunAsync(args);
