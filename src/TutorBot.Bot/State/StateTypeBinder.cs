using Newtonsoft.Json.Serialization;

namespace TutorBot.Bot.State;

/// <summary>
/// Resolves the type names stored with bot state only to types of .NET itself, the Bot Framework, Newtonsoft and
/// TutorBot, so a tampered state document cannot make the deserialiser build arbitrary types.
/// </summary>
internal sealed class StateTypeBinder : DefaultSerializationBinder
{
    private static readonly string[] TrustedPrefixes = ["System.Private.CoreLib", "System.Collections", "mscorlib", "Microsoft.Bot.", "Newtonsoft.Json", "TutorBot."];

    public override Type BindToType(string? assemblyName, string typeName)
    {
        var type = base.BindToType(assemblyName, typeName);
        if (!IsTrusted(type))
        {
            throw new Newtonsoft.Json.JsonSerializationException($"Type '{typeName}' is not allowed in bot state.");
        }

        return type;
    }

    private static bool IsTrusted(Type type)
    {
        if (!TrustedPrefixes.Any(p => type.Assembly.GetName().Name!.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        return !type.IsGenericType || type.GetGenericArguments().All(IsTrusted);
    }
}
