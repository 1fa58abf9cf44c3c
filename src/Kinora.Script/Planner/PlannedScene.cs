namespace Kinora.Script;

/// <summary>
/// One planned scene: its heading, where it sits in the structure (act 1 to 3, sequence from 1, stage of the arc),
/// its place and hour, and its estimated length in seconds of film time.
/// </summary>
public sealed record PlannedScene(string Heading, StoryStage Stage, string Place, string TimeOfDay, string? Weather, double EstimatedSeconds)
{
    public int Act { get; init; } = 1;

    public int Sequence { get; init; } = 1;
}
