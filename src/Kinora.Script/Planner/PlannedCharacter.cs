namespace Kinora.Script;

/// <summary>A person the planner cast: NAME as the screenplay writes it, the role from the prompt, an age ("60s") and a look.</summary>
public sealed record PlannedCharacter(string Name, string Role, string Age, string Look, char Gender);
