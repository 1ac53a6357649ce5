using TutorBot.Core.Answering;
using TutorBot.Grounding.Tests.TestSupport;
using TutorBot.LlmStub;

namespace TutorBot.Grounding.Tests.Llm;

/// <summary>The Azure OpenAI provider goes through Semantic Kernel's Azure connector to the deployment's route.</summary>
public sealed class AzureOpenAiTests(IndexedKnowledgeBase kb) : IClassFixture<IndexedKnowledgeBase>
{
    [Fact]
    public async Task CallsTheDeploymentRouteWithTheApiKey()
    {
        await using var stub = await OpenAiStub.StartAsync();
        await using var host = await TutorHost.StartAsync(kb.Root, stub, new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = stub.Endpoint[..^"/v1".Length] + "/",
            ["Llm:Model"] = "tutor-deployment",
        });

        var answer = await host.AskAsync("Attention为何除以√d?");

        Assert.Equal(AnswerMode.Llm, answer.Mode);
        Assert.Equal("/openai/deployments/tutor-deployment/chat/completions", Assert.Single(stub.Requests).Path);
    }
}
