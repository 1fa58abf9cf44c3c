namespace Kinora.Script;

/// <summary>
/// Where a scene sits in the arc: setup and the inciting incident (act one), rising action and the turn at the middle
/// (act two), climax and resolution (act three). The planner picks what people say and what goes wrong from it.
/// </summary>
public enum StoryStage { Setup, Inciting, Rising, Turn, Climax, Resolution }
