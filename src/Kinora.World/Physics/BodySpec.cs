using System.Numerics;

namespace Kinora.World;

/// <summary>
/// What a rigid body is: its shape and half extents (metres, see <see cref="ColliderShape"/>), mass (kg),
/// restitution (0 dead, 1 perfectly elastic) and Coulomb friction coefficient.
/// </summary>
public sealed record BodySpec(string Id, ColliderShape Shape, Vector3 HalfExtents, float Mass, float Restitution, float Friction)
{
    /// <summary>Principal moments of inertia about the body's centre, in kg·m².</summary>
    public Vector3 Inertia
    {
        get
        {
            var h = HalfExtents;
            switch (Shape)
            {
                case ColliderShape.Sphere:
                    float s = 0.4f * Mass * h.X * h.X;
                    return new(s, s, s);
                case ColliderShape.Cylinder:
                {
                    float r2 = h.X * h.X, len2 = 4 * h.Y * h.Y;
                    float side = Mass * (3 * r2 + len2) / 12f;
                    return new(side, 0.5f * Mass * r2, side);
                }
                default:
                {
                    var d = h * 2;
                    return new Vector3(d.Y * d.Y + d.Z * d.Z, d.X * d.X + d.Z * d.Z, d.X * d.X + d.Y * d.Y) * (Mass / 12f);
                }
            }
        }
    }

    /// <summary>Radius of the sphere round the centre that holds the whole body, in metres.</summary>
    public float BoundingRadius => Shape switch
    {
        ColliderShape.Sphere => HalfExtents.X,
        ColliderShape.Cylinder => MathF.Sqrt(HalfExtents.X * HalfExtents.X + HalfExtents.Y * HalfExtents.Y),
        _ => HalfExtents.Length(),
    };
}
