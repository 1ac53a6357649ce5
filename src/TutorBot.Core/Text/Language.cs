namespace TutorBot.Core;

/// <summary>The languages TutorBot understands.</summary>
public enum Language
{
    English,
    Chinese,
}
