namespace TutorBot.Bot.Conversation;

/// <summary>
/// Runs turns that touch the same bot state one at a time in this instance: bot state is read at the start of a
/// turn and written at its end without a version check, so two turns of one conversation (a double click, two
/// people in a group chat) or one user (two chats) must not overlap. A fixed set of striped locks, so memory stays
/// bounded however many conversations there are; unrelated turns share a stripe only rarely and then just wait.
/// </summary>
internal sealed class TurnGates
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Runs <paramref name="work"/> holding the gates of every key in <paramref name="keys"/>.</summary>
    public async Task<T> RunAsync<T>(IEnumerable<string> keys, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        // Always taken in ascending order, so two turns wanting the same two stripes cannot deadlock.
        var stripes = keys.Select(k => (int)((uint)StringComparer.Ordinal.GetHashCode(k) % (uint)_stripes.Length)).Distinct().Order().ToList();
        var taken = 0;
        try
        {
            foreach (var stripe in stripes)
            {
                await _stripes[stripe].WaitAsync(cancellationToken);
                taken++;
            }

            return await work();
        }
        finally
        {
            for (var i = 0; i < taken; i++)
            {
                _stripes[stripes[i]].Release();
            }
        }
    }
}
