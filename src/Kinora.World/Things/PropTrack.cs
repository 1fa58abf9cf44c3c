using System.Numerics;

namespace Kinora.World;

/// <summary>
/// One prop through a scene as a list of pieces on the film clock: resting at a pose, held in someone's hand, or
/// flying and tumbling as the rigid-body world simulated it (a pose every fixed step). Sample is a pure
/// function of time; a held prop needs the holder's hand, which the caller supplies.
/// </summary>
public sealed class PropTrack
{
    enum PieceKind { Rest, Held, Simulated }

    sealed record Piece(double From, PieceKind Kind, RigidPose Rest, string? Holder, List<RigidPose>? Poses);

    readonly List<Piece> pieces = [];

    /// <summary>The prop's id at its location ("box", "box 2").</summary>
    public string Id { get; }
    public PropDesign Design { get; }

    public PropTrack(string id, PropDesign design, RigidPose start)
    {
        Id = id;
        Design = design;
        pieces.Add(new Piece(double.NegativeInfinity, PieceKind.Rest, start, null, null));
    }

    internal void Rest(double from, RigidPose pose) => pieces.Add(new Piece(from, PieceKind.Rest, pose, null, null));

    internal void Hold(double from, string holder) => pieces.Add(new Piece(from, PieceKind.Held, default, holder, null));

    /// <summary>Starts a simulated flight at from; the caller appends a pose every fixed step.</summary>
    internal List<RigidPose> Fly(double from)
    {
        var poses = new List<RigidPose>();
        pieces.Add(new Piece(from, PieceKind.Simulated, default, null, poses));
        return poses;
    }

    /// <summary>Who holds the prop at film time t, or null when it rests or flies.</summary>
    public string? HolderAt(double t) => PieceAt(t).Holder;

    /// <summary>Whether the prop is in flight (simulated) at film time t.</summary>
    public bool FlyingAt(double t) => PieceAt(t).Kind == PieceKind.Simulated;

    Piece PieceAt(double t)
    {
        var found = pieces[0];
        foreach (var p in pieces)
        {
            if (p.From > t) break;
            found = p;
        }
        return found;
    }

    /// <summary>The prop's pose at film time t; hand gives the pose of a holder's grip at t.</summary>
    public RigidPose Sample(double t, Func<string, double, RigidPose?> hand)
    {
        var p = PieceAt(t);
        switch (p.Kind)
        {
            case PieceKind.Held:
                return hand(p.Holder!, t) ?? p.Rest;
            case PieceKind.Simulated:
            {
                var poses = p.Poses!;
                if (poses.Count == 0) return p.Rest;
                double x = (t - p.From) / RigidBodyWorld.Step;
                int i = (int)Math.Floor(x);
                if (i >= poses.Count - 1) return poses[^1];
                if (i < 0) return poses[0];
                return RigidPose.Lerp(poses[i], poses[i + 1], (float)(x - i));
            }
            default:
                return p.Rest;
        }
    }

    /// <summary>The box round the prop at a pose, in the world.</summary>
    public Aabb BoundsAt(RigidPose pose)
    {
        if (Design.Shape == ColliderShape.Sphere) return new Aabb(pose.Position - new Vector3(Design.HalfExtents.X), pose.Position + new Vector3(Design.HalfExtents.X));
        if (Design.Shape == ColliderShape.Cylinder)
        {
            // Exact for a cylinder: the axis's reach plus the rim's along each world axis.
            var axis = Vector3.Transform(Vector3.UnitY, pose.Orientation);
            float r = Design.HalfExtents.X, hy = Design.HalfExtents.Y;
            var reach = new Vector3(
                hy * MathF.Abs(axis.X) + r * MathF.Sqrt(MathF.Max(0, 1 - axis.X * axis.X)),
                hy * MathF.Abs(axis.Y) + r * MathF.Sqrt(MathF.Max(0, 1 - axis.Y * axis.Y)),
                hy * MathF.Abs(axis.Z) + r * MathF.Sqrt(MathF.Max(0, 1 - axis.Z * axis.Z)));
            return new Aabb(pose.Position - reach, pose.Position + reach);
        }
        var h = Design.Shape == ColliderShape.Sphere ? new Vector3(Design.HalfExtents.X) : Design.Shape == ColliderShape.Cylinder
            ? new Vector3(Design.HalfExtents.X, Design.HalfExtents.Y, Design.HalfExtents.X) : Design.HalfExtents;
        var m = Matrix4x4.CreateFromQuaternion(pose.Orientation);
        var half = new Vector3(
            MathF.Abs(m.M11) * h.X + MathF.Abs(m.M21) * h.Y + MathF.Abs(m.M31) * h.Z,
            MathF.Abs(m.M12) * h.X + MathF.Abs(m.M22) * h.Y + MathF.Abs(m.M32) * h.Z,
            MathF.Abs(m.M13) * h.X + MathF.Abs(m.M23) * h.Y + MathF.Abs(m.M33) * h.Z);
        return new Aabb(pose.Position - half, pose.Position + half);
    }
}
