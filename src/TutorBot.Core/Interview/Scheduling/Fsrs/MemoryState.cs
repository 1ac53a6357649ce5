namespace TutorBot.Core.Interview.Scheduling.Fsrs;

/// <summary>
/// The memory of one item in FSRS's model. <paramref name="Stability"/> is in days: the time for the probability of
/// recall to fall from 100 % to 90 % (0.001 to 36,500). <paramref name="Difficulty"/> runs from 1 (easiest) to 10: how
/// hard it is to raise the stability by reviewing.
/// </summary>
public sealed record MemoryState(double Stability, double Difficulty);
