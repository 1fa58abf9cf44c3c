using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// A lamp the camera crew sets for a shot (a soft key on a face): position in metres, linear colour times
/// intensity (as a practical's), range in metres. It has no fixture in the picture and casts no shadow.
/// Cutter is the height (metres, world) of the flag's edge under it: below it the key fades to
/// <see cref="CutterFloor"/> of its light over <see cref="CutterSoftness"/>, so a pale coat under a face keyed
/// for the face is not lit as brightly as the face; 0 is no flag. A second flag on the same stand tops the key
/// <see cref="Opening"/> above the first, at the brow: above it the key fades to the same floor over
/// <see cref="TopperSoftness"/>, so the hair on the crown, often paler than a dark face the key is set for, models
/// the head instead of blowing out to a bright ball.
/// </summary>
public readonly record struct CrewLight(Vector3 Position, Vector3 Colour, float Range, float Cutter = 0)
{
    /// <summary>The share of the key left well under the flag's edge (the flag is soft: it stands near the lamp).</summary>
    public const float CutterFloor = 0.35f;

    /// <summary>How far under the edge (metres) the key takes to fall to <see cref="CutterFloor"/>.</summary>
    public const float CutterSoftness = 0.3f;

    /// <summary>How far above the lower flag's edge (metres) the upper one's stands: from under the chin to the brow.</summary>
    public const float Opening = 0.22f;

    /// <summary>How far over the upper flag's edge (metres) the key takes to fall to <see cref="CutterFloor"/>: by the top of the head.</summary>
    public const float TopperSoftness = 0.08f;

    /// <summary>The share of the key's light that passes the flags at a height, as scene.frag applies it.</summary>
    public float Passed(float height)
    {
        if (Cutter <= 0) return 1;
        float below = Math.Clamp((height - (Cutter - CutterSoftness)) / CutterSoftness, 0, 1);
        float above = Math.Clamp((height - (Cutter + Opening)) / TopperSoftness, 0, 1);
        return (CutterFloor + (1 - CutterFloor) * Smooth(below)) * (1 - (1 - CutterFloor) * Smooth(above));
    }

    static float Smooth(float x) => x * x * (3 - 2 * x);
}

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
