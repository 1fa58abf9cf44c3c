using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.Production;

/// <summary>
/// One scene placed on both clocks: film time [Start, End) in seconds, and the story clock's time of day.
/// Cast lists who is present (in order of appearance in the scene).
/// </summary>
public sealed record ScenePlan(
    int Index,
    string Heading,
    LocationSpec Location,
    bool Interior,
    StoryTime Clock,
    string Weather,        // "clear", "overcast", "rain", "storm", "snow", "fog"
    double Start,
    double End,
    ImmutableArray<string> Cast,
    ImmutableArray<Beat> Beats,
    string TransitionIn,   // "CUT", "FADE", "DISSOLVE" from the screenplay's transition before the scene
    SourceLocation Where)
{
    public double Duration => End - Start;

    /// <summary>"FADE" when the screenplay ends this scene, the film's last, with a fade out; otherwise "CUT".</summary>
    public string TransitionOut { get; init; } = "CUT";
}
