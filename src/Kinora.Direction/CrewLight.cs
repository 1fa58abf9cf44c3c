using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// A lamp the camera crew sets for a shot (a soft key on a face): position in metres, linear colour times
/// intensity (as a practical's), range in metres. It has no fixture in the picture and casts no shadow.
/// </summary>
public readonly record struct CrewLight(Vector3 Position, Vector3 Colour, float Range);

/// <summary>
/// The crew's lamps at one instant, at most two (a key per face of a two-shot), held inline so that a
/// <see cref="CameraFrame"/> keeps value equality.
/// </summary>
public readonly record struct CrewLights(int Count, CrewLight First, CrewLight Second)
{
    /// <summary>No lamps: the practicals and the sky light the shot.</summary>
    public static CrewLights None => default;

    /// <summary>The most lamps a frame carries.</summary>
    public const int Capacity = 2;

    public CrewLight this[int index] => (uint)index < (uint)Count
        ? (index == 0 ? First : Second)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>These lamps and one more, or these alone when they are full.</summary>
    public CrewLights With(CrewLight light) => Count switch
    {
        0 => new CrewLights(1, light, default),
        1 => this with { Count = 2, Second = light },
        _ => this,
    };
}
