namespace TutorBot.Core.State;

/// <summary>
/// A JSON document in an <see cref="IStateStore"/>. On read, <paramref name="ETag"/> is the stored version. On
/// write, it is the version the writer last read: null or <c>"*"</c> overwrites whatever is stored; any other
/// value must equal the stored version (or, for a key not stored yet, the write succeeds as a create), except
/// <see cref="CreateOnly"/>, which succeeds only while the key is not stored.
/// </summary>
public sealed record StoredItem(string Json, string? ETag = null)
{
    /// <summary>The ETag that means "overwrite whatever is stored".</summary>
    public const string AnyETag = "*";

    /// <summary>The ETag that means "create; conflict when the key is already stored" (a first write racing another).</summary>
    public const string CreateOnly = "!absent";
}
