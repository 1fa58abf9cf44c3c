using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A kind of hand prop the action can name: the words that name it, how it collides (shape, half extents in
/// metres, mass in kg, bounce and friction), and what it is made of. Drawn as its collider shape.
/// </summary>
public sealed record PropDesign(string Name, string[] Words, ColliderShape Shape, Vector3 HalfExtents, float Mass, float Restitution, float Friction, Material Material)
{
    public BodySpec Spec(string id) => new(id, Shape, HalfExtents, Mass, Restitution, Friction);

    /// <summary>How far the centre stands above whatever it rests on, upright, in metres.</summary>
    public float RestHeight => Shape == ColliderShape.Sphere ? HalfExtents.X : HalfExtents.Y;

    /// <summary>Radius of its footprint on the ground, in metres.</summary>
    public float Footprint => Shape == ColliderShape.Box ? MathF.Sqrt(HalfExtents.X * HalfExtents.X + HalfExtents.Z * HalfExtents.Z) : HalfExtents.X;

    /// <summary>The instance that draws it at a pose.</summary>
    public Instance Draw(RigidPose pose)
    {
        var size = Shape switch
        {
            ColliderShape.Sphere => new Vector3(HalfExtents.X * 2),
            ColliderShape.Cylinder => new Vector3(HalfExtents.X * 2, HalfExtents.Y * 2, HalfExtents.X * 2),
            _ => HalfExtents * 2,
        };
        var primitive = Shape switch { ColliderShape.Sphere => Primitive.Sphere, ColliderShape.Cylinder => Primitive.Cylinder, _ => Primitive.Box };
        return new Instance(primitive, Matrix4x4.CreateScale(size) * pose.Matrix, Material);
    }
}
