using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Replies;
using TutorBot.Charts.Progress;
using TutorBot.Core;
using TutorBot.Core.Progress;

namespace TutorBot.Bot.Turns;

/// <summary>"my progress" / "我的进度": Core's progress report for the sender, drawn as a chart and sent as one message.</summary>
internal sealed class ProgressTurn(LearnerProgress progress, ProgressChart chart)
{
    public async Task SendAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var language = BotTexts.LanguageOf(text);
        var report = await progress.ForAsync(ChatKeys.Of(turnContext.Activity), cancellationToken);
        var image = chart.Render(report, language);
        await turnContext.SendActivityAsync(ProgressActivity.Create(report, image, image.Language == language ? language : Language.English), cancellationToken);
    }
}
