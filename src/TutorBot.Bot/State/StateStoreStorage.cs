using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TutorBot.Core.State;

namespace TutorBot.Bot.State;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> over Core's <see cref="IStateStore"/> (in the host: the durable
/// SQLite store), with the SDK storages' semantics: values are serialised with Newtonsoft and full type names, so
/// <c>BotState</c>'s dictionaries and the objects in them come back as the types they were; an
/// <see cref="IStoreItem"/> written with an ETag other than <c>"*"</c> must match the stored one, or the write throws
/// (nothing of the batch is written); a missing ETag, <c>"*"</c>, or a value that is no <see cref="IStoreItem"/>
/// overwrites. Read items that are <see cref="IStoreItem"/>s carry the stored ETag; keys not stored are absent.
/// </summary>
public sealed class StateStoreStorage(IStateStore store) : IStorage
{
    private readonly JsonSerializer _serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
        SerializationBinder = new StateTypeBinder(),
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = await store.ReadAsync(keys, cancellationToken);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, item) in items)
        {
            if (Deserialize(item.Json) is not { } value)
            {
                continue;
            }

            if (value is IStoreItem storeItem)
            {
                storeItem.ETag = item.ETag;
            }
            else if (value is JObject json)
            {
                json["eTag"] = item.ETag;
            }

            result[key] = value;
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var items = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            var json = value is null ? JValue.CreateNull() : JToken.FromObject(value, _serializer);
            // The ETag lives beside the document, not in it: the stored JSON stays the value as written.
            if (json is JObject document)
            {
                document.Remove("eTag");
                document.Remove("ETag");
            }

            items[key] = new StoredItem(json.ToString(Formatting.None), (value as IStoreItem)?.ETag);
        }

        var result = await store.WriteAsync(items, cancellationToken);
        if (!result.Succeeded)
        {
            throw new StateConflictException(result.Conflicts);
        }

        // Like the SDK's storages, the written objects keep the ETag they had: a caller reads again for the new one.
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }

    private object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = null };
        return _serializer.Deserialize(reader);
    }
}
