using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A vehicle's body in its own frame (metres; forward is local +X, up +Y, right +Z; origin on the ground, or
/// the waterline, under its centre), its seats and its footprint. An open car, so the people in it read on screen.
/// </summary>
public sealed record VehicleDesign(VehicleKind Kind, Vector3 HalfSize, ImmutableArray<(Primitive Shape, Vector3 Centre, Vector3 Size, Material Material, Quaternion Turn)> Parts,
    ImmutableArray<Vector3> SeatFronts, float SeatHeight, float CruiseSpeed)
{
    /// <summary>The steering wheel's centre in the vehicle's frame (before the driver's seat, SeatFronts[0]), or null for a vehicle steered otherwise.</summary>
    public Vector3? SteeringWheel { get; init; }

    /// <summary>The steering wheel's radius, metres.</summary>
    public const float WheelRadius = 0.19f;

    /// <summary>The steering column's axis in the vehicle's frame: back toward the driver and up (the wheel faces the driver's chest).</summary>
    public static readonly Vector3 ColumnAxis = Vector3.Normalize(new Vector3(-0.86f, 0.51f, 0));

    /// <summary>"Up" in the wheel's own plane, in the vehicle's frame: the direction of twelve o'clock on the rim.</summary>
    public static readonly Vector3 WheelUp = Vector3.Normalize(new Vector3(0.51f, 0.86f, 0));

    /// <summary>The open four-seat car: cruise speed 9 m/s (about 32 km/h), a pace a camera car can hold.</summary>
    public static VehicleDesign Car(Material paint)
    {
        var parts = ImmutableArray.CreateBuilder<(Primitive, Vector3, Vector3, Material, Quaternion)>();
        var none = Quaternion.Identity;
        parts.Add((Primitive.Box, new(0, 0.5f, 0), new(4.1f, 0.5f, 1.75f), paint, none));                 // body
        parts.Add((Primitive.Box, new(1.45f, 0.8f, 0), new(1.2f, 0.12f, 1.7f), paint, none));             // bonnet
        parts.Add((Primitive.Box, new(-1.6f, 0.8f, 0), new(0.9f, 0.12f, 1.7f), paint, none));             // boot
        parts.Add((Primitive.Box, new(0.8f, 1.05f, 0), new(0.05f, 0.45f, 1.6f), Palette.Glass, none));    // windscreen
        foreach (float z in new[] { -0.85f, 0.85f })
            parts.Add((Primitive.Box, new(-0.35f, 0.82f, z), new(2.3f, 0.16f, 0.06f), paint, none));      // door tops
        foreach (float x in new[] { 0.1f, -0.9f })
            foreach (float z in new[] { -0.42f, 0.42f })
            {
                parts.Add((Primitive.Box, new(x, 0.62f, z), new(0.5f, 0.1f, 0.55f), Palette.Matte(120, 70, 50, 7), none));           // cushion
                parts.Add((Primitive.Box, new(x - 0.27f, 0.9f, z), new(0.08f, 0.55f, 0.55f), Palette.Matte(120, 70, 50, 7), none));  // back
            }
        var lying = Quaternion.CreateFromAxisAngle(Vector3.UnitX, MathF.PI / 2);
        foreach (float x in new[] { -1.35f, 1.35f })
            foreach (float z in new[] { -0.82f, 0.82f })
                parts.Add((Primitive.Cylinder, new(x, 0.33f, z), new(0.66f, 0.24f, 0.66f), Palette.Rubber, lying));
        foreach (float z in new[] { -0.55f, 0.55f })
            parts.Add((Primitive.Box, new(2.06f, 0.6f, z), new(0.05f, 0.14f, 0.3f), Palette.Glow(255, 250, 230, 1f), none));
        // Dashboard under the windscreen, the steering column and the wheel before the driver (left-hand drive).
        parts.Add((Primitive.Box, new(0.7f, 0.86f, 0), new(0.22f, 0.14f, 1.6f), Palette.Matte(40, 34, 30, 7), none));
        var wheel = new Vector3(0.5f, 0.98f, -0.42f);
        var face = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, MathF.Atan2(-ColumnAxis.X, ColumnAxis.Y));   // the unit cylinder's +Y onto the column
        parts.Add((Primitive.Cylinder, wheel, new(2 * WheelRadius, 0.03f, 2 * WheelRadius), Palette.Matte(24, 22, 20), face));
        parts.Add((Primitive.Cylinder, wheel - ColumnAxis * 0.17f, new(0.04f, 0.32f, 0.04f), Palette.DarkMetal, face));
        return new VehicleDesign(VehicleKind.Car, new(2.1f, 0.75f, 0.9f), parts.ToImmutable(),
            [new(0.35f, 0.3f, -0.42f), new(0.35f, 0.3f, 0.42f), new(-0.65f, 0.3f, -0.42f), new(-0.65f, 0.3f, 0.42f)], 0.32f, 9f)
        {
            SteeringWheel = wheel,
        };
    }

    /// <summary>A small open launch with thwarts: cruise speed 3 m/s (about 6 knots).</summary>
    public static VehicleDesign Boat(Material hull)
    {
        var parts = ImmutableArray.CreateBuilder<(Primitive, Vector3, Vector3, Material, Quaternion)>();
        var none = Quaternion.Identity;
        parts.Add((Primitive.Box, new(0, 0.25f, 0), new(4.6f, 0.7f, 1.7f), hull, none));
        parts.Add((Primitive.Box, new(2.45f, 0.3f, 0), new(0.8f, 0.6f, 0.8f), hull, Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 4)));
        parts.Add((Primitive.Box, new(0, 0.55f, 0), new(4.4f, 0.04f, 1.5f), Palette.LightWood, none));
        foreach (float x in new[] { 0.6f, -0.6f, -1.6f })
            parts.Add((Primitive.Box, new(x, 0.75f, 0), new(0.3f, 0.05f, 1.5f), Palette.Wood, none));
        parts.Add((Primitive.Box, new(1.5f, 1.0f, 0), new(0.9f, 0.9f, 1.2f), Palette.White, none));
        parts.Add((Primitive.Box, new(-2.25f, 0.6f, 0), new(0.3f, 0.5f, 0.35f), Palette.DarkMetal, none));  // outboard
        return new VehicleDesign(VehicleKind.Boat, new(2.6f, 0.8f, 0.85f), parts.ToImmutable(),
            [new(0.75f, 0.57f, -0.35f), new(0.75f, 0.57f, 0.35f), new(-0.45f, 0.57f, -0.35f), new(-0.45f, 0.57f, 0.35f), new(-1.45f, 0.57f, 0)], 0.2f, 3f);
    }

    /// <summary>Draws the vehicle at a pose (origin on the ground under its centre, yaw as an actor's facing).</summary>
    public void Draw(Vector3 at, float heading, List<Instance> into)
    {
        var turn = Turn(heading);
        foreach (var (shape, centre, size, material, q) in Parts)
            into.Add(new Instance(shape, SetBuilder.Place(at + Vector3.Transform(centre, turn), size, turn * q), material));
    }

    /// <summary>The rotation from the vehicle's frame (forward +X) to the world for an actor-style heading.</summary>
    public static Quaternion Turn(float heading) => Quaternion.CreateFromAxisAngle(Vector3.UnitY, heading + MathF.PI / 2);

    /// <summary>The seat's front edge at the floor and its height, in the world, for a vehicle at a pose.</summary>
    public Seat SeatAt(int index, Vector3 at, float heading) =>
        new(at + Vector3.Transform(SeatFronts[index], Turn(heading)), heading, SeatHeight);

    /// <summary>The vehicle's bounding box at a pose, in the world.</summary>
    public Aabb Bounds(Vector3 at, float heading)
    {
        var turn = Turn(heading);
        var x = Vector3.Abs(Vector3.Transform(new Vector3(HalfSize.X, 0, 0), turn));
        var z = Vector3.Abs(Vector3.Transform(new Vector3(0, 0, HalfSize.Z), turn));
        var half = new Vector3(x.X + z.X, HalfSize.Y, x.Z + z.Z);
        var centre = at + new Vector3(0, HalfSize.Y, 0);
        return new Aabb(centre - half, centre + half);
    }
}
