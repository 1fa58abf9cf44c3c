namespace Kinora.Script;

/// <summary>Where a scene sits in the arc; the planner picks what people say from it.</summary>
public enum StoryStage { Setup, Inciting, Rising, Climax, Resolution }
