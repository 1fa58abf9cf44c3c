using System.Collections.Immutable;

namespace Kinora.Script;

/// <summary>
/// What the story planner decided, for stages that want the structure; <see cref="Document"/> is the screenplay itself,
/// and <see cref="StoryPlanner.Write"/> returns it as Fountain text, which is the contract.
/// </summary>
public sealed record StoryPlan(
    string Title,
    string Prompt,
    double DurationSeconds,
    long Seed,
    ImmutableArray<PlannedCharacter> Cast,
    ImmutableArray<PlannedScene> Scenes,
    Document Document)
{
    public double EstimatedSeconds => Scenes.Sum(s => s.EstimatedSeconds);

    /// <summary>People the prompt did not name whom the planner met on the way: a waitress, a harbour captain.</summary>
    public ImmutableArray<PlannedCharacter> BitParts { get; init; } = [];
}
