namespace Kinora.Pipeline;

/// <summary>A character's appearance as drawn at one moment: a stable hash (16 hex digits) of their materials and proportions.</summary>
public readonly record struct CharacterLook(string Name, string Hash);
