using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A hinged door leaf of a set: the foot of its hinge edge (metres), its width, height and thickness, the way the
/// leaf runs from the hinge when shut (yaw about +Y: 0 along +X), and which way it swings open (+1 or −1).
/// </summary>
public sealed record Door(Vector3 Hinge, float Width, float Height, float Thickness, float ClosedYaw, int Swing, Material Material)
{
    /// <summary>How far a door left open stands, in radians.</summary>
    public const float OpenAngle = 1.45f;

    /// <summary>The leaf at an opening angle (0 shut, radians).</summary>
    public Instance Draw(float angle)
    {
        var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, ClosedYaw + Swing * angle);
        var centre = Hinge + Vector3.Transform(new Vector3(Width / 2, Height / 2, 0), turn);
        return new Instance(Primitive.Box, SetBuilder.Place(centre, new Vector3(Width, Height, Thickness), turn), Material);
    }
}
