using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace TutorBot.Bot.Messages.Connectors;

/// <summary>A turn's view of a kept connector client: everything goes to <paramref name="kept"/>, and disposing it does not close that client.</summary>
internal sealed class SharedConnectorClient(IConnectorClient kept) : IConnectorClient
{
    public Uri BaseUri
    {
        get => kept.BaseUri;
        set => throw new InvalidOperationException("The connector client is shared between turns; its base URI is fixed.");
    }

    public JsonSerializerSettings SerializationSettings => kept.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => kept.DeserializationSettings;

    public ServiceClientCredentials Credentials => kept.Credentials;

    public IAttachments Attachments => kept.Attachments;

    public IConversations Conversations => kept.Conversations;

    public void Dispose()
    {
        // The kept client outlives the turn.
    }
}
