namespace Kinora.Script;

/// <summary>One planned scene: its heading, its place in the arc, and its estimated length in seconds of film time.</summary>
public sealed record PlannedScene(string Heading, StoryStage Stage, string Place, string TimeOfDay, string? Weather, double EstimatedSeconds);
