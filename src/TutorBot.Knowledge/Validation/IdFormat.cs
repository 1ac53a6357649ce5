namespace TutorBot.Knowledge.Validation;

/// <summary>The shape of entry ids and pack names: lower-case ASCII letters, digits, '-' and '_'.</summary>
public static class IdFormat
{
    /// <summary>True when <paramref name="value"/> is non-empty and uses only lower-case letters, digits, '-' and '_'.</summary>
    public static bool IsValid(string value) =>
        value.Length > 0 && value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

    /// <summary>True when <paramref name="value"/> can name a pack folder: a valid id that does not start with '_' (skipped by the loader).</summary>
    public static bool IsValidPack(string value) => IsValid(value) && value[0] != '_';
}
