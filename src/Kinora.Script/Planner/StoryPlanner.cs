using System.Collections.Immutable;
using System.Globalization;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// Turns a prompt into a screenplay by rules: cast from the roles it names, places and times in the order it tells them,
/// a five-stage arc sized to the duration, and action and dialogue until the <see cref="ScreenTime"/> estimate reaches it.
/// Deterministic in the seed: every choice draws from <see cref="Pcg32.For"/> streams named after what they choose.
/// </summary>
public static class StoryPlanner
{
    /// <summary>Shortest and longest film the planner writes, in seconds of film time.</summary>
    public const double MinSeconds = 30, MaxSeconds = 20 * 60;

    /// <summary>The planned screenplay as Fountain text: the contract every later stage reads.</summary>
    public static string Write(string prompt, double durationSeconds, long seed) => FountainWriter.Write(Plan(prompt, durationSeconds, seed).Document);

    public static StoryPlan Plan(string prompt, double durationSeconds, long seed)
    {
        var where = new SourceLocation("prompt", 1, 1);
        if (string.IsNullOrWhiteSpace(prompt))
            throw new InputException(where, "the prompt is empty: describe who, where and what happens, e.g. \"a lighthouse keeper rescues a sailor at night\"");
        if (prompt.Length > 20_000)
            throw new InputException(where, $"the prompt is {prompt.Length} characters, more than 20000: keep it to a page, or write a screenplay and pass --screenplay");
        if (double.IsNaN(durationSeconds) || durationSeconds <= 0 || durationSeconds > MaxSeconds)
            throw new InputException(where, $"the duration {durationSeconds.ToString(CultureInfo.InvariantCulture)} s is outside what the story planner writes ({MinSeconds:0} s to {MaxSeconds / 60:0} min): choose a --duration in that range, or write a screenplay");
        // Shorter than MinSeconds still gets one scene; it is simply a very short film.
        return new StoryWriter(prompt.Trim(), durationSeconds, seed).Plan();
    }
}
