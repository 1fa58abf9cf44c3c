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
    /// <summary>
    /// The height of the side a body steps over to board (a boat's gunwale), metres above the vehicle's origin; zero for a
    /// vehicle boarded through a door or over a sill low enough to walk.
    /// </summary>
    public float Gunwale { get; init; }

    /// <summary>The steering wheel's centre in the vehicle's frame (before the driver's seat, SeatFronts[0]), or null for a vehicle steered otherwise.</summary>
    public Vector3? SteeringWheel { get; init; }

    /// <summary>The steering wheel's radius, metres.</summary>
    public const float WheelRadius = 0.19f;

    /// <summary>The steering column's axis in the vehicle's frame: back toward the driver and up (the wheel faces the driver's chest).</summary>
    public static readonly Vector3 ColumnAxis = Vector3.Normalize(new Vector3(-0.86f, 0.51f, 0));

    /// <summary>"Up" in the wheel's own plane, in the vehicle's frame: the direction of twelve o'clock on the rim.</summary>
    public static readonly Vector3 WheelUp = Vector3.Normalize(new Vector3(0.51f, 0.86f, 0));

    /// <summary>
    /// The open four-seat car, a convertible of the fifties: a long body with rounded nose and tail, a bonnet and a
    /// boot lid over it, wheel arches (a dark well behind each wheel under a lip of three segments), chrome bumpers,
    /// grille, hubcaps and side strip, round headlamps and red tail lamps, a raked windscreen in a chrome frame and
    /// the folded hood behind the rear seats, seats in a tub below the shoulder; 75 primitives, about 3,100
    /// triangles at full detail. Cruise speed 9 m/s (about 32 km/h), a pace a camera car can hold.
    /// </summary>
    public static VehicleDesign Car(Material paint)
    {
        var parts = ImmutableArray.CreateBuilder<(Primitive, Vector3, Vector3, Material, Quaternion)>();
        var none = Quaternion.Identity;
        var acrossZ = Quaternion.CreateFromAxisAngle(Vector3.UnitX, MathF.PI / 2);   // the unit cylinder's +Y onto +Z
        var alongX = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, -MathF.PI / 2);   // ... onto +X
        var chrome = Palette.Steel;
        var trim = Palette.Matte(24, 22, 20);
        var leather = Palette.Matte(120, 70, 50, 7);
        float[] sides = [-1f, 1f];

        // The body: a long tub (the floor pan, the engine bay and the boot, the doors between them), its nose and
        // tail rounded by rolls across the car, a bonnet and a boot lid over it.
        parts.Add((Primitive.Box, new(0, 0.38f, 0), new(3.6f, 0.16f, 1.6f), paint, none));
        parts.Add((Primitive.Box, new(1.3f, 0.6f, 0), new(1.0f, 0.28f, 1.6f), paint, none));
        parts.Add((Primitive.Box, new(-1.51f, 0.6f, 0), new(0.58f, 0.28f, 1.6f), paint, none));
        foreach (float z in sides)
            parts.Add((Primitive.Box, new(-0.21f, 0.6f, z * 0.77f), new(2.02f, 0.28f, 0.06f), paint, none));
        foreach (float x in new[] { 1.8f, -1.8f })
            parts.Add((Primitive.Cylinder, new(x, 0.52f, 0), new(0.44f, 1.6f, 0.44f), paint, acrossZ));
        parts.Add((Primitive.Box, new(1.3f, 0.78f, 0), new(1.05f, 0.1f, 1.42f), paint, Quaternion.CreateFromAxisAngle(Vector3.UnitZ, -0.05f)));
        parts.Add((Primitive.Cylinder, new(1.8f, 0.75f, 0), new(0.12f, 1.42f, 0.12f), paint, acrossZ));
        parts.Add((Primitive.Box, new(-1.58f, 0.79f, 0), new(0.74f, 0.1f, 1.42f), paint, Quaternion.CreateFromAxisAngle(Vector3.UnitZ, 0.05f)));
        parts.Add((Primitive.Cylinder, new(-1.93f, 0.75f, 0), new(0.12f, 1.42f, 0.12f), paint, acrossZ));
        // The shoulder from nose to tail (the wings either side of the bonnet and boot, the cockpit's rim along the
        // doors), rounded on top, with the doors' shut lines and a chrome strip down each side; the cockpit's floor.
        parts.Add((Primitive.Box, new(-0.21f, 0.465f, 0), new(2.02f, 0.012f, 1.48f), Palette.Matte(70, 45, 35, 7), none));
        foreach (float z in sides)
        {
            parts.Add((Primitive.Box, new(-0.02f, 0.8f, z * 0.74f), new(3.75f, 0.14f, 0.1f), paint, none));
            parts.Add((Primitive.Cylinder, new(-0.02f, 0.87f, z * 0.74f), new(0.1f, 3.75f, 0.1f), paint, alongX));
            foreach (float x in new[] { 0.72f, -0.45f })
                parts.Add((Primitive.Box, new(x, 0.56f, z * 0.802f), new(0.012f, 0.4f, 0.008f), trim, none));
            parts.Add((Primitive.Box, new(0.05f, 0.62f, z * 0.804f), new(3.3f, 0.025f, 0.01f), chrome, none));
        }
        // Wheels with hubcaps, each in an arch: a dark well behind it and a lip of three segments over its top.
        foreach (float x in new[] { -1.35f, 1.35f })
            foreach (float z in sides)
            {
                parts.Add((Primitive.Cylinder, new(x, 0.33f, z * 0.82f), new(0.66f, 0.24f, 0.66f), Palette.Rubber, acrossZ));
                parts.Add((Primitive.Cylinder, new(x, 0.33f, z * 0.945f), new(0.28f, 0.02f, 0.28f), chrome, acrossZ));
                parts.Add((Primitive.Cylinder, new(x, 0.4f, z * 0.803f), new(0.8f, 0.01f, 0.8f), trim, acrossZ));
                foreach (float a in new[] { -0.75f, 0f, 0.75f })
                {
                    var rim = new Vector3(x - 0.44f * MathF.Sin(a), 0.4f + 0.42f * MathF.Cos(a), z * 0.815f);
                    parts.Add((Primitive.Box, rim, new(0.34f, 0.06f, 0.05f), paint, Quaternion.CreateFromAxisAngle(Vector3.UnitZ, a)));
                }
            }
        // Chrome bumpers across both ends, the grille in its surround, round headlamps, red tail lamps.
        foreach (float x in new[] { 2.05f, -2.05f })
            parts.Add((Primitive.Cylinder, new(x, 0.4f, 0), new(0.1f, 1.7f, 0.1f), chrome, acrossZ));
        parts.Add((Primitive.Box, new(2.02f, 0.56f, 0), new(0.03f, 0.24f, 0.62f), chrome, none));
        parts.Add((Primitive.Box, new(2.035f, 0.56f, 0), new(0.02f, 0.19f, 0.56f), trim, none));
        foreach (float z in sides)
        {
            parts.Add((Primitive.Sphere, new(1.9f, 0.72f, z * 0.62f), new(0.2f, 0.2f, 0.2f), Palette.Glow(255, 250, 230, 1f), none));
            parts.Add((Primitive.Box, new(-2.0f, 0.6f, z * 0.58f), new(0.06f, 0.1f, 0.18f), Palette.Glow(220, 30, 24, 0.8f), none));
        }
        // The raked windscreen (20° back) in a chrome frame, the mirror at its top.
        const float Rake = 0.35f;
        var raked = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, Rake);
        var up = new Vector3(-MathF.Sin(Rake), MathF.Cos(Rake), 0);
        var pane = new Vector3(0.78f, 1.04f, 0);
        parts.Add((Primitive.Box, pane, new(0.03f, 0.42f, 1.36f), Palette.Glass, raked));
        parts.Add((Primitive.Cylinder, pane + up * 0.215f, new(0.035f, 1.42f, 0.035f), chrome, acrossZ));
        foreach (float z in sides)
            parts.Add((Primitive.Cylinder, pane + new Vector3(0, 0, z * 0.7f), new(0.035f, 0.46f, 0.035f), chrome, raked));
        parts.Add((Primitive.Box, pane + up * 0.17f - new Vector3(0.04f, 0, 0), new(0.03f, 0.06f, 0.18f), Palette.DarkMetal, raked));
        // Bench seats front and back, and the hood folded down behind the rear one.
        foreach (float x in new[] { 0.1f, -0.9f })
            foreach (float z in new[] { -0.42f, 0.42f })
            {
                parts.Add((Primitive.Box, new(x, 0.565f, z), new(0.5f, 0.21f, 0.55f), leather, none));         // cushion
                parts.Add((Primitive.Box, new(x - 0.28f, 0.9f, z), new(0.12f, 0.55f, 0.55f), leather, none));  // back
                parts.Add((Primitive.Cylinder, new(x - 0.28f, 1.175f, z), new(0.12f, 0.55f, 0.12f), leather, acrossZ));
            }
        parts.Add((Primitive.Cylinder, new(-1.3f, 0.87f, 0), new(0.17f, 1.4f, 0.17f), Palette.Matte(40, 36, 32, 7), acrossZ));
        // Dashboard under the windscreen, the steering column and the wheel before the driver (left-hand drive).
        parts.Add((Primitive.Box, new(0.7f, 0.86f, 0), new(0.22f, 0.14f, 1.5f), Palette.Matte(40, 34, 30, 7), none));
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
            [new(0.75f, 0.57f, -0.35f), new(0.75f, 0.57f, 0.35f), new(-0.45f, 0.57f, -0.35f), new(-0.45f, 0.57f, 0.35f), new(-1.45f, 0.57f, 0)], 0.2f, 3f)
        {
            Gunwale = 0.6f,   // the hull's top edge
        };
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
