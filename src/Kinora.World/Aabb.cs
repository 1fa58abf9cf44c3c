using System.Numerics;

namespace Kinora.World;

/// <summary>An axis-aligned box in world space, in metres.</summary>
public readonly record struct Aabb(Vector3 Min, Vector3 Max)
{
    public Vector3 Centre => (Min + Max) * 0.5f;
    public Vector3 Size => Max - Min;

    public bool Contains(Vector3 p) =>
        p.X >= Min.X && p.X <= Max.X && p.Y >= Min.Y && p.Y <= Max.Y && p.Z >= Min.Z && p.Z <= Max.Z;

    public Aabb Inflate(float by) => new(Min - new Vector3(by), Max + new Vector3(by));
}
