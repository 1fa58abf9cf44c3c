using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A part of the set the story can name ("the fire exit", "the rover"): the point it is about (metres: the door's
/// middle, the rover's body), where someone stands to show it or use it (metres, on the ground) and which way they
/// face there (yaw, radians). An action line that names it walks its subject to the mark; one that has them look at
/// it or find it turns them toward it.
/// </summary>
public readonly record struct SetPlace(string Name, Vector3 Thing, Vector3 Mark, float Facing)
{
    /// <summary>Whether the line names the place as words of its own ("clear the fire exit"; "fire exits" too).</summary>
    public bool NamedIn(string line) => Kinora.Production.Vocabulary.HasWord(line, Name);
}
