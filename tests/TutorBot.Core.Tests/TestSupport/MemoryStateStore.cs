using TutorBot.Core.State;

namespace TutorBot.Core.Tests.TestSupport;

/// <summary>An in-memory <see cref="IStateStore"/> with the port's ETag rules, for tests only.</summary>
internal sealed class MemoryStateStore : IStateStore
{
    private readonly Dictionary<string, StoredItem> _items = new(StringComparer.Ordinal);
    private int _version;

    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            IReadOnlyDictionary<string, StoredItem> found = keys.Where(_items.ContainsKey).Distinct().ToDictionary(k => k, k => _items[k]);
            return Task.FromResult(found);
        }
    }

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            var conflicts = changes.Where(c => c.Value.ETag is not (null or StoredItem.AnyETag) && _items.TryGetValue(c.Key, out var old) && (old.ETag != c.Value.ETag || c.Value.ETag == StoredItem.CreateOnly)).Select(c => c.Key).ToList();
            if (conflicts.Count > 0)
            {
                return Task.FromResult(StateWriteResult.Conflict(conflicts));
            }

            var etags = new Dictionary<string, string>();
            foreach (var (key, item) in changes)
            {
                etags[key] = (++_version).ToString();
                _items[key] = new StoredItem(item.Json, etags[key]);
            }

            return Task.FromResult(new StateWriteResult(etags, []));
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
