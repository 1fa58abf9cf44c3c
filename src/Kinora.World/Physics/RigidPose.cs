using System.Numerics;

namespace Kinora.World;

/// <summary>Where a rigid body is: its centre in metres and its orientation.</summary>
public readonly record struct RigidPose(Vector3 Position, Quaternion Orientation)
{
    public Matrix4x4 Matrix => Matrix4x4.CreateFromQuaternion(Orientation) * Matrix4x4.CreateTranslation(Position);

    /// <summary>A point given in the body's frame, in world space.</summary>
    public Vector3 ToWorld(Vector3 local) => Position + Vector3.Transform(local, Orientation);

    public static RigidPose Lerp(RigidPose a, RigidPose b, float u) =>
        new(Vector3.Lerp(a.Position, b.Position, u), Quaternion.Normalize(Quaternion.Slerp(a.Orientation, b.Orientation, u)));

    public static RigidPose Upright(Vector3 position, float yaw = 0) => new(position, Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw));
}
